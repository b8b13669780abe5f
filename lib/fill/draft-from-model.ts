import { draftId } from '../drafts/key';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftRow } from '../drafts/schema';
import { formatNumber, parseNumber } from '../numbers';
import type { Cell, TableModel } from '../table/model';
import { isValueColumn } from '../table/row-number';
import { clean, labelKey } from '../text';
import { draftColumns } from './column-identity';
import { rowGroupKey } from './row-keys';

export interface DraftTarget {
  /** Canonical form code ("II.06a/VPCP/KSTT"). */
  form: string;
  /** "YYYY-MM-DD/YYYY-MM-DD". */
  period: string;
  /** "Đơn vị báo cáo" as shown. */
  unit: string;
  /** The form version the table was read under ("II.06a/VPCP/KSTT@01/2020"). */
  formVersion?: string;
}

/** What each value column of the table is (its header), for a draft to record beside the numbers. */
export function draftColumnsFromModel(model: TableModel) {
  return draftColumns(model, (col) => isValueColumn(model, col));
}

/**
 * A cell's text as a draft keeps it (Vietnamese notation): as shown, unless that text reads as another
 * number in Vietnamese notation — a number input's `1.5` or `1.245` — then its value written so.
 */
function draftText(cell: Cell): string {
  const text = clean(cell.raw);
  if (cell.parse !== 'number' || cell.value === null) return text;
  const read = parseNumber(text);
  return read.parse === 'number' && read.value === cell.value ? text : formatNumber(cell.value);
}

/**
 * The draft rows of a table: one per labelled row, keyed by labelKey(label) and, under level
 * headings (II.06), by the heading's key; values by the form's column number, as shown on the page.
 * Empty cells are left out so a later fill never touches them.
 */
export function draftRowsFromModel(model: TableModel): DraftRow[] {
  const rows: DraftRow[] = [];
  for (const row of model.rows) {
    const label = clean(row.label);
    if (label === '') continue;
    const values: Record<string, string> = {};
    row.cells.forEach((cell, index) => {
      const text = draftText(cell);
      if (text === '' || !isValueColumn(model, index)) return;
      const column = model.columns[index];
      if (column) values[String(column.number)] = text;
    });
    const group = rowGroupKey(model, row);
    rows.push({
      label,
      key: labelKey(label),
      kind: row.kind,
      ...(group === undefined ? {} : { group }),
      values,
    });
  }
  return rows;
}

/** A whole draft of the table; the store sets the revision and may replace savedAt on save. */
export function draftFromModel(model: TableModel, target: DraftTarget, now: Date = new Date()): Draft {
  return {
    schema: DRAFT_SCHEMA_VERSION,
    id: draftId(target.form, target.period, target.unit),
    form: target.form,
    period: target.period,
    unit: clean(target.unit),
    name: '',
    rows: draftRowsFromModel(model),
    savedAt: now.toISOString(),
    revision: 0,
    ...(target.formVersion ? { formVersion: target.formVersion } : {}),
    columns: draftColumnsFromModel(model),
  };
}
