import type { FormDef } from '../../forms/schema';
import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import type { DraftRow } from '../schema';
import { layoutNotes } from './layout-notes';
import { type ColumnMapping, mapColumns, type SheetLayout } from './map-columns';
import { type ReadNote, type ReadOptions, readSpreadsheet, type Sheet } from './read-file';
import { computedFormulas, skippedSheet, uncomputedFormulas } from './read-messages';
import { type Derived, type ImportProblem, sheetRows } from './sheet-rows';

// A chosen .xlsx / .csv file → what a draft of `def` would hold, with the column mapping and the
// problems to show before anything is saved. Nothing here saves: a file it cannot read or map gives a
// message, and the caller saves only what the user confirmed. The read sheets are kept so the preview
// can remap (the user moves a column) or switch sheet without reading the file again.

export interface ImportedSheet {
  ok: true;
  kind: 'xlsx' | 'csv';
  /** The sheet the rows came from (the first one that maps, unless the user chose). */
  sheet: string;
  /** Every sheet read, the user may choose another. */
  sheets: Sheet[];
  layout: SheetLayout;
  mapping: ColumnMapping[];
  rows: DraftRow[];
  problems: ImportProblem[];
  derived: Derived[];
  leftOut: { count: number; labels: string[] };
  unplacedTotals: Map<number, number>;
  /** Merged columns still to be placed by the user: nothing is saved before. */
  undecided: ColumnMapping[];
  /** The text encoding a CSV was read in (the preview says which). */
  encoding?: string;
  /** What was said about the read itself (encoding damage, computed formulas, skipped sheets). */
  readNotes: ReadNote[];
}

export type ImportResult = ImportedSheet | { ok: false; error: string; errorEn: string };

function asWarning(note: ReadNote): ImportProblem {
  return { severity: 'warning', message: note.message, messageEn: note.messageEn };
}

const NO_HEADER = {
  ok: false as const,
  error: inBoth(importReadMessages, 'importRead.noHeader').vi,
  errorEn: inBoth(importReadMessages, 'importRead.noHeader').en,
};

/** The draft a sheet gives under `mapping` (the one found, or as the user corrected it). */
export function remap(base: ImportedSheet, mapping: ColumnMapping[], def: FormDef): ImportedSheet {
  const sheet = base.sheets.find((s) => s.name === base.sheet)!;
  const layout = { ...base.layout, mapping };
  const outcome = sheetRows(sheet.rows, layout, def);
  const undecided = mapping.filter((m) => m.how === 'merged' && m.number === null);
  return {
    ...base,
    layout,
    mapping,
    rows: outcome.rows,
    derived: outcome.derived,
    leftOut: outcome.leftOut,
    unplacedTotals: outcome.unplacedTotals,
    undecided,
    problems: [
      ...base.readNotes.map(asWarning),
      ...layoutNotes(layout, outcome, undecided),
      ...outcome.problems,
    ],
  };
}

/** One read sheet laid out for `def`, or why not. */
export function importSheet(
  read: { kind: 'xlsx' | 'csv'; sheets: Sheet[]; encoding?: string; notes: ReadNote[] },
  sheet: Sheet,
  def: FormDef,
): ImportResult {
  const layout = mapColumns(sheet.rows, def);
  if (!layout) return NO_HEADER;
  if (sheet.formulas && sheet.formulas.uncomputed.length > 0) {
    return { ok: false, ...uncomputedFormulas(sheet.name, sheet.formulas) };
  }
  const computed = sheet.formulas ? computedFormulas(sheet.formulas) : null;
  const base: ImportedSheet = {
    ok: true,
    kind: read.kind,
    sheet: sheet.name,
    sheets: read.sheets,
    layout,
    mapping: layout.mapping,
    rows: [],
    problems: [],
    derived: [],
    leftOut: { count: 0, labels: [] },
    unplacedTotals: new Map(),
    undecided: [],
    readNotes: [...read.notes, ...(computed ? [computed] : [])],
    ...(read.encoding ? { encoding: read.encoding } : {}),
  };
  const result = remap(base, layout.mapping, def);
  if (result.rows.length === 0) {
    const said = inBoth(importReadMessages, 'importRead.noRows', { sheet: sheet.name });
    return { ok: false, error: said.vi, errorEn: said.en };
  }
  return result;
}

export interface ImportOptions extends ReadOptions {
  /** The sheet to take; by default the first one that maps. */
  sheet?: string;
}

export async function importSpreadsheet(
  name: string,
  data: ArrayBuffer,
  def: FormDef,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = await readSpreadsheet(name, data, options);
  if (!read.ok) return read;
  const info = { ...read, notes: [...read.notes, ...read.skipped.map(skippedSheet)] };
  let first: ImportResult | null = null;
  for (const sheet of read.sheets) {
    if (options.sheet !== undefined && sheet.name !== options.sheet) continue;
    const result = importSheet(info, sheet, def);
    if (result.ok) return result;
    first ??= result;
    // A sheet whose header was found but that cannot be used says why; later sheets are not tried.
    if (result !== NO_HEADER) return result;
  }
  // The form may have been on the sheet that was too large to read: say so rather than "no header".
  if (read.skipped.length > 0)
    return { ok: false, error: read.skipped[0].error, errorEn: read.skipped[0].errorEn };
  return first ?? NO_HEADER;
}
