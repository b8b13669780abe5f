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

const EMPTY: ParsedNumber = { value: null, parse: 'empty' };
const INVALID: ParsedNumber = { value: null, parse: 'invalid' };
const AMBIGUOUS: ParsedNumber = { value: null, parse: 'ambiguous' };

/** Reads the integer part: plain digits, or digits grouped by `.` or by spaces in threes. */
function integerPart(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (DOT_GROUPED.test(text)) return Number(text.replace(/\./g, ''));
  if (SPACE_GROUPED.test(text)) return Number(text.replace(/ /g, ''));
  return null;
}

/**
 * Parses a cell as typed. `1.234` → 1234, `1.234,5` → 1234.5, `12,5` → 12.5, `-5` → −5, `+5` → 5
 * (a plus sign adds nothing); `''`, `-`, `–` → empty; `1,234`, `1,234,567`, `1,234.5` → ambiguous;
 * `1.23`, `1.2.3`, `12a` → invalid.
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
  const fixed = Math.abs(n)
    .toFixed(6)
    .replace(/\.?0+$/, '');
  const [whole, decimals] = fixed.split('.');
  const sign = n < 0 && fixed !== '0' ? '-' : '';
  return sign + groupThousands(whole) + (decimals ? `,${decimals}` : '');
}

/** True when a parsed cell holds a whole number ≥ 0 (the count columns of II.06a). */
export function isCount(value: number | null): boolean {
  return value !== null && Number.isInteger(value) && value >= 0;
}
