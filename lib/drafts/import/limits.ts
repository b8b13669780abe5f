import { inBoth } from '../../i18n/both';
import type { Params } from '../../i18n/message';
import { type ImportReadKey, importReadMessages } from '../../i18n/messages/import-read';
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

/** A refusal said by the import messages, in both languages. */
export function refusal(key: ImportReadKey, params: Params, sheetOnly = false): Refusal {
  const said = inBoth(importReadMessages, key, params);
  return new Refusal(said.vi, said.en, sheetOnly);
}

/** "more than 60.000" / "more than 60,000" for a count that was not known whole. */
function moreThan(n: number): Record<'vi' | 'en', string> {
  return inBoth(importReadMessages, 'importRead.moreThan', { n });
}

export function damaged(): Refusal {
  return refusal('importRead.damaged', {});
}

export function megabytes(bytes: number): string {
  if (bytes < MB) return `${formatNumber(Math.ceil(bytes / 1024))} KB`;
  return `${formatNumber(Math.round(bytes / MB))} MB`;
}

export function tooLargeFile(bytes: number, limits: Limits = LIMITS): Refusal {
  return refusal('importRead.tooLarge', { size: megabytes(bytes), max: megabytes(limits.fileBytes) });
}

export function tooManyRows(where: string, whereEn: string, rows: number | null, limits: Limits): Refusal {
  const say = (lang: 'vi' | 'en', place: string) =>
    inBoth(importReadMessages, 'importRead.tooManyRows', {
      where: place,
      rows: rows === null ? moreThan(limits.rows)[lang] : rows,
      max: limits.rows,
    })[lang];
  return new Refusal(say('vi', where), say('en', whereEn), true);
}

export function tooManyColumns(where: string, whereEn: string, columns: number, limits: Limits): Refusal {
  const said = (place: string) =>
    inBoth(importReadMessages, 'importRead.tooManyColumns', { where: place, columns, max: limits.columns });
  return new Refusal(said(where).vi, said(whereEn).en, true);
}

export function tooManyCells(limits: Limits): Refusal {
  return refusal('importRead.tooManyCells', { max: limits.cells });
}

export function tooLongText(where: string, whereEn: string, limits: Limits): Refusal {
  const said = (place: string) =>
    inBoth(importReadMessages, 'importRead.tooLongText', { where: place, max: limits.cellText });
  return new Refusal(said(where).vi, said(whereEn).en);
}

/** A part (or all parts read) unpacking to more than `limit` bytes; `bytes` when the zip declared it. */
export function tooLargeUnpacked(bytes: number | null, limit: number): Refusal {
  const size = (lang: 'vi' | 'en') =>
    bytes === null
      ? inBoth(importReadMessages, 'importRead.moreThan', { n: megabytes(limit) })[lang]
      : megabytes(bytes);
  const say = (lang: 'vi' | 'en') =>
    inBoth(importReadMessages, 'importRead.tooLargeUnpacked', { size: size(lang), max: megabytes(limit) })[
      lang
    ];
  return new Refusal(say('vi'), say('en'));
}
