import { describe, expect, it } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import { migrateDraft } from '@/lib/drafts/migrations';
import { reasonIn } from '@/lib/drafts/quarantine';
import { V1_FIXTURE } from './fixtures';

describe('migration 002: the key, the period and the times are checked', () => {
  it('recomputes the id from form, period and unit and writes the time as an ISO instant', () => {
    const result = migrateDraft(V1_FIXTURE);
    if (!result.ok) throw new Error(reasonIn(result.reason, 'vi'));
    expect(result.draft).toEqual({
      ...V1_FIXTURE,
      // Then 003 records the columns (tested there).
      schema: 3,
      formVersion: 'II.06a/VPCP/KSTT@01/2020',
      columns: expect.any(Object),
      id: draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong'),
      savedAt: '2025-03-01T02:00:00.000Z',
    });
  });

  it.each([
    ['a period the save path refuses', { period: '15/12/2024 – 14/3/2025' }, /period: kỳ phải có dạng/],
    ['a period with a day that does not exist', { period: '2025-02-30/2025-03-14' }, /ngày không có thật/],
    ['a time that is not one', { savedAt: 'zzz' }, /savedAt: thời điểm phải theo ISO 8601/],
    ['a time without its offset', { savedAt: '2025-03-01T09:00:00' }, /savedAt/],
    ['no form code', { form: '' }, /form: thiếu mã biểu mẫu/],
    ['rows that are not a list', { rows: 'none' }, /rows/],
  ])('refuses %s, with the reason in Vietnamese', (_, change, reason) => {
    const result = migrateDraft({ ...V1_FIXTURE, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && reasonIn(result.reason, 'vi')).toMatch(reason);
  });

  it('says what is wrong with a field zod checks by type, in either language', () => {
    const result = migrateDraft({ ...V1_FIXTURE, name: 5 });
    expect(!result.ok && reasonIn(result.reason, 'vi')).toBe('trường name: đầu vào không hợp lệ, cần string');
    expect(!result.ok && reasonIn(result.reason, 'en')).toBe('field name: invalid input, expected string');
  });

  it.each([
    [{ period: '15/12/2024 – 14/3/2025' }, 'field period: the period must read YYYY-MM-DD/YYYY-MM-DD'],
    [{ period: '2025-02-30/2025-03-14' }, 'field period: the period has a day that does not exist'],
    [{ savedAt: 'zzz' }, 'field savedAt: the time must be ISO 8601, for example 2025-03-14T08:00:00.000Z'],
    [{ form: '' }, 'field form: the form code is missing'],
  ])('says the check that refused %o in English too', (change, english) => {
    const result = migrateDraft({ ...V1_FIXTURE, ...change });
    expect(!result.ok && reasonIn(result.reason, 'en')).toBe(english);
  });
});
