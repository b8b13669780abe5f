import { formatNumber } from '../../numbers';
import type { ColumnMapping, SheetLayout } from './map-columns';
import type { ImportProblem, SheetOutcome } from './sheet-rows';

// What the preview says about the mapping itself, above the row problems: guesses, an exporter's
// numbering set aside, merged columns waiting for the user, near-word matches, columns it could not
// place (the lines left out are counted apart: every export has a title and a signature).

const list = (numbers: number[]) => numbers.map((n) => `(${n})`).join(', ');

export function layoutNotes(
  layout: SheetLayout,
  outcome: SheetOutcome,
  undecided: ColumnMapping[],
): ImportProblem[] {
  const notes: ImportProblem[] = [];
  for (const m of undecided) {
    notes.push({
      severity: 'error',
      message: `Cột “${m.header}” gộp số hồ sơ giải quyết đúng hạn và trước hạn, không tách được: hãy chọn cột của biểu nhận số này (9 Đúng hạn hoặc 8 Trước hạn) trong bảng đối chiếu trước khi lưu.`,
      messageEn: `Column “${m.header}” merges dossiers resolved on time and early and cannot be split: choose the form column for it ((9) on time or (8) early) in the mapping before saving.`,
    });
  }
  if (layout.numberingOverruled) {
    notes.push({
      severity: 'warning',
      message:
        'Tệp tự đánh số cột khác với biểu (số cột trong tệp không khớp với tên cột): đã xếp cột theo tên cột, không theo số; hãy kiểm tra bảng đối chiếu.',
      messageEn:
        'The file numbers its columns differently from the form (its numbers disagree with its column names): columns were placed by their names, not their numbers; check the mapping.',
    });
  }
  if (layout.guessed.length > 0) {
    const shown = list(layout.guessed);
    notes.push({
      severity: 'warning',
      message: `Tiêu đề không ghi rõ nhóm cột nên cột ${shown} được xác định theo thứ tự cột của biểu; hãy kiểm tra bảng đối chiếu.`,
      messageEn: `The header does not name the column groups, so columns ${shown} were matched by the form's column order; check the mapping.`,
    });
  }
  for (const m of layout.mapping.filter((c) => c.how === 'fuzzy')) {
    notes.push({
      severity: 'warning',
      message: `Cột “${m.header}” được xếp vào cột (${m.number}) theo tên gần giống; hãy kiểm tra.`,
      messageEn: `Column “${m.header}” was placed in column (${m.number}) by a similar name; please check.`,
    });
  }
  for (const m of layout.mapping.filter((c) => c.kind === 'unknown' && c.number === null)) {
    const total = outcome.unplacedTotals.get(m.fileColumn) ?? 0;
    if (total === 0 || m.header === '') continue;
    notes.push({
      severity: 'warning',
      message: `Không xếp được cột “${m.header}” (tổng ${formatNumber(total)}) vào cột nào của biểu: đã bỏ qua; nếu cột này thuộc biểu, hãy chọn cột trong bảng đối chiếu.`,
      messageEn: `Could not place column “${m.header}” (total ${total}) in any form column: ignored; if it belongs to the form, choose its column in the mapping.`,
    });
  }
  return notes;
}
