import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftRow } from '@/lib/drafts/schema';
import { II_01_DC } from '@/lib/forms/definitions/ii-01-dc';
import type { PageInfo } from '@/lib/page-info';
import type { RuleContext } from '@/lib/rules/context';
import { runFamily } from '@/lib/rules/engine';
import { findingWords } from '@/lib/rules/finding-words';
import { structureFinding } from '@/lib/rules/structure';
import { labelKey } from '@/lib/text';
import { consistentRow, ii06Def, ii06Table, seen, table } from './build';

/** The page's dates and period, as the panel lists them (the date family before the period family). */
const periodFindings = (model: null, def: null, ctx: RuleContext) => [
  ...runFamily('date', model, def, ctx),
  ...runFamily('period', model, def, ctx),
];

function draft(
  rows: { label: string; group?: string; values: Record<string, string> }[],
  unit = 'Xã A',
): Draft {
  return {
    schema: DRAFT_SCHEMA_VERSION,
    id: `II.06a/VPCP/KSTT|2024-09-15/2024-12-14|${unit}`,
    form: 'II.06a/VPCP/KSTT',
    period: '2024-09-15/2024-12-14',
    unit,
    name: '',
    savedAt: '2024-12-16T08:00:00Z',
    revision: 1,
    rows: rows.map(
      (r): DraftRow => ({
        label: r.label,
        key: labelKey(r.label),
        kind: 'data',
        values: r.values,
        ...(r.group ? { group: r.group } : {}),
      }),
    ),
  };
}

describe('carry-over (R7)', () => {
  const previous = draft([
    { label: 'Hộ tịch', values: { '11': '12' } },
    { label: 'Chứng thực', values: { '11': '1.234' } },
    { label: 'Đất đai', values: { '11': '' } },
  ]);
  test('column 6 against the previous period column 11, per field, matched by label in any case or NFD', () => {
    const model = ii06Table([
      consistentRow('HỘ TỊCH'.normalize('NFD'), [1, 1, 10, 12, 0, 0, 0, 0]),
      consistentRow('Chứng thực', [0, 0, 1234, 1234, 0, 0, 0, 0]),
      consistentRow('Đất đai', [1, 0, 3, 4, 0, 0, 0, 0]),
      consistentRow('Lĩnh vực khác', [1, 0, 5, 6, 0, 0, 0, 0]),
    ]);
    const found = runFamily('carry-over', model, ii06Def(), { previous });
    expect(seen(model, found)).toEqual([
      { rule: 'carry-over', severity: 'warning', row: 'HỘ TỊCH'.normalize('NFD'), col: 6 },
      { rule: 'carry-over', severity: 'warning', row: 'Đất đai', col: 6 },
    ]);
    expect(found[0].detail).toMatchObject({ expected: 12, actual: 10 });
    // The page's own figure only: the previous draft's 12 waits in detail.quoted for the user's click.
    expect(found[0].message).toContain('ghi 10');
    expect(`${found[0].message} ${findingWords(found[0].text, 'en')}`).not.toContain('12');
    expect(found[0].detail?.quoted?.message).toContain('kỳ trước còn 12 hồ sơ đang giải quyết (11)');
  });
  test('no previous draft, or a row not filled yet: nothing', () => {
    const model = ii06Table([['Hộ tịch']]);
    expect(runFamily('carry-over', model, ii06Def(), { previous })).toEqual([]);
    expect(
      runFamily('carry-over', ii06Table([consistentRow('Hộ tịch', [1, 1, 1, 1, 1, 1, 0, 0])]), ii06Def(), {}),
    ).toEqual([]);
  });
});

