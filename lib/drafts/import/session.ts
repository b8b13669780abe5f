import type { FormDef } from '../../forms/schema';
import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import type { Finding } from '../../rules/finding';
import type { TableModel } from '../../table/model';
import type { DraftRow } from '../schema';
import { type ImportedSheet, importSheet, importSpreadsheet, remap } from './import-file';
import { PREVIEW_ITEMS } from './limits';
import type { ColumnMapping } from './map-columns';
import { previewModel } from './preview-model';
import { pickRemembered, type Remembered } from './remembered-match';
import type { Progress } from './work';

// One chosen file's preview, as the options page drives it: read it, remap it as the user corrects the
// columns, switch sheet, check it. The read sheets and the draft rows stay here (in the preview worker,
// when it runs): the page gets the view — the mapping, what was left out, the first findings and the
// counts — and the rows only when the user saves. Handing 50 000 rows and their findings to the page
// at every correction would stop it for as long as it takes to copy them.

export type ImportView = Omit<ImportedSheet, 'sheets' | 'rows'> & {
  /** Draft rows the file gives. */
  rowCount: number;
  /** Every sheet read, for the sheet choice. */
  sheetNames: string[];
  /** The sheet and mapping were the ones the user confirmed for a file with this header. */
  remembered: boolean;
};

export type ViewResult = { ok: true; view: ImportView } | { ok: false; error: string; errorEn: string };

export type FileCheck = (model: TableModel, def: FormDef) => Finding[];

/** The findings as the preview lists them: the first PREVIEW_ITEMS, with their row's label, and counts. */
export interface FindingsView {
  shown: (Finding & { label?: string })[];
  total: number;
  errors: number;
  warnings: number;
}

export function findingsView(findings: Finding[], rows: DraftRow[]): FindingsView {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const shown = findings
    .slice(0, PREVIEW_ITEMS)
    .map((f) => (f.row === undefined ? f : { ...f, label: rows[f.row]?.label }));
  return { shown, total: findings.length, errors, warnings };
}

export interface PreviewSession {
  load(
    name: string,
    data: ArrayBuffer,
    def: FormDef,
    remembered: readonly Remembered[],
    onProgress?: Progress,
  ): Promise<ViewResult>;
  remap(mapping: ColumnMapping[]): Promise<ViewResult>;
  sheet(name: string): Promise<ViewResult>;
  /** The checks' findings on the current view; null without a checker or a file. */
  check(): Promise<FindingsView | null>;
  /** The draft rows of the current view, to save. */
  rows(): Promise<DraftRow[] | null>;
  close(): void;
}

export function viewOf(sheet: ImportedSheet, remembered = false): ViewResult {
  const { sheets, rows, ...rest } = sheet;
  const names = sheets.map((s) => s.name);
  return { ok: true, view: { ...rest, rowCount: rows.length, sheetNames: names, remembered } };
}

const nothingRead = inBoth(importReadMessages, 'importRead.nothingRead');
const NOTHING_READ = { ok: false as const, error: nothingRead.vi, errorEn: nothingRead.en };

/** The preview on this thread: in the worker, or on the page where there is no worker (tests). */
export function localSession(check: FileCheck | null): PreviewSession {
  let current: ImportedSheet | null = null;
  let form: FormDef | null = null;
  return {
    async load(name, data, def, remembered, onProgress) {
      current = null;
      form = def;
      const read = await importSpreadsheet(name, data, def, { onProgress });
      if (!read.ok) return read;
      const again = pickRemembered(read, def, remembered);
      current = again ?? read;
      return viewOf(current, again !== null);
    },
    async remap(mapping) {
      if (!current || !form) return NOTHING_READ;
      current = remap(current, mapping, form);
      return viewOf(current);
    },
    async sheet(name) {
      if (!current || !form) return NOTHING_READ;
      const sheet = current.sheets.find((s) => s.name === name);
      if (!sheet) return NOTHING_READ;
      const next = importSheet({ ...current, notes: [] }, sheet, form);
      if (!next.ok) return next;
      current = next;
      return viewOf(current);
    },
    async check() {
      if (!current || !form || !check) return null;
      return findingsView(check(previewModel(current.rows, form), form), current.rows);
    },
    async rows() {
      return current?.rows ?? null;
    },
    close() {
      current = null;
    },
  };
}
