import { describe, expect, it } from 'vitest';
import {
  nextPeriod,
  periodContaining,
  periodFromLabel,
  periodLabel,
  periodOf,
  periodOfWindow,
  previousPeriod,
  windowOf,
} from '@/lib/periods/windows';

describe('cut-off windows (Nghị định 09/2019 Art. 12)', () => {
  it.each([
    ['2025-Q1', '2024-12-15', '2025-03-14'],
    ['2025-Q2', '2025-03-15', '2025-06-14'],
    ['2025-Q3', '2025-06-15', '2025-09-14'],
    ['2025-Q4', '2025-09-15', '2025-12-14'],
    ['2025-H1', '2024-12-15', '2025-06-14'],
    ['2025-H2', '2025-06-15', '2025-12-14'],
    ['2025-9M', '2024-12-15', '2025-09-14'],
    ['2025-Y', '2024-12-15', '2025-12-14'],
    ['2025-M01', '2024-12-15', '2025-01-14'],
    ['2025-M07', '2025-06-15', '2025-07-14'],
    ['2026-M01', '2025-12-15', '2026-01-14'],
    ['2028-M03', '2028-02-15', '2028-03-14'],
    ['2028-M02', '2028-01-15', '2028-02-14'],
  ])('%s runs from %s to %s', (id, from, to) => {
    expect(windowOf(id)).toEqual({ from, to });
    expect(periodOfWindow({ from, to })).toBe(id);
  });

  it('puts 29 February of a leap year in the March window', () => {
    expect(periodContaining('M', '2028-02-29')).toBe('2028-M03');
    expect(periodContaining('M', '2028-02-14')).toBe('2028-M02');
    expect(periodContaining('M', '2028-02-15')).toBe('2028-M03');
  });

  it('places dates after 15 December in the next year', () => {
    expect(periodContaining('Q', '2025-12-15')).toBe('2026-Q1');
    expect(periodContaining('Q', '2025-12-14')).toBe('2025-Q4');
    expect(periodContaining('Y', '2025-12-20')).toBe('2026-Y');
    expect(periodContaining('H', '2025-06-15')).toBe('2025-H2');
    expect(periodContaining('9M', '2025-10-01')).toBe('2026-9M');
    expect(periodContaining('M', '2024-12-31')).toBe('2025-M01');
  });

  it('steps to the next and previous period across years', () => {
    expect(nextPeriod('2025-Q4')).toBe('2026-Q1');
    expect(previousPeriod('2025-Q1')).toBe('2024-Q4');
    expect(nextPeriod('2025-M12')).toBe('2026-M01');
    expect(nextPeriod('2025-H2')).toBe('2026-H1');
    expect(nextPeriod('2025-Y')).toBe('2026-Y');
  });

  it('refuses unknown ids and non-standard windows', () => {
    expect(windowOf('2025-Q5')).toBeNull();
    expect(periodOfWindow({ from: '2025-01-01', to: '2025-03-31' })).toBeNull();
  });
});

describe('labels', () => {
  it.each([
    ['2025-Q1', 'Quý I/2025', 'Q1 2025'],
    ['2025-Q4', 'Quý IV/2025', 'Q4 2025'],
    ['2025-H1', '6 tháng đầu năm 2025', 'First half of 2025'],
    ['2025-H2', '6 tháng cuối năm 2025', 'Second half of 2025'],
    ['2025-M07', 'Tháng 7/2025', 'July 2025'],
    ['2025-9M', '9 tháng năm 2025', 'First nine months of 2025'],
    ['2025-Y', 'Năm 2025', 'Year 2025'],
  ])('%s reads "%s"', (id, vi, en) => {
    expect(periodLabel(id)).toBe(vi);
    expect(periodLabel(id, 'en')).toBe(en);
    expect(periodFromLabel(vi)).toBe(id);
  });

  it.each([
    ['Quý I năm 2025', '2025-Q1'],
    ['quý 1/2025', '2025-Q1'],
    ['QUÝ III - 2024', '2024-Q3'],
    ['Kỳ báo cáo: Quý II năm 2025'.normalize('NFD'), '2025-Q2'],
    ['6 tháng năm 2025', '2025-H1'],
    ['Tháng 07 năm 2025', '2025-M07'],
    ['9 tháng đầu năm 2026', '2026-9M'],
    ['Báo cáo năm 2024', '2024-Y'],
    ['Danh sách báo cáo', null],
    ['Quý V/2025', null],
  ])('reads the page text "%s" as %s', (text, id) => {
    expect(periodFromLabel(text)).toBe(id);
  });

  it('trusts standard dates over the label, and the label when dates are not standard', () => {
    expect(periodOf('Quý II năm 2025', { from: '2024-12-15', to: '2025-03-14' })).toBe('2025-Q1');
    expect(periodOf('Quý II năm 2025', { from: '2025-04-01', to: '2025-06-30' })).toBe('2025-Q2');
    expect(periodOf('', null)).toBeNull();
  });
});