describe('aggregate (A1)', () => {
  const def = ii06Def(true);
  const xaA = draft([{ label: 'Hộ tịch', values: { '3': '10', '4': '6', '5': '4' } }], 'Xã A');
  const xaB = draft(
    [
      { label: 'Hộ tịch', values: { '3': '5', '4': '5' } },
      { label: 'Chứng thực', values: { '3': '2', '5': '2' } },
    ],
    'Xã B',
  );
  const lower = [
    { draft: xaA, group: 'xa' },
    { draft: xaB, group: 'Xã, phường, thị trấn' },
  ];
  test('each cell against the sum of the lower units in the same level group', () => {
    const model = ii06Table(
      [
        ['# Cấp huyện'],
        ['Hộ tịch', 1, 1],
        ['# Cấp xã'],
        ['Hộ tịch', 15, 10, 4],
        ['Chứng thực', 2, null, 2],
        ['Tổng cộng'],
      ],
      true,
    );
    const found = runFamily('aggregate', model, def, { lower });
    expect(seen(model, found)).toEqual([{ rule: 'aggregate', severity: 'error', row: 'Hộ tịch', col: 4 }]);
    expect(found[0]).toMatchObject({
      row: 3,
      detail: { expected: 11, actual: 10 },
      fix: { row: 3, col: 4, value: 11 },
    });
    expect(`${found[0].message} ${findingWords(found[0].text, 'en')}`).not.toMatch(/11|\b2\b/);
    expect(found[0].detail?.quoted?.message).toContain(
      'Cộng 2 báo cáo II.06a của đơn vị cấp dưới đang có là 11',
    );
  });
  test('a field reported below but missing in the aggregate is reported on its group heading', () => {
    const model = ii06Table([['# Xã, phường, thị trấn'], ['Hộ tịch', 15, 11, 4]], true);
    const found = runFamily('aggregate', model, def, { lower });
    expect(seen(model, found)).toEqual([
      { rule: 'aggregate', severity: 'error', row: 'Xã, phường, thị trấn', col: '' },
    ]);
    expect(`${found[0].message} ${findingWords(found[0].text, 'en')}`).not.toContain('Chứng thực');
    expect(found[0].detail?.quoted?.message).toContain('«Chứng thực»');
  });
  test('an II.06a, or no lower drafts: nothing', () => {
    const model = ii06Table([['Hộ tịch', 1]]);
    expect(runFamily('aggregate', model, ii06Def(), { lower })).toEqual([]);
    expect(runFamily('aggregate', model, def, {})).toEqual([]);
  });
});

describe('period and date', () => {
  const page = (over: Partial<PageInfo>): PageInfo => ({
    formCode: 'II.06a/VPCP/KSTT',
    unit: 'UBND xã A',
    periodLabel: 'Quý I năm 2025',
    period: { from: '2024-12-15', to: '2025-03-14' },
    badDates: [],
    workflow: 'luu-nhap',
    state: 'editable',
    ...over,
  });
  test('the official Q1 window: nothing', () => {
    expect(periodFindings(null, null, { page: page({}) })).toEqual([]);
  });
  test('dates that are not the official window for the named period: warning with the right dates', () => {
    const [f] = periodFindings(null, null, {
      page: page({ period: { from: '2025-01-01', to: '2025-03-31' } }),
    });
    expect(f).toMatchObject({ rule: 'period', severity: 'warning' });
    expect(f.row).toBeUndefined();
    expect(f.message).toContain('15/12/2024 – 14/3/2025');
  });
  test.each([
    ['Tháng 7/2019', { from: '2019-06-15', to: '2019-07-14' }],
    ['6 tháng đầu năm 2025', { from: '2024-12-15', to: '2025-06-14' }],
    ['9 tháng năm 2025', { from: '2024-12-15', to: '2025-09-14' }],
    ['Năm 2024', { from: '2023-12-15', to: '2024-12-14' }],
  ])('%s with its official window: nothing', (periodLabel, period) => {
    expect(periodFindings(null, null, { page: page({ periodLabel, period }) })).toEqual([]);
  });
  test('a dispatch in force overrides the default window', () => {
    const shown = { from: '2024-12-15', to: '2025-03-10' };
    const ctx = { expectedPeriod: { ...shown, source: 'dispatch' as const } };
    expect(periodFindings(null, null, { page: page({ period: shown }), ...ctx })).toEqual([]);
    const [f] = periodFindings(null, null, { page: page({}), ...ctx });
    expect(f.message).toContain('công văn đang áp dụng');
    expect(f.message).toContain('15/12/2024 – 10/3/2025');
  });
  test('an impossible date and an end before the start are errors', () => {
    const found = periodFindings(null, null, {
      page: page({ badDates: ['31/02/2025'], period: { from: '2025-03-14', to: '2024-12-15' } }),
    });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['date', 'error'],
      ['date', 'error'],
    ]);
    expect(found[0].message).toContain('không có ngày 31');
  });
});

