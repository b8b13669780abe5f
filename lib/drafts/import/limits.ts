import { formatNumber } from '../../numbers';

// How much of a chosen file the options page is willing to read. A report form has a few hundred rows
// per level (the field catalogue has 261 fields), but a province's export listing every commune's
// fields reaches tens of thousands: 50 000 data rows, with their title, header and signature lines,
// must be read. A file far beyond that is the wrong file or a crafted one (a zip bomb, a sheet declared
// A1:XFD1048576), and reading it whole would exhaust the page's memory. The preview works off the
// page's main thread (preview-worker.ts), so the row limit bounds memory and waiting, not freezing.
// Each limit is checked as early as the file allows (file size, the zip's directory, the sheet's
// declared dimension) and again while reading, since those can lie.

export interface Limits {
  /** Bytes of the chosen file. */
  fileBytes: number;
  /** Rows of one sheet (or CSV lines). */
  rows: number;
  /** Columns of one sheet (256 = IV, the old Excel width; forms use about 13). */
  columns: number;
  /** Grid cells kept for one file: each row's width, summed. */
  cells: number;
  /** Characters in one cell (Excel's own maximum: no file saved by Excel has more). */
  cellText: number;
  /** Bytes of one part of an .xlsx once decompressed (a sheet, the shared strings). */
  partBytes: number;
  /** Bytes of all the parts read from one .xlsx, decompressed. */
  totalBytes: number;
  /** Cells visited while computing formulas that were saved without their result. */
  formulaCells: number;
}

const MB = 1024 * 1024;

export const LIMITS: Limits = {
  fileBytes: 20 * MB,
  rows: 60_000,
  columns: 256,
  /** 60 000 rows of about 33 columns: several times what a one-stop export of 50 000 rows holds. */
  cells: 2_000_000,
  cellText: 32_767,
  partBytes: 64 * MB,
  totalBytes: 128 * MB,
  formulaCells: 2_000_000,
};

/** Rows and problems the preview lists; the rest are counted. */
export const PREVIEW_ITEMS = 100;

/** A reason to stop reading a file, in Vietnamese and English; thrown inside the readers, caught at the top. */
export class Refusal extends Error {
  constructor(
    readonly error: string,
    readonly errorEn: string,
    /** A refusal of one sheet lets the other sheets be read; the others stop the whole file. */
    readonly sheetOnly = false,
  ) {
    super(errorEn);
  }
}

export function damaged(): Refusal {
  return new Refusal(
    'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.',
    'Could not read the Excel file: it is damaged or not an .xlsx file.',
  );
}

export function megabytes(bytes: number): string {
  if (bytes < MB) return `${formatNumber(Math.ceil(bytes / 1024))} KB`;
  return `${formatNumber(Math.round(bytes / MB))} MB`;
}

export function tooLargeFile(bytes: number, limits: Limits = LIMITS): Refusal {
  return new Refusal(
    `Tệp quá lớn (${megabytes(bytes)}): chỉ nhận tệp đến ${megabytes(limits.fileBytes)}. Biểu báo cáo chỉ cần vài trăm KB; hãy chọn đúng tệp biểu.`,
    `The file is too large (${megabytes(bytes)}); files up to ${megabytes(limits.fileBytes)} are accepted. A report form needs a few hundred KB; choose the form's file.`,
  );
}

export function tooManyRows(where: string, whereEn: string, rows: number | null, limits: Limits): Refusal {
  const count = rows === null ? `hơn ${formatNumber(limits.rows)}` : formatNumber(rows);
  const countEn = rows === null ? `more than ${limits.rows}` : String(rows);
  return new Refusal(
    `${where} có ${count} dòng, quá giới hạn ${formatNumber(limits.rows)} dòng: không đọc tệp này. Hãy chép riêng bảng biểu sang một tệp mới rồi chọn lại.`,
    `${whereEn} has ${countEn} rows, beyond the limit of ${limits.rows}: the file was not read. Copy the form's table into a new file and choose it.`,
    true,
  );
}

export function tooManyColumns(where: string, whereEn: string, columns: number, limits: Limits): Refusal {
  return new Refusal(
    `${where} có ${formatNumber(columns)} cột, quá giới hạn ${formatNumber(limits.columns)} cột: không đọc tệp này. Hãy xóa các cột thừa bên phải bảng (hoặc chép bảng sang tệp mới) rồi chọn lại.`,
    `${whereEn} has ${columns} columns, beyond the limit of ${limits.columns}: the file was not read. Delete the extra columns right of the table (or copy the table into a new file) and choose it again.`,
    true,
  );
}

export function tooManyCells(limits: Limits): Refusal {
  return new Refusal(
    `Tệp có hơn ${formatNumber(limits.cells)} ô: quá lớn để đọc. Hãy chép riêng bảng biểu sang một tệp mới rồi chọn lại.`,
    `The file has more than ${limits.cells} cells, too many to read. Copy the form's table into a new file and choose it.`,
  );
}

export function tooLongText(where: string, whereEn: string, limits: Limits): Refusal {
  return new Refusal(
    `${where} dài hơn ${formatNumber(limits.cellText)} ký tự (giới hạn của chính Excel): tệp bị hỏng hoặc không phải tệp bảng tính thường.`,
    `${whereEn} is longer than ${limits.cellText} characters (Excel's own limit): the file is damaged or not an ordinary spreadsheet.`,
  );
}

/** A part (or all parts read) unpacking to more than `limit` bytes; `bytes` when the zip declared it. */
export function tooLargeUnpacked(bytes: number | null, limit: number): Refusal {
  const size = bytes === null ? `hơn ${megabytes(limit)}` : megabytes(bytes);
  const sizeEn = bytes === null ? `more than ${megabytes(limit)}` : megabytes(bytes);
  return new Refusal(
    `Tệp Excel giải nén ra ${size} dữ liệu, quá giới hạn ${megabytes(limit)}: không đọc tệp này (tệp bị hỏng hoặc được tạo ra để làm treo máy).`,
    `The Excel file unpacks to ${sizeEn} of data, beyond the limit of ${megabytes(limit)}: not read (the file is damaged or crafted to hang the computer).`,
  );
}
