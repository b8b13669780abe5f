import { formatNumber } from '../../numbers';
import type { FormulaOutcome } from './formulas';
import type { ReadNote } from './read-file';
import type { SkippedSheet } from './xlsx';

// What the import says about how a sheet was read, beside the mapping: formulas without a stored
// result, and sheets left out for being beyond the limits.

function firstRefs(refs: string[], count = 5): string {
  const shown = refs.slice(0, count).join(', ');
  return refs.length > count ? `${shown}, …` : shown;
}

/** The sheet cannot be imported: formulas whose result is not in the file and cannot be computed here. */
export function uncomputedFormulas(
  sheet: string,
  formulas: FormulaOutcome,
): { error: string; errorEn: string } {
  const { uncomputed } = formulas;
  const refs = firstRefs(uncomputed.map((u) => u.ref));
  const example = `${uncomputed[0].ref}: =${uncomputed[0].formula}`;
  const n = uncomputed.length;
  return {
    error: `Trang tính “${sheet}” có ${formatNumber(n)} ô công thức chưa có kết quả lưu trong tệp (${refs}; ví dụ ${example}), nên đọc ra sẽ thành ô trống. Tệp thường do phần mềm khác tạo ra: hãy mở tệp bằng Excel, bấm Lưu (Ctrl+S) rồi chọn lại tệp.`,
    errorEn: `Sheet “${sheet}” has ${n} formula cell(s) without a result stored in the file (${refs}; e.g. ${example}), which would read as empty. The file was likely written by another program: open it in Excel, save it (Ctrl+S) and choose it again.`,
  };
}

export function computedFormulas(formulas: FormulaOutcome): ReadNote | null {
  const { computed } = formulas;
  if (computed.length === 0) return null;
  const refs = firstRefs(computed);
  return {
    message: `${formatNumber(computed.length)} ô công thức cộng (SUM) chưa có kết quả lưu trong tệp (${refs}) đã được tiện ích tự tính; để chắc chắn, hãy mở tệp bằng Excel và lưu lại.`,
    messageEn: `${computed.length} sum formula cell(s) without a stored result (${refs}) were computed here; to be sure, open the file in Excel and save it.`,
  };
}

export function skippedSheet(sheet: SkippedSheet): ReadNote {
  return {
    message: `Bỏ qua trang tính “${sheet.name}”: ${sheet.error}`,
    messageEn: `Sheet “${sheet.name}” skipped: ${sheet.errorEn}`,
  };
}
