import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';

// Bytes of a chosen file → sheets of plain cells. `.xlsx` through read-excel-file (the universal entry
// reads an ArrayBuffer, so the options page and unit tests share it); CSV through papaparse with the
// delimiter (`,` `;` tab) chosen by which one gives the most rows of one consistent width.

/** A cell as read: text, a real spreadsheet number, or nothing (empty, or covered by a merge). */
export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  rows: SheetCell[][];
}

export type ReadResult =
  | { ok: true; kind: 'xlsx' | 'csv'; sheets: Sheet[] }
  | { ok: false; error: string; errorEn: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function fail(error: string, errorEn: string): ReadResult {
  return { ok: false, error, errorEn };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value);
  return text.trim() === '' ? null : text;
}

async function readXlsx(bytes: ArrayBuffer): Promise<ReadResult> {
  try {
    const sheets = await readXlsxFile(bytes);
    return {
      ok: true,
      kind: 'xlsx',
      sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(toCell)) })),
    };
  } catch {
    return fail(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.',
      'Could not read the Excel file: it is damaged or not an .xlsx file.',
    );
  }
}

/** UTF-8 (BOM or not); a file saved by Vietnamese Windows Excel as "CSV" may be Windows-1258. */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('windows-1258').decode(bytes);
    } catch {
      return null;
    }
  }
}

/** How many rows share the most common width (of at least 3 fields) with this delimiter. */
function consistency(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) {
    if (row.length >= 3) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) {
    return fail('Tệp không phải văn bản CSV.', 'The file is not CSV text.');
  }
  const text = decode(bytes);
  if (text === null) {
    return fail(
      'Không đọc được bảng mã của tệp CSV (hãy lưu lại dạng UTF-8).',
      'Unknown CSV encoding (save as UTF-8).',
    );
  }
  if (text.trim() === '') return fail('Tệp CSV trống.', 'The CSV file is empty.');
  let best: string[][] = [];
  let bestScore = -1;
  for (const delimiter of [',', ';', '\t']) {
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    const score = consistency(parsed.data);
    if (score > bestScore) {
      best = parsed.data;
      bestScore = score;
    }
  }
  return { ok: true, kind: 'csv', sheets: [{ name: 'CSV', rows: best.map((row) => row.map(toCell)) }] };
}

/** Reads a chosen file; never throws: a file it cannot read gives a Vietnamese message. */
export async function readSpreadsheet(name: string, data: ArrayBuffer): Promise<ReadResult> {
  const bytes = new Uint8Array(data);
  if (bytes.length === 0) return fail('Tệp trống.', 'The file is empty.');
  if (startsWith(bytes, ZIP)) return readXlsx(data);
  if (startsWith(bytes, OLE)) {
    return fail(
      'Tệp .xls (Excel 97–2003) chưa được hỗ trợ: hãy mở bằng Excel và lưu lại dạng .xlsx hoặc .csv.',
      'Old .xls files are not supported: save the file as .xlsx or .csv in Excel.',
    );
  }
  if (/\.xlsx$/i.test(name)) {
    return fail(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.',
      'Could not read the Excel file: it is damaged or not an .xlsx file.',
    );
  }
  return readCsv(bytes);
}
