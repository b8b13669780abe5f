import type { Draft, DraftRow } from '../drafts/schema';
import { formOfVersionId } from '../forms/catalogue';
import type { FormDef } from '../forms/schema';
import { parseNumber } from '../numbers';
import type { Cell, TableModel } from '../table/model';
import { isValueColumn } from '../table/row-number';
import { clean, labelKey } from '../text';
import { columnHeaders, definitionKey, identityKey, pageColumnKeys, sameColumn } from './column-identity';
import { levelKey } from './level-key';
import { notationOf, type WriteNotation } from './notation';
import { occurrenceCounter, rowGroupKey, rowIdentity } from './row-keys';

// What a fill would do, decided on data alone (model + draft) so it can be tested and shown before
// anything is written. Rows match by normalised label (inside the level group on II.06), columns by
// identity where the draft recorded it (its header: the page's column with that header, wherever it
// is; none, and the column is not filled), else by the form's column number; never by position.

/** One cell to write: model position, the draft's text and what the page shows now. */
export interface PlannedWrite {
  row: number;
  col: number;
  /** Form column number. */
  number: number;
  label: string;
  value: string;
  before: string;
  /** How the page shows numbers in this column (else elsewhere in the table), for text fields. */
  guide: WriteNotation | null;
}

export type SkipReason = 'readonly' | 'computed' | 'same' | 'no-column' | 'other-column';

/** A draft column the page has under its number, but meaning something else: not filled. */
export interface OtherColumn {
  number: number;
  /** The page's header of that column, and the draft's, as shown. */
  page: string;
  draft: string;
}

export interface SkippedCell {
  row: number;
  /** Model column, or -1 when the page has no column with this number. */
  col: number;
  number: number;
  label: string;
  reason: SkipReason;
}

export interface FillPlan {
  writes: PlannedWrite[];
  skipped: SkippedCell[];
  /** Draft rows with values that the page does not have (labels as in the draft). */
  missingOnPage: string[];
  /** Data rows of the page that the draft does not have (labels as shown). */
  missingInDraft: string[];
  /** Draft columns whose number the page gives to another column. */
  otherColumns: OtherColumn[];
}

function hasValues(row: DraftRow): boolean {
  return Object.values(row.values).some((v) => clean(v) !== '');
}

function skipReason(cell: Cell): SkipReason | null {
  if (cell.computed) return 'computed';
  if (!cell.editable) return 'readonly';
  return null;
}

/**
 * Whether the cell already holds the draft's value: the same number (the cell's value is read in the
 * notation of its field, the draft's text is Vietnamese), else the same text.
 */
function holds(cell: Cell, draftText: string): boolean {
  const wanted = parseNumber(draftText);
  if (wanted.parse === 'number' && cell.parse === 'number') return wanted.value === cell.value;
  return clean(cell.raw) === clean(draftText);
}

/**
 * How the page writes numbers, per column: the first cell whose text tells (`1.234`, `1 234`,
 * `1234`), else the table's first such cell. Computed per column on first use.
 */
export function pageGuides(model: TableModel): (col: number) => WriteNotation | null {
  const columns = new Map<number, WriteNotation | null>();
  let table: WriteNotation | null | undefined;
  const inColumn = (c: number): WriteNotation | null => {
    if (!columns.has(c)) {
      let found: WriteNotation | null = null;
      for (const row of model.rows) {
        found = row.cells[c] ? notationOf(row.cells[c].raw) : null;
        if (found) break;
      }
      columns.set(c, found);
    }
    return columns.get(c) ?? null;
  };
  return (c) => {
    const own = inColumn(c);
    if (own) return own;
    if (table === undefined) {
      table = null;
      for (let i = 0; i < model.columns.length && !table; i++) {
        if (isValueColumn(model, i)) table = inColumn(i);
      }
    }
    return table;
  };
}

