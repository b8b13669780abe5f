import { describe, expect, it } from 'vitest';
import { daysInMonth, findDates, formatDateVi, parseDate } from '@/lib/dates';
import { rulesMessages } from '@/lib/i18n/messages/rules';
import { textIn } from '@/lib/i18n/translator';

describe('parseDate reads the ways Vietnamese documents write a date', () => {
  it.each([
    ['14/3/2025', '2025-03-14'],
    ['14/03/2025', '2025-03-14'],
    ['4/3/2025', '2025-03-04'],
    ['01/07/2025', '2025-07-01'],
    ['14-03-2025', '2025-03-14'],
    ['14.03.2025', '2025-03-14'],
    ['14 / 3 / 2025', '2025-03-14'],
    ['  15/12/2024 ', '2024-12-15'],
    ['ngày 14 tháng 3 năm 2025', '2025-03-14'],
    ['Ngày 14 tháng 03 năm 2025', '2025-03-14'],
    ['ngày  14   tháng 3  năm   2025', '2025-03-14'],
    ['ngày 14 tháng 3 năm 2025'.normalize('NFD'), '2025-03-14'],
    ['ngày 29 tháng 2 năm 2024', '2024-02-29'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2025', '2025-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31/02/2025', 'không có ngày 31'],
    ['29/02/2025', 'không có ngày 29'],
    ['31/04/2025', 'không có ngày 31'],
    ['0/3/2025', 'không có ngày 0'],
    ['14/13/2025', 'không có tháng 13'],
    ['14/0/2025', 'không có tháng 0'],
    ['ngày 30 tháng 2 năm 2025', 'không có ngày 30'],
    ['14/3/1025', 'năm 1025'],
  ])('%j is an impossible date', (text, why) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(textIn(rulesMessages, 'vi', result.reason)).toContain(why);
  });

  it.each([
    '',
    '14/3',
    '14/3/25',
    '14/3-2025',
    'Quý I năm 2025',
    '37/2020/QĐ-UBND',
    '14/3/2025 và 15/3/2025',
  ])('%j is not one date', (text) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(textIn(rulesMessages, 'en', result.reason)).toContain('not a date');
  });
});

describe('findDates', () => {
  it('finds every date of a period line with its position', () => {
    const text = '(Từ ngày 15/12/2024 đến ngày 14/3/2025)';
    const dates = findDates(text);
    expect(dates.map((d) => d.iso)).toEqual(['2024-12-15', '2025-03-14']);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.raw);
    expect(dates.map((d) => d.raw)).toEqual(['15/12/2024', '14/3/2025']);
  });

  it('keeps impossible dates, marked with the reason', () => {
    const [date] = findDates('Từ ngày 31/02/2025');
    expect(date).toMatchObject({ raw: '31/02/2025', iso: null });
    expect(textIn(rulesMessages, 'vi', date.reason!)).toContain('tháng 2/2025');
    expect(textIn(rulesMessages, 'en', date.reason!)).toBe('2/2025 has no day 31 (only 28 days)');
  });

  it('reports positions in the original text when it arrives in NFD', () => {
    const text = 'Hạn chót: ngày 19 tháng 3 năm 2025, sau đó 20/3/2025'.normalize('NFD');
    const dates = findDates(text);
    expect(dates.map((d) => d.iso)).toEqual(['2025-03-19', '2025-03-20']);
    expect(dates[0].raw).toBe('ngày 19 tháng 3 năm 2025'.normalize('NFD'));
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.raw);
  });

  it('reads a date written in words once, not again as digits', () => {
    expect(findDates('ngày 14 tháng 3 năm 2025')).toHaveLength(1);
  });

  it('ignores document numbers, blank template dates and decimals', () => {
    expect(
      findDates('Quyết định số 37/2020/QĐ-UBND; Quảng Ngãi, ngày tháng 3 năm 2025; quý I/2025; 1.234,5'),
    ).toEqual([]);
  });

  it('reads both ends of a range written without spaces', () => {
    expect(findDates('15/12/2024-14/3/2025').map((d) => d.iso)).toEqual(['2024-12-15', '2025-03-14']);
  });

  it('finds the dates of the real dispatch', () => {
    const text =
      'Thời hạn chốt số liệu: **Tính từ ngày 15/12/2024 đến ngày 14/3/2025.** Chậm nhất vào **ngày 19/3/2025**.';
    expect(findDates(text).map((d) => d.iso)).toEqual(['2024-12-15', '2025-03-14', '2025-03-19']);
  });
});

describe('formatDateVi and daysInMonth', () => {
  it('writes dates as dispatches do', () => {
    expect(formatDateVi('2025-03-14')).toBe('14/3/2025');
    expect(formatDateVi('2024-12-15')).toBe('15/12/2024');
    expect(formatDateVi('not a date')).toBe('not a date');
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});
