import type { NumberParse } from './table/model';

// Numbers in Vietnamese notation (domain.md §6): `.` groups thousands, `,` marks decimals, spaces may
// group digits. A value whose reading depends on the notation (`1,234`: 1234 in English, 1.234 here)
// is `ambiguous` and never guessed.

export interface ParsedNumber {
  value: number | null;
  parse: NumberParse;
}

/** Spaces that group digits: ordinary, no-break, narrow no-break, thin and figure spaces. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009\u2007]+/g;
/** Cells that mean "no value". */
const NO_VALUE = /^[-\u2013\u2014\u2212]$/;
const MINUS = /^[-\u2212]/;

const PLAIN = /^\d+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** English notation with both marks: `1,234.5`. */
const ENGLISH = /^\d{1,3}(?:,\d{3})+\.\d+$/;

/**
 * Digits a count may have. Beyond 15 a value is not a count (nor exact in a JS number): it is a
 * `number` finding, never an operand of a sum, a total or a fix.
 */
export const MAX_COUNT_DIGITS = 15;

const EMPTY: ParsedNumber = { value: null, parse: 'empty' };
const INVALID: ParsedNumber = { value: null, parse: 'invalid' };
const AMBIGUOUS: ParsedNumber = { value: null, parse: 'ambiguous' };

/** Reads the integer part: plain digits, or digits grouped by `.` or by spaces in threes. */
function integerPart(text: string): number | null {
  let digits: string;
  if (PLAIN.test(text)) digits = text;
  else if (DOT_GROUPED.test(text)) digits = text.replace(/\./g, '');
  else if (SPACE_GROUPED.test(text)) digits = text.replace(/ /g, '');
  else return null;
  return significantDigits(digits) > MAX_COUNT_DIGITS ? null : Number(digits);
}

function significantDigits(digits: string): number {
  let lead = 0;
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 48) lead++;
  return digits.length - lead;
}

/**
 * Parses a cell as typed. `1.234` → 1234, `1.234,5` → 1234.5, `12,5` → 12.5, `-5` → −5, `+5` → 5
 * (a plus sign adds nothing); `''`, `-`, `–` → empty; `1,234`, `1,234,567`, `1,234.5` → ambiguous;
 * `1.23`, `1.2.3`, `12a` and integer parts of more than 15 digits → invalid.
 */
export function parseNumber(raw: string): ParsedNumber {
  let text = raw.normalize('NFC').trim().replace(GROUP_SPACES, ' ');
  if (text === '' || NO_VALUE.test(text)) return EMPTY;

  let sign = 1;
  if (MINUS.test(text)) sign = -1;
  if (sign === -1 || text.startsWith('+')) text = text.slice(1).trimStart();
  if (text === '') return INVALID;

  if (COMMA_GROUPED.test(text) && !text.startsWith('0,')) return AMBIGUOUS;
  if (ENGLISH.test(text)) return AMBIGUOUS;

  const [whole, decimals, ...rest] = text.split(',');
  if (rest.length > 0) return INVALID;
  const integer = integerPart(whole);
  if (integer === null) return INVALID;
  if (decimals === undefined) return { value: sign * integer + 0, parse: 'number' };
  if (!PLAIN.test(decimals)) return INVALID;
  return { value: sign * Number(`${integer}.${decimals}`) + 0, parse: 'number' };
}

/** Groups an integer's digits in threes with `.`. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Vietnamese notation for messages and fills: 1234 → `1.234`, 1234.5 → `1.234,5`, −5 → `-5`.
 * At most 6 decimals (hides float noise such as 0.1 + 0.2); trailing zeros dropped.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, decimals] = fixedParts(n);
  const sign = n < 0 && (whole !== '0' || decimals) ? '-' : '';
  // `1,245` reads as 1 245 or 1,245: a fourth decimal digit makes it one point two four five.
  const unambiguous = decimals.length === 3 && whole.length <= 3 && whole !== '0' ? `${decimals}0` : decimals;
  return sign + groupThousands(whole) + (decimals ? `,${unambiguous}` : '');
}

/** |n| to at most 6 decimals, trailing zeros dropped: [whole digits, decimal digits]. */
function fixedParts(n: number): [string, string] {
  const fixed = Math.abs(n)
    .toFixed(6)
    .replace(/\.?0+$/, '');
  const [whole, decimals = ''] = fixed.split('.');
  return [whole, decimals];
}

