import { formatNumber, parseNumber } from '../../numbers';
import { kindFromLabel } from '../../table/row-kind';
import { labelKey } from '../../text';
import type { DraftRow } from '../schema';
import { cellText, type SheetLayout } from './map-columns';
import type { SheetCell } from './read-file';

// Sheet rows under the header → draft rows: label from the label column, values by form column
// number in Vietnamese notation (a real Excel number 1234 becomes "1.234"). Rows under a level heading
// ("Cấp xã") carry its key, as a page read does. Odd cells are kept as typed and reported, never
// guessed: the preview's checks show them again.

export interface ImportProblem {
  /** 1-based sheet row, as Excel numbers it. */
  row?: number;
  /** Form column number. */
  col?: number;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

function valueText(cell: SheetCell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  return cellText(cell);
}

export function sheetRows(
  rows: SheetCell[][],
  layout: SheetLayout,
): { rows: DraftRow[]; problems: ImportProblem[] } {
  const out: DraftRow[] = [];
  const problems: ImportProblem[] = [];
  const valueColumns = layout.mapping.filter(
    (m) => m.number !== null && m.fileColumn !== layout.labelColumn && m.number !== 1,
  );
  let group: string | undefined;
  for (let r = layout.bodyStart; r < rows.length; r++) {
    const line = rows[r];
    const label = cellText(line[layout.labelColumn]);
    const values: Record<string, string> = {};
    for (const { fileColumn, number } of valueColumns) {
      const text = valueText(line[fileColumn] ?? null);
      const parsed = parseNumber(text);
      if (parsed.parse === 'empty') continue;
      values[String(number)] = text;
      if (parsed.parse === 'ambiguous') {
        problems.push({
          row: r + 1,
          col: number!,
          severity: 'warning',
          message: `Dòng ${r + 1}, cột (${number}): “${text}” không rõ là số nguyên hay số thập phân (kiểu Việt Nam viết 1.234); đã giữ nguyên để bạn kiểm tra.`,
          messageEn: `Row ${r + 1}, column (${number}): “${text}” is ambiguous (Vietnamese notation writes 1.234); kept as is for you to check.`,
        });
      } else if (parsed.parse === 'invalid') {
        problems.push({
          row: r + 1,
          col: number!,
          severity: 'warning',
          message: `Dòng ${r + 1}, cột (${number}): “${text}” không phải là số; đã giữ nguyên để bạn kiểm tra.`,
          messageEn: `Row ${r + 1}, column (${number}): “${text}” is not a number; kept as is for you to check.`,
        });
      }
    }
    const hasValues = Object.keys(values).length > 0;
    if (label === '') {
      if (hasValues) {
        problems.push({
          row: r + 1,
          severity: 'warning',
          message: `Dòng ${r + 1} có số liệu nhưng không có tên lĩnh vực: không nhập dòng này.`,
          messageEn: `Row ${r + 1} has figures but no field name: not imported.`,
        });
      }
      continue;
    }
    const kind = kindFromLabel(label) ?? 'data';
    if (kind === 'group') group = labelKey(label);
    // Signature lines and notes under the table have a label and no figures: not rows of the form.
    if (kind !== 'group' && !hasValues) continue;
    const inGroup = kind === 'data' || kind === 'subtotal' ? group : undefined;
    out.push({
      label,
      key: labelKey(label),
      kind,
      ...(inGroup === undefined ? {} : { group: inGroup }),
      values,
    });
  }
  return { rows: out, problems };
}
