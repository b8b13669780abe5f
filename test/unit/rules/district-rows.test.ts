import { describe, expect, test } from 'vitest';
import type { RuleContext } from '@/lib/rules/context';
import { checkAll, recheck, runFamily } from '@/lib/rules/engine';
import { neededContext } from '@/lib/rules/families';
import { findingWords } from '@/lib/rules/finding-words';
import { consistentRow, ii06Def, ii06Table, seen } from './build';

// district-rows: an II.06 for a period begun after districts were abolished (1/7/2025) has figures
// under its district heading.

const Q4_2025: RuleContext = {
  officialWindow: { from: '2025-09-15', to: '2025-12-14' },
  page: {
    formCode: 'II.06/VPCP/KSTT',
    unit: 'Trung tâm Phục vụ hành chính công tỉnh',
    periodLabel: 'Quý IV năm 2025',
    period: { from: '2025-09-15', to: '2025-12-14' },
    badDates: [],
    workflow: 'luu-nhap',
    state: 'editable',
  },
};
const Q3_2025: RuleContext = { officialWindow: { from: '2025-06-15', to: '2025-09-14' } };

function ii06(district: number[], heading = '# Cấp huyện') {
  return ii06Table(
    [
      ['# Cấp tỉnh'],
      consistentRow('Hộ tịch', [1, 1, 0, 2, 0, 0, 0, 0]),
      [heading],
      consistentRow('Đất đai', district),
      consistentRow('Xây dựng', [0, 0, 0, 0, 0, 0, 0, 0]),
      ['# Cấp xã'],
      consistentRow('Chứng thực', [4, 0, 0, 4, 0, 0, 0, 0]),
    ],
    true,
  );
}

describe('district-rows', () => {
  test('warns once, on the district heading, when a field under it holds figures in Q4/2025', () => {
    const model = ii06([3, 0, 0, 3, 0, 0, 0, 0]);
    const found = runFamily('district-rows', model, ii06Def(true), Q4_2025);
    expect(seen(model, found)).toEqual([
      { rule: 'district-rows', severity: 'warning', row: 'Cấp huyện', col: 2 },
    ]);
    expect(found[0].message).toBe(
      'Nhóm «Cấp huyện» có số liệu ở 1 dòng, nhưng từ 1/7/2025 không còn cấp huyện: kỳ này (Quý IV năm 2025) chỉ báo cáo cấp tỉnh và cấp xã — chuyển các lĩnh vực này sang nhóm của cơ quan nay giải quyết.',
    );
    expect(findingWords(found[0].text, 'en')).toContain('there is no district level from 1/7/2025');
    expect(found[0].fix).toBeUndefined();
  });

  test('knows the heading in its other wordings and with its outline mark', () => {
    const model = ii06([1, 0, 0, 1, 0, 0, 0, 0], '# II. Huyện, thị xã, thành phố');
    expect(runFamily('district-rows', model, ii06Def(true), Q4_2025)).toHaveLength(1);
  });

  test('says nothing for a period begun before 1/7/2025, or district rows left at 0', () => {
    const filled = ii06([3, 0, 0, 3, 0, 0, 0, 0]);
    expect(runFamily('district-rows', filled, ii06Def(true), Q3_2025)).toEqual([]);
    expect(runFamily('district-rows', filled, ii06Def(true), {})).toEqual([]);
    expect(runFamily('district-rows', ii06([0, 0, 0, 0, 0, 0, 0, 0]), ii06Def(true), Q4_2025)).toEqual([]);
  });

  test('applies to forms with a district level group only: not to an II.06a', () => {
    const model = ii06([3, 0, 0, 3, 0, 0, 0, 0]);
    expect(runFamily('district-rows', model, ii06Def(false), Q4_2025)).toEqual([]);
    expect(runFamily('district-rows', model, null, Q4_2025)).toEqual([]);
  });

  test('goes away on re-check once the figures are moved out of the district group', () => {
    const model = ii06([3, 0, 0, 3, 0, 0, 0, 0]);
    const before = checkAll(model, ii06Def(true), Q4_2025);
    expect(before.filter((f) => f.rule === 'district-rows')).toHaveLength(1);
    const row = model.rows.findIndex((r) => r.label === 'Đất đai');
    for (const p of [2, 3, 6, 7])
      model.rows[row].cells[p] = { raw: '0', value: 0, parse: 'number', editable: true };
    const after = recheck(model, ii06Def(true), Q4_2025, before, { row, col: 3 });
    expect(after.filter((f) => f.rule === 'district-rows')).toEqual([]);
    expect(after).toEqual(checkAll(model, ii06Def(true), Q4_2025));
  });

  test('the page gathers the window it reads on an II.06', () => {
    expect(neededContext(ii06Def(true)).has('officialWindow')).toBe(true);
  });
});
