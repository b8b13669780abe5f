import { addDays, isoDate, weekday, yearOf } from './dates';

// Vietnam's public holidays (Bộ luật Lao động 2019, Art. 112) and the days off decided for civil
// servants, so deadlines "n working days after the cut-off" land where the offices expect them.

/**
 * Lunar dates (Vietnamese calendar, UTC+7) converted with Hồ Ngọc Đức's algorithm (Meeus' new-moon
 * formulas) and checked against published calendars: Tết = 1/1 lunar, Hùng Kings' day = 10/3 lunar.
 * 2030 is a year where Vietnam's Tết (2/2) differs from China's (3/2) because of the time zone.
 */
export const LUNAR_DATES: Record<number, { tet: string; hungKings: string }> = {
  2024: { tet: '2024-02-10', hungKings: '2024-04-18' },
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-02', hungKings: '2030-04-12' },
};

/**
 * Days off decided by the Government for civil servants (notices of the Ministry of Labour / Home
 * Affairs), which replace the statutory pattern for that holiday. `work` = Saturdays worked in exchange.
 */
/** Which holiday a day off is (lib/i18n/messages/dispatch.ts names it in each language). */
export type HolidayId = 'new-year' | 'tet' | 'hung-kings' | 'victory-labour' | 'national-day' | 'substitute';

const DECIDED: Record<number, { off: Array<[string, string, HolidayId]>; work: string[] }> = {
  2024: {
    off: [
      ['2024-02-08', '2024-02-14', 'tet'],
      ['2024-04-29', '2024-05-01', 'victory-labour'],
      ['2024-09-02', '2024-09-03', 'national-day'],
    ],
    work: ['2024-05-04'],
  },
  2025: {
    off: [
      ['2025-01-27', '2025-01-31', 'tet'],
      ['2025-04-30', '2025-05-02', 'victory-labour'],
      ['2025-09-01', '2025-09-02', 'national-day'],
    ],
    work: ['2025-04-26'],
  },
  2026: { off: [['2026-02-16', '2026-02-20', 'tet']], work: [] },
};

/** Dates whose statutory days a decision above replaces, by holiday name. */
function decidedNames(year: number): Set<HolidayId> {
  return new Set((DECIDED[year]?.off ?? []).map(([, , name]) => name));
}

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;

/** Statutory holidays of a year, before substitute days: [date, name]. */
function statutory(year: number): Array<[string, HolidayId]> {
  const day = (m: number, d: number) => isoDate(year, m, d)!;
  const list: Array<[string, HolidayId]> = [[day(1, 1), 'new-year']];
  const lunar = LUNAR_DATES[year];
  if (lunar) {
    // Decree 145/2020 practice: the last day of the old year and the first four of the new one.
    for (const d of range(addDays(lunar.tet, -1), addDays(lunar.tet, 3))) list.push([d, 'tet']);
    list.push([lunar.hungKings, 'hung-kings']);
  }
  list.push([day(4, 30), 'victory-labour']);
  list.push([day(5, 1), 'victory-labour']);
  // 2/9 plus one adjacent day: the Monday after when 2/9 is a Monday, else the day before.
  const national = day(9, 2);
  list.push([national, 'national-day'], [weekday(national) === 1 ? day(9, 3) : day(9, 1), 'national-day']);
  return list;
}

const cache = new Map<number, Map<string, HolidayId>>();

/** Every day off of a year that is not a weekend day: ISO date → which holiday. */
export function holidaysOf(year: number): Map<string, HolidayId> {
  const known = cache.get(year);
  if (known) return known;
  const off = new Map<string, HolidayId>();
  const replaced = decidedNames(year);
  const weekendHolidays: string[] = [];
  for (const [date, name] of statutory(year)) {
    if (replaced.has(name)) continue;
    if (isWeekend(date)) weekendHolidays.push(date);
    else off.set(date, name);
  }
  for (const [from, to, name] of DECIDED[year]?.off ?? []) {
    for (const d of range(from, to)) if (!isWeekend(d)) off.set(d, name);
  }
  // Art. 111(3): a holiday on a weekly rest day is taken on the next working day.
  for (const date of weekendHolidays) {
    let d = addDays(date, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    off.set(d, 'substitute');
  }
  cache.set(year, off);
  return off;
}

export function isWorkingDay(iso: string): boolean {
  const year = yearOf(iso);
  if (DECIDED[year]?.work.includes(iso)) return true;
  return !isWeekend(iso) && !holidaysOf(year).has(iso);
}

/** The n-th working day after a date (n ≥ 1): "the third working day after the cut-off". */
export function workingDayAfter(iso: string, n: number): string {
  let d = iso;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Years whose lunar holidays are known; outside them only weekends and solar holidays are skipped. */
export const HOLIDAY_YEARS = Object.keys(LUNAR_DATES).map(Number);
