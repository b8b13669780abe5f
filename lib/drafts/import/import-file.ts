import type { FormDef } from '../../forms/schema';
import type { DraftRow } from '../schema';
import { type ColumnMapping, mapColumns } from './map-columns';
import { type ReadNote, type ReadOptions, readSpreadsheet } from './read-file';
import { computedFormulas, skippedSheet, uncomputedFormulas } from './read-messages';
import { type ImportProblem, sheetRows } from './sheet-rows';

// A chosen .xlsx / .csv file → what a draft of `def` would hold, with the column mapping and the
// problems to show before anything is saved. Nothing here saves: a file it cannot read or map gives a
// message, and the caller saves only what the user confirmed.

export interface ImportedSheet {
  ok: true;
  kind: 'xlsx' | 'csv';
  /** The sheet the rows came from (the first one that maps). */
  sheet: string;
  mapping: ColumnMapping[];
  rows: DraftRow[];
  problems: ImportProblem[];
  /** The text encoding a CSV was read in (the preview says which). */
  encoding?: string;
}

export type ImportResult = ImportedSheet | { ok: false; error: string; errorEn: string };

function guessNote(numbers: number[]): ImportProblem {
  const list = numbers.map((n) => `(${n})`).join(', ');
  return {
    severity: 'warning',
    message: `Tiêu đề không ghi rõ nhóm cột nên cột ${list} được xác định theo thứ tự cột của biểu; hãy kiểm tra bảng đối chiếu.`,
    messageEn: `The header does not name the column groups, so columns ${list} were matched by the form's column order; check the mapping.`,
  };
}

function asWarning(note: ReadNote): ImportProblem {
  return { severity: 'warning', message: note.message, messageEn: note.messageEn };
}

export async function importSpreadsheet(
  name: string,
  data: ArrayBuffer,
  def: FormDef,
  options: ReadOptions = {},
): Promise<ImportResult> {
  const read = await readSpreadsheet(name, data, options);
  if (!read.ok) return read;
  for (const sheet of read.sheets) {
    const layout = mapColumns(sheet.rows, def);
    if (!layout) continue;
    if (sheet.formulas && sheet.formulas.uncomputed.length > 0) {
      return { ok: false, ...uncomputedFormulas(sheet.name, sheet.formulas) };
    }
    const { rows, problems } = sheetRows(sheet.rows, layout);
    if (rows.length === 0) {
      return {
        ok: false,
        error: `Đã nhận ra tiêu đề cột nhưng không có dòng số liệu nào dưới tiêu đề (trang “${sheet.name}”).`,
        errorEn: `The column header was found but no data rows under it (sheet “${sheet.name}”).`,
      };
    }
    if (layout.guessed.length > 0) problems.unshift(guessNote(layout.guessed));
    const computed = sheet.formulas ? computedFormulas(sheet.formulas) : null;
    const notes = [...read.notes, ...(computed ? [computed] : []), ...read.skipped.map(skippedSheet)];
    return {
      ok: true,
      kind: read.kind,
      sheet: sheet.name,
      mapping: layout.mapping,
      rows,
      problems: [...notes.map(asWarning), ...problems],
      ...(read.encoding ? { encoding: read.encoding } : {}),
    };
  }
  // The form may have been on the sheet that was too large to read: say so rather than "no header".
  if (read.skipped.length > 0)
    return { ok: false, error: read.skipped[0].error, errorEn: read.skipped[0].errorEn };
  return {
    ok: false,
    error:
      'Không nhận ra hàng tiêu đề của biểu: cần một dòng có “Lĩnh vực” và tên các cột (Tổng số, Trực tuyến, …) hoặc một dòng đánh số cột (1) (2) … (13).',
    errorEn:
      'No form header found: the file needs a row naming “Lĩnh vực” and the columns (Tổng số, Trực tuyến, …) or a column-numbering row (1) (2) … (13).',
  };
}
