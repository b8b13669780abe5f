import { describe, expect, it } from 'vitest';
import { itemsFor, type PeriodSchedule, scheduleFor } from '@/lib/periods/schedule';

const levelsDue = (s: PeriodSchedule | null) =>
  Object.fromEntries((s?.items ?? []).map((i) => [i.level, i.due]));

describe('built-in quarterly KSTT schedule', () => {
  it('holds the dispatch of quarter I/2025 as known dates', () => {
    const q1 = scheduleFor('2025-Q1')!;
    expect(q1.estimated).toBe(false);
    expect(levelsDue(q1)).toEqual({
      xa: '2025-03-17',
      'huyen-phong': '2025-03-17',
      'huyen-vp': '2025-03-19',
      so: '2025-03-19',
    });
    expect(itemsFor(q1, 'huyen-vp')[0].forms).toEqual([
      'II.05/VPCP/KSTT',
      'II.06/VPCP/KSTT',
      'II.01-ĐC/VPCP/KSTT',
    ]);
  });

  it('estimates later quarters from the first and third working day after the cut-off', () => {
    const q2 = scheduleFor('2025-Q2')!;
    expect(q2.estimated).toBe(true);
    // 14/6/2025 is a Saturday.
    expect(levelsDue(q2)).toEqual({
      xa: '2025-06-16',
      'huyen-phong': '2025-06-16',
      'huyen-vp': '2025-06-18',
      so: '2025-06-18',
    });
  });

  it('drops the district levels from periods after 1/7/2025', () => {
    expect(levelsDue(scheduleFor('2025-Q3'))).toEqual({ xa: '2025-09-15', so: '2025-09-17' });
    expect(levelsDue(scheduleFor('2026-Q1'))).toEqual({ xa: '2026-03-16', so: '2026-03-18' });
  });

  it('lets an applied dispatch win over the estimate, for any kind of period', () => {
    const applied: PeriodSchedule = {
      regime: 'kstt',
      period: '2025-Q3',
      items: [
        { level: 'xa', forms: ['II.06a/VPCP/KSTT'], from: '2025-06-15', to: '2025-09-14', due: '2025-09-16' },
      ],
      estimated: false,
      source: 'dispatch',
    };
    expect(scheduleFor('2025-Q3', { '2025-Q3': applied })).toBe(applied);
    expect(scheduleFor('2025-H1')).toBeNull();
  });
});
