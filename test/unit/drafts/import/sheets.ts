import writeXlsxFile from 'write-excel-file/universal';

// Spreadsheet bytes for import tests: .xlsx made with write-excel-file (merged header cells included),
// CSV text encoded as a browser's File would hand it over.

export type FixtureCell = string | number | null | { value: string; columnSpan?: number; rowSpan?: number };

export async function xlsx(rows: FixtureCell[][]): Promise<ArrayBuffer> {
  const data = rows.map((row) =>
    row.map((cell) => (cell === null ? null : typeof cell === 'object' ? cell : { value: cell })),
  );
  const blob = await writeXlsxFile(data as never).toBlob();
  return blob.arrayBuffer();
}

/** A workbook of several named sheets. */
export async function xlsxSheets(sheets: { name: string; rows: FixtureCell[][] }[]): Promise<ArrayBuffer> {
  const all = sheets.map(({ name, rows }) => ({
    sheet: name,
    data: rows.map((row) =>
      row.map((cell) => (cell === null ? null : typeof cell === 'object' ? cell : { value: cell })),
    ),
  }));
  const blob = await writeXlsxFile(all as never).toBlob();
  return blob.arrayBuffer();
}

export function csv(text: string, bom = false): ArrayBuffer {
  const bytes = new TextEncoder().encode(text);
  if (!bom) return bytes.buffer as ArrayBuffer;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out.buffer;
}

/** The two header rows of II.06a as the form prints them, with merged group cells. */
export const GROUPED_HEADER: FixtureCell[][] = [
  [
    { value: 'STT', rowSpan: 2 },
    { value: 'Lĩnh vực, công việc giải quyết theo cấp', rowSpan: 2 },
    { value: 'Số hồ sơ nhận giải quyết', columnSpan: 4 },
    null,
    null,
    null,
    { value: 'Số hồ sơ đã giải quyết', columnSpan: 4 },
    null,
    null,
    null,
    { value: 'Số lượng hồ sơ đang giải quyết', columnSpan: 3 },
    null,
    null,
  ],
  [
    null,
    null,
    'Tổng số',
    'Trực tuyến',
    'Trực tiếp, dịch vụ bưu chính',
    'Từ kỳ trước',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
  ],
];
