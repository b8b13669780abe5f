import { describe, expect, it } from 'vitest';
import { draftColumns, periodLabel, savedAtLabel } from '@/lib/drafts/labels';

describe('draft labels', () => {
  it('writes a period as Vietnamese documents do', () => {
    expect(periodLabel('2024-12-15/2025-03-14')).toBe('15/12/2024 – 14/3/2025');
    expect(periodLabel('quý I')).toBe('quý I');
  });

  it('shows the save time in Vietnam time', () => {
    expect(savedAtLabel('2025-03-10T17:05:00.000Z')).toBe('00:05, 11/3/2025');
  });

  it('orders a draft’s columns by number', () => {
    expect(draftColumns([{ values: { '10': '1', '3': '2' } }, { values: { '4': '0' } }])).toEqual([
      '3',
      '4',
      '10',
    ]);
  });
});
