import { compoundFileNames, isCompoundFile } from './cfb';
import { parseCsv } from './csv';
import { decodeText, lostLetters } from './encoding';
import type { FormulaOutcome } from './formulas';
import { damaged, LIMITS, type Limits, Refusal, tooLargeFile } from './limits';
import type { SheetCell } from './sheet-cell';
import { type Progress, Work } from './work';
import { readXlsx, type SkippedSheet } from './xlsx';

// Bytes of a chosen file → sheets of plain cells. An .xlsx is a zip (xlsx.ts); an OLE compound file is
// an old .xls or a password-protected .xlsx, told apart by its stream names; anything else is read as
// CSV text in the encoding its bytes show (encoding.ts). Every limit of limits.ts applies, and the
// read gives the page its main thread back between slices, reporting how far it is.

export type { SheetCell } from './sheet-cell';

export interface Sheet {
  name: string;
  rows: SheetCell[][];
  /** Formula cells saved without their result (.xlsx only). */
  formulas?: FormulaOutcome;
}

/** Something the preview should say about how the file was read. */
export interface ReadNote {
  message: string;
  messageEn: string;
}

export type ReadResult =
  | {
      ok: true;
      kind: 'xlsx' | 'csv';
      sheets: Sheet[];
      /** Sheets not read, with the reason (beyond the limits). */
      skipped: SkippedSheet[];
      /** The text encoding a CSV was read in, as the preview names it. */
      encoding?: string;
      notes: ReadNote[];
    }
  | { ok: false; error: string; errorEn: string };

export interface ReadOptions {
  onProgress?: Progress;
  /** Tests use smaller ones. */
  limits?: Limits;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Characters of CSV between two yields to the page. */
const CSV_SLICE = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function compoundFile(name: string, bytes: Uint8Array): Refusal {
  const names = new Set((compoundFileNames(bytes) ?? []).map((n) => n.toLowerCase()));
  if (names.has('encryptedpackage') && names.has('encryptioninfo')) {
    return new Refusal(
      'Tệp Excel này được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi chọn lại tệp.',
      'This Excel file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it, OK), save, and choose the file again.',
    );
  }
  // An old workbook, or a file named .xls whose directory could not be read (still the user's .xls).
  if (names.has('workbook') || names.has('book') || (names.size === 0 && /\.xls$/i.test(name))) {
    return new Refusal(
      'Tệp .xls (Excel 97–2003) không đọc được trực tiếp. Lưu lại tệp dưới dạng .xlsx (Excel 2007 trở lên) rồi nhập lại: mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”. Chưa có gì được lưu.',
      'Old .xls files (Excel 97–2003) cannot be read directly. Save the file as .xlsx (Excel 2007 or later) and import it again: open it in Excel, File → Save As → “Excel Workbook (*.xlsx)”. Nothing was saved.',
    );
  }
  return new Refusal(
    'Tệp không phải bảng tính Excel: đây là một tệp Office cũ khác (ví dụ Word) hoặc tệp đã hỏng.',
    'The file is not an Excel workbook: it is another old Office file (Word, say) or a damaged one.',
  );
}

function invalidBytesNote(count: number, lines: number[]): ReadNote {
  const where = lines.join(', ');
  return {
    message: `Tệp có ${count} chỗ không đúng mã UTF-8 (dòng ${where}${count > lines.length ? ', …' : ''}): đã thay bằng ký tự “\ufffd”; hãy kiểm tra các ô đó.`,
    messageEn: `The file has ${count} byte sequence(s) that are not valid UTF-8 (line ${where}${count > lines.length ? ', …' : ''}): replaced with “\ufffd”; check those cells.`,
  };
}

async function readCsv(bytes: Uint8Array, limits: Limits, onProgress?: Progress): Promise<ReadResult> {
  const decoded = decodeText(bytes);
  if (decoded === null) throw new Refusal('Tệp không phải văn bản CSV.', 'The file is not CSV text.');
  if (decoded.text.trim() === '') throw new Refusal('Tệp CSV trống.', 'The CSV file is empty.');
  const lost = lostLetters(decoded.text);
  if (lost.length > 0) {
    const examples = lost.map((w) => `“${w}”`).join(', ');
    throw new Refusal(
      `Tệp CSV đã mất dấu tiếng Việt: nhiều chữ bị thay bằng “?” (ví dụ ${examples}), thường do tệp được lưu dạng “CSV” bằng bảng mã ${decoded.label} trên máy không đặt tiếng Việt. Không thể khôi phục các chữ đó: hãy lưu lại tệp dạng .xlsx hoặc “CSV UTF-8” rồi nhập lại. Chưa có gì được lưu.`,
      `The CSV file has lost its Vietnamese letters: many became “?” (e.g. ${examples}), usually because it was saved as “CSV” in ${decoded.label} on a computer not set to Vietnamese. They cannot be recovered: save the file as .xlsx or “CSV UTF-8” and import it again. Nothing was saved.`,
    );
  }
  const rows = await parseCsv(decoded.text, limits, new Work(onProgress, decoded.text.length, CSV_SLICE));
  return {
    ok: true,
    kind: 'csv',
    sheets: [{ name: 'CSV', rows }],
    skipped: [],
    encoding: decoded.label,
    notes: decoded.invalid > 0 ? [invalidBytesNote(decoded.invalid, decoded.invalidLines)] : [],
  };
}

async function read(name: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const limits = options.limits ?? LIMITS;
  if (bytes.length === 0) throw new Refusal('Tệp trống.', 'The file is empty.');
  if (bytes.length > limits.fileBytes) throw tooLargeFile(bytes.length, limits);
  if (startsWith(bytes, ZIP)) {
    const { sheets, skipped } = await readXlsx(bytes, limits, options.onProgress);
    return { ok: true, kind: 'xlsx', sheets, skipped, notes: [] };
  }
  if (isCompoundFile(bytes)) throw compoundFile(name, bytes);
  if (/\.xlsx$/i.test(name)) throw damaged();
  return readCsv(bytes, limits, options.onProgress);
}

/** Reads a chosen file; never throws: a file it cannot read gives a Vietnamese message. */
export async function readSpreadsheet(
  name: string,
  data: ArrayBuffer,
  options: ReadOptions = {},
): Promise<ReadResult> {
  try {
    return await read(name, new Uint8Array(data), options);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error, errorEn: error.errorEn };
    // A reader bug or the browser running out of memory: still a message, never a broken page.
    return {
      ok: false,
      error:
        'Không đọc được tệp này (lỗi khi đọc). Hãy mở bằng Excel, lưu lại dạng .xlsx hoặc .csv rồi chọn lại.',
      errorEn:
        'Could not read this file (reading failed). Save it again as .xlsx or .csv in Excel and choose it.',
    };
  }
}
