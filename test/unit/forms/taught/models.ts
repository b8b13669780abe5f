import { parseNumber } from '@/lib/numbers';
import type { TableModel } from '@/lib/table/model';

// II.06a header paths as a changed page may show them, and a model of them with rows of figures.

export const RECEIVED = 'Số hồ sơ nhận giải quyết';
export const RESOLVED = 'Số hồ sơ đã giải quyết';
export const IN_PROGRESS = 'Số lượng hồ sơ đang giải quyết';

/** II.06a with "Trực tuyến" split into "toàn trình" and "một phần" (14 columns). */
export function splitPaths(): string[][] {
  return [
    ['STT'],
    ['Lĩnh vực, công việc giải quyết theo cấp'],
    [RECEIVED, 'Tổng số'],
    [RECEIVED, 'Trong đó', 'Trực tuyến toàn trình'],
    [RECEIVED, 'Trong đó', 'Trực tuyến một phần'],
    [RECEIVED, 'Trong đó', 'Trực tiếp, dịch vụ bưu chính'],
    [RECEIVED, 'Từ kỳ trước'],
    [RESOLVED, 'Tổng số'],
    [RESOLVED, 'Trước hạn'],
    [RESOLVED, 'Đúng hạn'],
    [RESOLVED, 'Quá hạn'],
    [IN_PROGRESS, 'Tổng số'],
    [IN_PROGRESS, 'Trong hạn'],
    [IN_PROGRESS, 'Quá hạn'],
  ];
}

const cell = (raw: string) => ({ raw, ...parseNumber(raw), editable: true });

/** A model of `paths` with one data row per entry of `rows` (label, then one figure per column ≥ 3). */
export function modelOf(paths: string[][], rows: [string, ...number[]][] = []): TableModel {
  return {
    source: 'html',
    columns: paths.map((path, index) => ({ index, number: index + 1, path })),
    headers: [],
    labelColumn: 1,
    rows: rows.map(([label, ...figures], index) => ({
      index,
      label,
      stt: String(index + 1),
      kind: 'data' as const,
      cells: [cell(String(index + 1)), { ...cell(''), raw: label }, ...figures.map((f) => cell(String(f)))],
    })),
  };
}
