import { describe, expect, it } from 'vitest';
import { parseDispatch } from '@/lib/periods/dispatch';
import { daysText, dueReports, nextDeadline, urgentCount } from '@/lib/periods/due';
import type { AppliedDispatches } from '@/lib/periods/schedule';

const commune = { level: 'xa' as const, unit: 'UBND xã Hòa Bình' };
const department = { level: 'so' as const, unit: 'Sở Tư pháp' };
const pick = (r: ReturnType<typeof dueReports>) => r.map(({ form, due, status }) => [form, due, status]);

describe('reports due for a unit', () => {
  it('on 16/3/2025 a commune has II.05a, II.06a and II.01-ĐC due tomorrow', () => {
    const reports = dueReports(commune, {}, '2025-03-16');
    expect(pick(reports)).toEqual([
      ['II.05a/VPCP/KSTT', '2025-03-17', 'due-soon'],
      ['II.06a/VPCP/KSTT', '2025-03-17', 'due-soon'],
      ['II.01-ĐC/VPCP/KSTT', '2025-03-17', 'due-soon'],
    ]);
    expect(reports.every((r) => r.period === '2025-Q1' && !r.estimated)).toBe(true);
    expect(daysText(reports[0].daysLeft)).toBe('Còn 1 ngày');
    expect(urgentCount(reports)).toBe(3);
  });

  it('on 16/3/2025 a department sees 19/3', () => {
    const reports = dueReports(department, {}, '2025-03-16');
    expect(reports.map((r) => r.due)).toEqual(['2025-03-19', '2025-03-19', '2025-03-19']);
    expect(reports[0].status).toBe('due-soon');
  });

  it('says today, then overdue, and stops listing long-overdue reports', () => {
    expect(dueReports(commune, {}, '2025-03-17')[0].status).toBe('due-today');
    const late = dueReports(commune, {}, '2025-03-19');
    expect(late[0].status).toBe('overdue');
    expect(daysText(late[0].daysLeft)).toBe('Quá hạn 2 ngày');
    expect(daysText(0)).toBe('Hôm nay');
    expect(dueReports(commune, {}, '2025-05-10')).toEqual([]);
  });

  it('lists a period from two weeks before its cut-off, as upcoming', () => {
    expect(dueReports(commune, {}, '2025-02-27')).toEqual([]);
    const early = dueReports(commune, {}, '2025-02-28');
    expect(early[0].status).toBe('upcoming');
    expect(urgentCount(early)).toBe(0);
  });

  it('shows estimated dates until the dispatch of that quarter is applied', () => {
    expect(dueReports(commune, {}, '2025-09-12')[0]).toMatchObject({ due: '2025-09-15', estimated: true });
    const parsed = parseDispatch(
      'Thời hạn chốt số liệu từ ngày 15/6/2025 đến ngày 14/9/2025.\nUBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 18/9/2025.',
    );
    const applied: AppliedDispatches = {
      '2025-Q3': {
        regime: 'kstt',
        period: '2025-Q3',
        items: parsed.items,
        estimated: false,
        source: 'dispatch',
      },
    };
    expect(pick(dueReports(commune, applied, '2025-09-12'))).toEqual([
      ['II.06a/VPCP/KSTT', '2025-09-18', 'upcoming'],
    ]);
  });

  it('gives nothing to district levels after the two-tier reform, and tells when the next one is', () => {
    expect(dueReports({ level: 'huyen-vp', unit: '' }, {}, '2025-09-12')).toEqual([]);
    expect(nextDeadline('huyen-vp', {}, '2025-09-12')).toBeNull();
    expect(nextDeadline('xa', {}, '2025-04-10')).toEqual({
      period: '2025-Q2',
      due: '2025-06-16',
      estimated: true,
    });
  });

  it('tells which reports have a draft, and which drafts had findings', () => {
    const drafts = [
      { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Hòa Bình' },
      {
        form: 'II.05a/VPCP/KSTT',
        period: '2024-12-15/2025-03-14',
        unit: 'UBND xã Hòa Bình',
        findings: { errors: 2, warnings: 0 },
      },
      { form: 'II.01-ĐC/VPCP/KSTT', period: '2024-09-15/2024-12-14', unit: 'UBND xã Hòa Bình' },
    ];
    const byForm = Object.fromEntries(
      dueReports(commune, {}, '2025-03-16', drafts).map((r) => [r.form, r.draft]),
    );
    expect(byForm).toEqual({
      'II.05a/VPCP/KSTT': 'findings',
      'II.06a/VPCP/KSTT': 'saved',
      'II.01-ĐC/VPCP/KSTT': 'none',
    });
  });

  it('lists nothing before a level is chosen', () => {
    expect(dueReports({ level: null, unit: '' }, {}, '2025-03-16')).toEqual([]);
  });
});
