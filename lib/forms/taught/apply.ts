import type { TableModel } from '../../table/model';
import type { FormDef, OutlineColumns, Relation } from '../schema';
import type { TaughtColumn, TaughtStructure } from './schema';

// A taught structure turned into the definition the checks run with: the known version's columns,
// relations and count columns carried to the page's own column numbers. A form column taught to two
// page columns (a split) is the sum of both wherever it is a part; a relation that needs a column the
// page does not have, or whose total is split, is left out rather than checked against the wrong cells.
// Carry-over and aggregate compare with other drafts, which may have been saved under the form's own
// numbering: they are left out too, so no finding ever rests on a number that may mean another column.

export interface TaughtForm {
  def: FormDef;
  /** Form column number → the page column numbers taught as it. */
  pageNumbers: Map<number, number[]>;
}

/** Form column number → page column numbers, in page order. */
export function pageNumbersOf(columns: TaughtColumn[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const column of columns) {
    if (column.form === null) continue;
    out.set(column.form, [...(out.get(column.form) ?? []), column.number]);
  }
  return out;
}

function mapRelation(relation: Relation, pages: Map<number, number[]>): Relation | null {
  if (relation.kind === 'total-row') return relation;
  if (relation.kind !== 'sum' && relation.kind !== 'balance') return null;
  const total = pages.get(relation.total);
  if (total?.length !== 1) return null;
  const parts = relation.parts.map((p) => pages.get(p) ?? []);
  if (parts.some((p) => p.length === 0)) return null;
  return { ...relation, total: total[0], parts: parts.flat() };
}

function mapOutline(outline: OutlineColumns | undefined, pages: Map<number, number[]>) {
  if (!outline) return undefined;
  const entries = Object.entries(outline).map(([k, n]) => [k, pages.get(n)] as const);
  if (entries.some(([, p]) => p?.length !== 1)) return undefined;
  return Object.fromEntries(entries.map(([k, p]) => [k, p![0]])) as OutlineColumns;
}

/**
 * The definition of `form` on a page of taught structure, or null when the structure does not fit the
 * model (another number of columns, numbers repeated) or names columns the form does not have.
 */
export function taughtForm(form: FormDef, taught: TaughtStructure, model: TableModel): TaughtForm | null {
  const { columns } = taught;
  if (columns.length !== model.columns.length) return null;
  if (columns.some((c, i) => c.number !== model.columns[i].number)) return null;
  if (new Set(columns.map((c) => c.number)).size !== columns.length) return null;
  const known = new Map(form.columns.map((c) => [c.number, c]));
  if (columns.some((c) => c.form !== null && !known.has(c.form))) return null;
  const pages = pageNumbersOf(columns);
  const label = form.labelColumn === undefined ? undefined : pages.get(form.labelColumn);
  const outlineColumns = mapOutline(form.outlineColumns, pages);
  const def: FormDef = {
    ...form,
    columns: columns.flatMap((c) => (c.form === null ? [] : [{ ...known.get(c.form)!, number: c.number }])),
    labelColumn: label?.length === 1 ? label[0] : undefined,
    countColumns: form.countColumns.flatMap((n) => pages.get(n) ?? []),
    relations: form.relations.flatMap((r) => mapRelation(r, pages) ?? []),
    outlineColumns,
  };
  if (!outlineColumns) delete def.outlineColumns;
  if (def.labelColumn === undefined) delete def.labelColumn;
  return { def, pageNumbers: pages };
}