/** `page`: the definition the page is checked with, whose columns say what each page column is. */
export function planFill(draft: Draft, model: TableModel, page?: FormDef | null): FillPlan {
  // Level groups decide only when both sides have them; a draft of a flat II.06a fills a flat page.
  const pageGrouped = model.rows.some((r) => r.group !== undefined);
  const draftGrouped = draft.rows.some((r) => r.group !== undefined);
  const useGroups = pageGrouped && draftGrouped;

  const draftCount = occurrenceCounter();
  const byIdentity = new Map<string, DraftRow>();
  for (const row of draft.rows) {
    const group = useGroups && row.group !== undefined ? levelKey(row.group) : undefined;
    const key = row.key || labelKey(row.label);
    byIdentity.set(rowIdentity(group, key, draftCount(group, key)), row);
  }

  const plan: FillPlan = {
    writes: [],
    skipped: [],
    missingOnPage: [],
    missingInDraft: [],
    otherColumns: [],
  };
  const matched = new Set<DraftRow>();
  const pageCount = occurrenceCounter();
  const columnOf = columnResolver(draft, model, plan.otherColumns, page);
  const guide = pageGuides(model);

  model.rows.forEach((row, r) => {
    const label = clean(row.label);
    if (label === '') return;
    const heading = useGroups ? rowGroupKey(model, row) : undefined;
    const group = heading === undefined ? undefined : levelKey(heading);
    const key = labelKey(label);
    const source = byIdentity.get(rowIdentity(group, key, pageCount(group, key)));
    if (!source) {
      if (row.kind === 'data') plan.missingInDraft.push(label);
      return;
    }
    matched.add(source);
    for (const [numberText, raw] of Object.entries(source.values)) {
      const value = clean(raw);
      if (value === '') continue;
      const number = Number(numberText);
      const col = columnOf(numberText);
      if (col === undefined || col === 'other') {
        const reason = col === 'other' ? 'other-column' : 'no-column';
        plan.skipped.push({ row: r, col: -1, number, label, reason });
        continue;
      }
      if (!isValueColumn(model, col)) continue;
      const cell = row.cells[col];
      if (!cell) continue;
      const reason = skipReason(cell) ?? (holds(cell, value) ? 'same' : null);
      if (reason) plan.skipped.push({ row: r, col, number, label, reason });
      else plan.writes.push({ row: r, col, number, label, value, before: cell.raw, guide: guide(col) });
    }
  });

  for (const row of draft.rows) {
    if (!matched.has(row) && hasValues(row)) plan.missingOnPage.push(row.label);
  }
  return plan;
}

/**
 * Draft column number → model column. A draft column with a recorded header goes to the page column
 * with the same identity: the one with its number when that one says the same, else the only other
 * one that does; none, and it is 'other' (listed once in `others`). A page column without header words
 * (numbering only) cannot contradict, so the number decides; so it does for drafts that recorded none.
 * A page column the page's definition names (a taught structure: "Qua mạng" taught as "Trực tuyến")
 * is the draft column its form version names the same.
 */
function columnResolver(
  draft: Draft,
  model: TableModel,
  others: OtherColumn[],
  page?: FormDef | null,
): (number: string) => number | 'other' | undefined {
  const byNumber = new Map(model.columns.map((c, i) => [String(c.number), i]));
  if (!draft.columns) return (number) => byNumber.get(number);
  const headers = columnHeaders(model);
  const def = draft.formVersion ? formOfVersionId(draft.formVersion) : undefined;
  const keys = pageColumnKeys(model, page);
  const resolved = new Map<string, number | 'other' | undefined>();
  return (number) => {
    if (resolved.has(number)) return resolved.get(number);
    const own = draft.columns?.[number];
    const at = byNumber.get(number);
    let result: number | 'other' | undefined = at;
    if (own && identityKey(own.header) !== '') {
      const key = keys.length ? definitionKey(def, own.header) : null;
      const named = (i: number) =>
        sameColumn(own.header, headers[i], def) || (key !== null && keys[i] === key);
      const same = (i: number) => identityKey(headers[i]) === '' || named(i);
      if (at === undefined || !same(at)) {
        const elsewhere = headers.flatMap((h, i) => (identityKey(h) !== '' && named(i) ? [i] : []));
        result = elsewhere.length === 1 ? elsewhere[0] : at === undefined ? undefined : 'other';
        if (result === 'other')
          others.push({ number: Number(number), page: headers[at!], draft: own.header });
      }
    }
    resolved.set(number, result);
    return result;
  };
}