describe('satisfaction', () => {
  const text = (a: string, b: string, c: string, total: string) =>
    `Tổng số lượt đánh giá: ${total} lượt, trong đó: Rất hài lòng: ${a}; Hài lòng (hoặc bình thường): ${b}; Chưa hài lòng (hoặc không hài lòng/rất tệ): ${c}.`;
  test('counts that add up, with percentages on their sum: nothing', () => {
    expect(
      runFamily('satisfaction', null, null, {
        outlineText: text('1.600 (80%)', '300 (15%)', '100 (5%)', '2.000'),
      }),
    ).toEqual([]);
  });
  test('a total that is not the sum: error with the sum', () => {
    const [f, ...rest] = runFamily('satisfaction', null, null, {
      outlineText: text('1.600', '300', '100', '2.100'),
    });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'satisfaction',
      severity: 'error',
      detail: { expected: 2000, actual: 2100 },
    });
    expect(f.message).toContain('phải là 2.000');
  });
  test('a percentage not computed on the sum: warning with the right one', () => {
    const [f] = runFamily('satisfaction', null, null, {
      outlineText: text('1.600 (75%)', '300 (15%)', '100 (5%)', '2.000'),
    });
    expect(f).toMatchObject({ severity: 'warning', detail: { expected: 80, actual: 75 } });
  });
  test('in a small generic table: counts per row', () => {
    const leaf = (label: string, start: number) => ({ label, start, span: 1, children: [] });
    const model = table({
      headers: [leaf('STT', 0), leaf('Mức độ hài lòng', 1), leaf('Số lượt', 2)],
      rows: [
        ['Rất hài lòng', 10],
        ['Hài lòng (hoặc bình thường)', '2,5'],
        ['Chưa hài lòng', 1],
        ['Tổng số lượt đánh giá', 14],
      ],
    });
    model.rows[3].kind = 'data';
    expect(
      seen(model, runFamily('satisfaction', model, null, {})).map((f) => `${f.row}|${f.col}|${f.severity}`),
    ).toEqual(['Hài lòng (hoặc bình thường)|3|error', 'Tổng số lượt đánh giá|3|error']);
  });
});

describe('outline-mismatch', () => {
  const outline =
    'Tổng số hồ sơ tiếp nhận giải quyết là 2.099 hồ sơ, trong đó tiếp nhận trực tuyến 300 hồ sơ. Số hồ sơ đã giải quyết: 1.501 hồ sơ. Số hồ sơ đang giải quyết: 560 hồ sơ.';
  test('outline figures against the II.06a totals: the one that differs', () => {
    const found = runFamily('outline-mismatch', null, II_01_DC, {
      outlineText: outline,
      ii06Totals: { '3': 2099, '4': 300, '7': 1501, '11': 562 },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'outline-mismatch',
      severity: 'warning',
      detail: { expected: 562, actual: 560 },
    });
    expect(found[0].message).toContain('560 hồ sơ đang giải quyết');
  });
  test('on an II.06a page, its own total row is the reference', () => {
    const model = ii06Table([
      ['Hộ tịch', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6],
      ['Tổng số', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6],
    ]);
    expect(
      runFamily('outline-mismatch', model, ii06Def(), { outlineText: outline }).map((f) => f.detail),
    ).toEqual([{ expected: 562, actual: 560 }]);
  });
});

describe('structure', () => {
  test('a reason becomes a form-level warning', () => {
    const f = structureFinding({ vi: 'thiếu cột (13) Quá hạn', en: 'column (13) is missing' });
    expect(f).toMatchObject({ rule: 'structure', severity: 'warning' });
    expect(f.message).toBe('Cấu trúc biểu khác mẫu: thiếu cột (13) Quá hạn. Chỉ áp dụng các kiểm tra chung.');
  });
});