/** Digits without grouping, `,` before decimals (Vietnamese, for fields that take plain digits). */
export function formatDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, decimals] = fixedParts(n);
  const sign = n < 0 && (whole !== '0' || decimals) ? '-' : '';
  return sign + whole + (decimals ? `,${decimals}` : '');
}

/** Digits grouped in threes by spaces, `,` before decimals: 1234 → `1 234`. */
export function formatSpaced(n: number): string {
  return formatNumber(n).replace(/\./g, ' ');
}

/**
 * A number as `<input type="number">` holds it (a JS number: no grouping, `.` before decimals):
 * 1234 → `1234`, 1234.5 → `1234.5`.
 */
export function formatPlain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, decimals] = fixedParts(n);
  const sign = n < 0 && (whole !== '0' || decimals) ? '-' : '';
  return sign + whole + (decimals ? `.${decimals}` : '');
}

/** A valid floating-point number as HTML defines it: what a number input's `value` can be. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads an `<input type="number">`'s value, which is a JS number, not Vietnamese notation:
 * `1.5` → 1.5, `1245` → 1245, `1e3` → 1000; values beyond a count (more than 15 digits, beyond
 * Number.MAX_SAFE_INTEGER) → invalid.
 */
export function parsePlain(raw: string): ParsedNumber {
  const text = raw.trim();
  if (text === '') return EMPTY;
  if (!PLAIN_NUMBER.test(text)) return INVALID;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return INVALID;
  const whole = text.replace(/^-/, '').split(/[.eE]/)[0];
  if (significantDigits(whole) > MAX_COUNT_DIGITS) return INVALID;
  return { value: value + 0, parse: 'number' };
}

/** English notation, as a mask that groups with `,` shows it: `1,234.5`, `1234.5`. */
const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function parseEnglish(raw: string): ParsedNumber {
  let text = raw.normalize('NFC').trim();
  if (text === '' || NO_VALUE.test(text)) return EMPTY;
  let sign = 1;
  if (MINUS.test(text)) {
    sign = -1;
    text = text.slice(1);
  }
  if (!ENGLISH_NUMBER.test(text)) return INVALID;
  return parsePlain(`${sign < 0 ? '-' : ''}${text.replace(/,/g, '')}`);
}

/** How a field's text reads: `plain` (a number input: JS syntax), `en` (a mask grouping with `,`), `vi`. */
export type ReadNotation = 'plain' | 'en' | 'vi';

/** Parses `raw` as a field of that notation holds it. */
export function parseIn(raw: string, notation: ReadNotation): ParsedNumber {
  if (notation === 'plain') return parsePlain(raw);
  if (notation === 'en') return parseEnglish(raw);
  return parseNumber(raw);
}

/**
 * True when `raw` is written as a number too large to be a count: an integer part of more than 15
 * digits in any notation, or a JS number beyond Number.MAX_SAFE_INTEGER (`1e308`).
 */
export function beyondCount(raw: string): boolean {
  const text = raw
    .normalize('NFC')
    .trim()
    .replace(GROUP_SPACES, '')
    .replace(/^[-+\u2212]/, '');
  if (PLAIN_NUMBER.test(text)) {
    const value = Math.abs(Number(text));
    if (!Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) return true;
  }
  const whole = text.split(',')[0];
  if (/^\d+$/.test(whole) || DOT_GROUPED.test(whole)) {
    return significantDigits(whole.replace(/\./g, '')) > MAX_COUNT_DIGITS;
  }
  return false;
}

/** True when a parsed cell holds a whole number ≥ 0 (the count columns of II.06a). */
export function isCount(value: number | null): boolean {
  return value !== null && Number.isInteger(value) && value >= 0;
}
