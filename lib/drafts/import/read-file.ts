import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import { compoundFileNames, isCompoundFile } from './cfb';
import { parseCsv } from './csv';
import { decodeText, lostLetters } from './encoding';
import type { FormulaOutcome } from './formulas';
import { damaged, LIMITS, type Limits, Refusal, refusal, tooLargeFile } from './limits';
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
    return refusal('importRead.encrypted', {});
  }
  // An old workbook, or a file named .xls whose directory could not be read (still the user's .xls).
  if (names.has('workbook') || names.has('book') || (names.size === 0 && /\.xls$/i.test(name))) {
    return refusal('importRead.xls', {});
  }
  return refusal('importRead.otherOffice', {});
}

function invalidBytesNote(count: number, lines: number[]): ReadNote {
  const where = `${lines.join(', ')}${count > lines.length ? ', …' : ''}`;
  const said = inBoth(importReadMessages, 'importRead.invalidBytes', { count, where });
  return { message: said.vi, messageEn: said.en };
}

async function readCsv(bytes: Uint8Array, limits: Limits, onProgress?: Progress): Promise<ReadResult> {
  const decoded = decodeText(bytes);
  if (decoded === null) throw refusal('importRead.notCsv', {});
  if (decoded.text.trim() === '') throw refusal('importRead.emptyCsv', {});
  const lost = lostLetters(decoded.text);
  if (lost.length > 0) {
    const examples = lost.map((w) => `“${w}”`).join(', ');
    throw refusal('importRead.lostLetters', { examples, encoding: decoded.label });
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
  if (bytes.length === 0) throw refusal('importRead.emptyFile', {});
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
    const said = inBoth(importReadMessages, 'importRead.readFailed');
    return { ok: false, error: said.vi, errorEn: said.en };
  }
}
