import { clean } from '../text';

// Form codes of the KSTT reports ("II.06a/VPCP/KSTT", "II.01-ĐC/VPCP/KSTT") as pages and dispatches
// write them: spaces around the dots and slashes, lower case, NFD, "DC" or "ÐC" (U+00D0) for "ĐC",
// suffix omitted. One grammar for the page reader (readFormCode) and the dispatch reader
// (findFormCodes), so a code one accepts the other reads the same: two digits (TT 01/2020 numbers
// "II.05", "II.06a"), then an optional letter, and nothing glued on ("II.061" is no code).

const SUFFIX = '/VPCP/KSTT';
const CODE = String.raw`([IVX]{1,4})\s*\.\s*(\d{2})([a-z])?(?![\p{L}\d])(\s*[-–]\s*[ĐÐD]\s*C)?`;
const TAIL = String.raw`\s*\/\s*VPCP\s*\/\s*KSTT`;
const END = String.raw`(?![\p{L}\d])`;

const BARE_CODE = new RegExp(`^\\s*${CODE}(?:${TAIL})?\\s*$`, 'iu');
/** "Biểu số II.06a/VPCP/KSTT", "Mẫu số: ii.06a", "Biểu mẫu số II . 06a / VPCP / KSTT". */
const NAMED_CODE = new RegExp(
  String.raw`(?:biểu\s*mẫu|biểu|mẫu)\s*(?:số)?\s*[:.]?\s*${CODE}(?:${TAIL})?${END}`,
  'giu',
);
const BEFORE = String.raw`(?<![\p{L}\d.])`;
/** A code with its full suffix anywhere ("II.06a/VPCP/KSTT" in a tab or heading). */
const SUFFIXED_CODE = new RegExp(`${BEFORE}${CODE}${TAIL}${END}`, 'giu');
/** A code anywhere, suffix optional: how dispatches name forms ("biểu II.01-ĐC", "II.05"). */
const ANY_CODE = new RegExp(`${BEFORE}${CODE}(?:${TAIL})?${END}`, 'giu');

function canonical(m: RegExpMatchArray): string {
  const [, roman, number, letter, outline] = m;
  return `${roman.toUpperCase()}.${number}${letter ? letter.toLowerCase() : ''}${outline ? '-ĐC' : ''}${SUFFIX}`;
}

/** Canonical code for a code typed or shown in any of its variants; null when it is not one. */
export function normaliseFormCode(code: string): string | null {
  const m = BARE_CODE.exec(clean(code));
  return m ? canonical(m) : null;
}

/**
 * The form code a text names, canonical. A code introduced by "Biểu số" / "Mẫu số" wins over a bare
 * one; among several the last wins, being the nearest to the table that follows the text.
 */
export function readFormCode(text: string): string | null {
  const nfc = clean(text);
  const named = [...nfc.matchAll(NAMED_CODE)];
  if (named.length > 0) return canonical(named[named.length - 1]);
  const bare = [...nfc.matchAll(SUFFIXED_CODE)];
  return bare.length > 0 ? canonical(bare[bare.length - 1]) : null;
}

export interface FoundForm {
  code: string;
  start: number;
  end: number;
}

/** Every KSTT form code in an NFC text (a dispatch), canonical, with its position. */
export function findFormCodes(text: string): FoundForm[] {
  return [...text.matchAll(ANY_CODE)].map((m) => ({
    code: canonical(m),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The canonical code of one written in the code ("II.05a" → "II.05a/VPCP/KSTT"); a typo throws. */
export function fullFormCode(code: string): string {
  const full = normaliseFormCode(code);
  if (!full) throw new Error(`Không phải mã biểu mẫu KSTT: ${code}`);
  return full;
}

/** "II.06a/VPCP/KSTT" → "II.06a", for short labels. */
export function shortForm(code: string): string {
  return code.endsWith(SUFFIX) ? code.slice(0, -SUFFIX.length) : code;
}
