// Calendar dates as ISO strings ("2025-03-14"). Arithmetic goes through UTC midnight so no local
// time zone or daylight saving can shift a day; "today" is read in the user's zone explicitly.

/** The zone every deadline is compared in (design.md §1). */
export const USER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO date of a calendar day; null when the day does not exist (31/02). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const iso = fromUtc(Date.UTC(year, month - 1, day));
  return Number(iso.slice(8, 10)) === day ? iso : null;
}

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The calendar date in the user's zone at an instant (a clock reading, not the machine's zone). */
export function calendarDate(at: Date, timeZone = USER_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The instant of a wall-clock hour on a date in the user's zone (Vietnam has no daylight saving: UTC+7). */
export function instantAt(iso: string, hour: number): number {
  return toUtc(iso) + (hour - 7) * 3_600_000;
}

/** "17/03/2025", as dates are written in Vietnamese documents. */
export function viDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
