import type { Text } from './i18n/message';

// Dates as Vietnamese documents write them (domain.md §6): `14/3/2025`, `14/03/2025`, `14-03-2025`,
// `14.03.2025`, "ngày 14 tháng 3 năm 2025". Calendar dates only, no time zone: ISO `YYYY-MM-DD`.

/** Why a date is not one, as a clause of the rules catalogue (lib/i18n/messages/rules.ts). */
export type DateReason = Text<
  'rules.date.year' | 'rules.date.month' | 'rules.date.day' | 'rules.date.notOne'
>;
export type DateParse = { ok: true; iso: string } | { ok: false; reason: DateReason };

export interface FoundDate {
  /** The date as written in the text. */
  raw: string;
  /** Position of `raw` in the text given (UTF-16 offsets, end exclusive), NFC or NFD alike. */
  start: number;
  end: number;
  /** ISO date, or null when the written date does not exist (31/02/2025). */
  iso: string | null;
  /** Why it does not exist; absent for a real date. */
  reason?: DateReason;
}

/** Years a report can plausibly mention; anything else is a typing slip. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

// Day, month and year with one separator used twice; not part of a longer run of digits ("37/2020/").
const NUMERIC = /(?<!\d)(?<!\d[/.])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])/gu;
const VERBAL = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:,\s*)?năm\s*(\d{4})(?!\d)/giu;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Checks a calendar date; the ISO form when it exists. */
export function checkDate(day: number, month: number, year: number): DateParse {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, reason: { key: 'rules.date.year', params: { year: String(year) } } };
  }
  if (month < 1 || month > 12) {
    return { ok: false, reason: { key: 'rules.date.month', params: { month: String(month) } } };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const params = { day: String(day), month: String(month), year: String(year), last: String(last) };
    return { ok: false, reason: { key: 'rules.date.day', params } };
  }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/**
 * NFC text with, for each of its positions, the matching position in the original text, so dates
 * found in NFC can be reported where they stand in an NFD original. Composition stays within a base
 * character and its combining marks, so normalising chunk by chunk equals normalising the whole.
 */
function nfcWithOffsets(text: string): { nfc: string; origin: (i: number) => number } {
  // Text already in NFC (what most callers pass) keeps its positions: no copy, no table.
  if (text.normalize('NFC') === text) return { nfc: text, origin: (i) => i };
  let nfc = '';
  const origin: number[] = [];
  let at = 0;
  for (const chunk of text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? []) {
    const composed = chunk.normalize('NFC');
    for (let i = 0; i < composed.length; i++) origin.push(at);
    nfc += composed;
    at += chunk.length;
  }
  origin.push(at);
  return { nfc, origin: (i) => origin[i] };
}

/** Every date written in `text`, in order, real or not. */
export function findDates(text: string): FoundDate[] {
  const { nfc, origin } = nfcWithOffsets(text);
  const found: FoundDate[] = [];
  const add = (index: number, length: number, day: string, month: string, year: string) => {
    const start = origin(index);
    const end = origin(index + length);
    const check = checkDate(Number(day), Number(month), Number(year));
    const raw = text.slice(start, end);
    found.push(
      check.ok ? { raw, start, end, iso: check.iso } : { raw, start, end, iso: null, reason: check.reason },
    );
  };
  // exec loops rather than matchAll, which copies the pattern on every call (once per sentence).
  VERBAL.lastIndex = 0;
  for (let m = VERBAL.exec(nfc); m; m = VERBAL.exec(nfc)) add(m.index, m[0].length, m[1], m[2], m[3]);
  // Both kinds come in order and verbal dates do not overlap: one pass skips numbers inside them.
  const verbal = found.length;
  let next = 0;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(nfc); m; m = NUMERIC.exec(nfc)) {
    const at = origin(m.index);
    while (next < verbal && found[next].end <= at) next++;
    if (next < verbal && found[next].start <= at) continue;
    add(m.index, m[0].length, m[1], m[3], m[4]);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads text that is one date and nothing else ("14/3/2025", "ngày 14 tháng 3 năm 2025"). */
export function parseDate(text: string): DateParse {
  const trimmed = text.trim();
  const dates = findDates(trimmed);
  if (dates.length === 1 && dates[0].start === 0 && dates[0].end === trimmed.length) {
    const [date] = dates;
    if (date.iso) return { ok: true, iso: date.iso };
    if (date.reason) return { ok: false, reason: date.reason };
  }
  return { ok: false, reason: { key: 'rules.date.notOne', params: { text: trimmed } } };
}

/** `2025-03-14` → `14/3/2025`, as dispatches write dates. */
export function formatDateVi(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])}/${Number(match[2])}/${match[1]}`;
}
