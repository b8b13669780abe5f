import { describe, expect, it } from 'vitest';
import { calendarDate, daysBetween, instantAt } from '@/lib/periods/dates';
import { flagText } from '@/lib/periods/dispatch-flags';
import { holidaysOf, isWorkingDay, LUNAR_DATES, workingDayAfter } from '@/lib/periods/holidays';
import { lunarToSolar } from './lunar-calendar';

describe('working days', () => {
  it('gives the dispatch dates for quarter I/2025: 17/3 and 19/3 after the 14/3 cut-off', () => {
    expect(workingDayAfter('2025-03-14', 1)).toBe('2025-03-17');
    expect(workingDayAfter('2025-03-14', 3)).toBe('2025-03-19');
  });

  it('skips the Tết At Ty 2025 break (27–31/1) and the weekends around it', () => {
    expect(isWorkingDay('2025-01-24')).toBe(true);
    for (const d of ['2025-01-27', '2025-01-29', '2025-01-31']) expect(isWorkingDay(d)).toBe(false);
    expect(workingDayAfter('2025-01-24', 1)).toBe('2025-02-03');
    expect(workingDayAfter('2025-01-14', 10)).toBe('2025-02-04');
  });

  it('skips the Tết Binh Ngo 2026 break (16–20/2): the February cut-off is due the week after', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-17')).toBe(false);
    expect(workingDayAfter('2026-02-14', 1)).toBe('2026-02-23');
    expect(workingDayAfter('2026-02-14', 3)).toBe('2026-02-25');
  });

  it('knows the Hùng Kings day, 30/4, 1/5 and Quốc khánh with its adjacent day', () => {
    expect(holidaysOf(2025).get('2025-04-07')).toBe('hung-kings');
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-04-26')).toBe(true); // Saturday worked in exchange for 2/5
    expect(isWorkingDay('2025-09-01')).toBe(false);
    expect(isWorkingDay('2025-09-03')).toBe(true);
    expect(isWorkingDay('2027-09-01')).toBe(false);
  });

  it('gives a substitute day when a holiday falls on a weekend', () => {
    // Giỗ Tổ 2026 is Sunday 26/4 → Monday 27/4 off.
    expect(isWorkingDay('2026-04-27')).toBe(false);
    // 1/1/2028 is a Saturday → Monday 3/1 off.
    expect(isWorkingDay('2028-01-03')).toBe(false);
  });

  it('uses the Vietnamese lunar calendar for Tết 2030 (2/2, a day before China)', () => {
    expect(holidaysOf(2030).get('2030-02-04')).toBe('tet');
    expect(isWorkingDay('2030-02-01')).toBe(false);
  });
});

describe('calendar dates', () => {
  it('reads today in Vietnam, not in the machine zone', () => {
    expect(calendarDate(new Date('2025-03-16T18:30:00Z'))).toBe('2025-03-17');
    expect(calendarDate(new Date('2025-03-16T16:59:00Z'))).toBe('2025-03-16');
  });

  it('counts days across a leap day', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(new Date(instantAt('2025-03-17', 8)).toISOString()).toBe('2025-03-17T01:00:00.000Z');
  });
});

describe('the lunar dates the holidays are built on', () => {
  it.each(Object.entries(LUNAR_DATES))('agree with the Vietnamese lunar calendar in %s', (year, dates) => {
    expect(lunarToSolar(1, 1, Number(year))).toBe(dates.tet);
    expect(lunarToSolar(10, 3, Number(year))).toBe(dates.hungKings);
  });
});

describe('a deadline on a holiday', () => {
  it('is named in the page language', () => {
    expect(flagText('holiday', '2025-09-02', 'vi')).toBe('rơi vào ngày nghỉ (Quốc khánh)');
    expect(flagText('holiday', '2025-09-02', 'en')).toBe('falls on a day off (National Day)');
    expect(flagText('weekend', '2025-09-06', 'en')).toBe('falls on a Saturday');
  });
});
