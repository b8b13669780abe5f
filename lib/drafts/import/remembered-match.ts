import { z } from 'zod/mini';
import { headerKey } from '../../forms/header-key';
import type { FormDef } from '../../forms/schema';
import { type ImportedSheet, importSheet, remap } from './import-file';
import type { ColumnMapping } from './map-columns';

// Which remembered mapping a fresh file gets, without storage (the preview worker runs this): the one
// recorded for a sheet of this file by name whose header is the same, most recent first. A workbook
// whose form sits on its third sheet is offered that sheet again, with the columns as the user placed them.

export const Remembered = z.object({
  form: z.string(),
  header: z.string(),
  /** Form column of each file column, null for "bỏ qua". */
  numbers: z.array(z.nullable(z.number())),
  /** The sheet the user confirmed (absent in records made before sheets were remembered). */
  sheet: z.optional(z.string()),
});
export type Remembered = z.infer<typeof Remembered>;

/** What makes two files "the same header": every column's words, as the matcher reads them. */
export function headerSignature(mapping: ColumnMapping[]): string {
  return mapping.map((m) => headerKey(m.header)).join(' | ');
}

/** The remembered numbers applied to a fresh mapping (only when the header is the same). */
export function applyRemembered(mapping: ColumnMapping[], remembered: Remembered): ColumnMapping[] {
  return mapping.map((m, i) => {
    const number = remembered.numbers[i] ?? null;
    // Unchanged, or a merged column with no place remembered: it still waits for the user.
    if (number === m.number) return m;
    return { ...m, number, how: 'remembered' };
  });
}

/** The file as the user confirmed it last time (sheet and mapping), or null when nothing fits. */
export function pickRemembered(
  read: ImportedSheet,
  def: FormDef,
  records: readonly Remembered[],
): ImportedSheet | null {
  for (const record of records) {
    if (record.form !== def.code) continue;
    let base: ImportedSheet = read;
    if (record.sheet !== undefined && record.sheet !== read.sheet) {
      const sheet = read.sheets.find((s) => s.name === record.sheet);
      if (!sheet) continue;
      const other = importSheet({ ...read, notes: [] }, sheet, def);
      if (!other.ok) continue;
      base = other;
    }
    if (headerSignature(base.mapping) !== record.header) continue;
    return remap(base, applyRemembered(base.mapping, record), def);
  }
  return null;
}
