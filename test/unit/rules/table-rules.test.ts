import { describe, expect, test } from 'vitest';
import { runFamily } from '@/lib/rules/engine';
import { findingWords } from '@/lib/rules/finding-words';
import { consistentRow, ii06Def, ii06Headers, ii06Table, seen, table } from './build';

const def = ii06Def();
const ctx = {};

// Published provincial figures (domain.md §3), completed into full consistent rows.
const langSon = ['Lạng Sơn 7/2019', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6] as const;
const dakGlong = consistentRow('Đắk Glong 2020', [12000, 46000, 1010, 50000, 7000, 689, 1300, 21]);
const caoBang = consistentRow('Cao Bằng Q2/2018', [30000, 64000, 2291, 80000, 14000, 64, 2193, 34]);

describe('published figures', () => {
  test('Lạng Sơn 7/2019: a balance warning with gap 36, no sum error', () => {
    const model = ii06Table([[...langSon]]);
    expect(runFamily('sum', model, def, ctx)).toEqual([]);
    const [finding, ...rest] = runFamily('balance', model, def, ctx);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'balance', severity: 'warning', row: 0, col: 3 });
    expect(finding.detail).toEqual({ expected: 2063, actual: 2099, gap: 36 });
    expect(finding.message).toContain('chênh 36 hồ sơ — kiểm tra hồ sơ trả lại, xin rút');
    expect(finding.message).toContain('2.099');
    expect(finding.fix).toBeUndefined();
  });

  test.each([
    ['Đắk Glong 2020', dakGlong],
    ['Cao Bằng Q2/2018', caoBang],
  ])('%s: no findings', (_, row) => {
    const model = ii06Table([row]);
    expect(row.slice(1)).toContain(row[0].startsWith('Đắk') ? 59010 : 96291);
    for (const rule of ['sum', 'balance', 'number', 'total-row'] as const)
      expect(runFamily(rule, model, def, ctx)).toEqual([]);
  });
});

describe('sum (R1–R3)', () => {
  const cases: {
    name: string;
    cells: (number | string | null)[];
    expected: { col: number; expected: number; actual?: number; fix?: number }[];
  }[] = [
    { name: 'clean row', cells: [10, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0], expected: [] },
    {
      name: 'R1 broken',
      cells: [11, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0],
      expected: [{ col: 3, expected: 10, actual: 11, fix: 10 }],
    },
    {
      name: 'R2 broken',
      cells: [10, 4, 5, 1, 9, 2, 5, 1, 2, 2, 0],
      expected: [{ col: 7, expected: 8, actual: 9, fix: 8 }],
    },
    {
      name: 'R3 broken',
      cells: [10, 4, 5, 1, 8, 2, 5, 1, 3, 2, 0],
      expected: [{ col: 11, expected: 2, actual: 3, fix: 2 }],
    },
    {
      name: 'Vietnamese notation',
      cells: ['1.501', 1000, 500, 1, '1.501', 399, '1.093', 9, null, null, null],
      expected: [],
    },
    {
      name: 'empty parts count as 0, no fix offered',
      cells: [10, 4, null, null, null, null, null, null, null, null, null],
      expected: [{ col: 3, expected: 4, actual: 10 }],
    },
    {
      name: 'empty total with parts',
      cells: [null, 4, 5, 1, null, null, null, null, null, null, null],
      expected: [{ col: 3, expected: 10, fix: 10 }],
    },
    { name: 'empty row', cells: [], expected: [] },
    { name: 'unreadable part: left to the number rule', cells: [10, '4x', 5, 1], expected: [] },
  ];
  test.each(cases)('$name', ({ cells, expected }) => {
    const model = ii06Table([['Hộ tịch', ...cells]]);
    const found = runFamily('sum', model, def, ctx);
    expect(found.map((f) => ({ col: f.col, ...f.detail, ...(f.fix ? { fix: f.fix.value } : {}) }))).toEqual(
      expected,
    );
    for (const f of found) {
      expect(f).toMatchObject({ rule: 'sum', severity: 'error', row: 0 });
      expect(f.message).toMatch(/phải là/);
    }
  });

  test('message names the columns and the expected value in Vietnamese notation', () => {
    const model = ii06Table([['Hộ tịch', 1234, 1000, 200, 0]]);
    const [f] = runFamily('sum', model, def, ctx);
    expect(f.message).toBe('Cột (3) ghi 1.234 nhưng (4) + (5) + (6) = 1.200: phải là 1.200.');
    expect(findingWords(f.text, 'en')).toContain('it should be 1.200');
  });

  test('total and subtotal rows are checked like data rows', () => {
    const model = ii06Table([consistentRow('Hộ tịch', [1, 2, 3, 4, 0, 0, 2, 0]), ['Tổng số', 7, 1, 2, 3]]);
    expect(seen(model, runFamily('sum', model, def, ctx))).toEqual([
      { rule: 'sum', severity: 'error', row: 'Tổng số', col: 3 },
    ]);
  });
});

describe('sum derived from the header of an unknown form', () => {
  const { headers } = ii06Headers();
  test('II.06a-shaped header without a definition: (3) = (4) + (5) + (6) from "Trong đó"', () => {
    const model = ii06Table([['Hộ tịch', 11, 4, 5, 1, 8, 2, 5, 1, 2, 2, 0]]);
    const found = runFamily('sum', model, null, ctx);
    expect(found.map((f) => [f.col, f.detail?.expected])).toEqual([[3, 10]]);
  });

  test('"Cộng" over "Chia ra" in a generic table', () => {
    const leaf = (label: string, start: number) => ({ label, start, span: 1, children: [] });
    const model = table({
      headers: [
        leaf('STT', 0),
        leaf('Nội dung', 1),
        {
          label: 'Số phản ánh, kiến nghị',
          start: 2,
          span: 3,
          children: [
            leaf('Cộng', 2),
            { label: 'Chia ra', start: 3, span: 2, children: [leaf('Qua Cổng', 3), leaf('Trực tiếp', 4)] },
          ],
        },
        leaf('Ghi chú', 5),
      ],
      rows: [
        ['Tiếp nhận', 7, 3, 4, 'đã xử lý'],
        ['Đã xử lý', 7, 3, 3, ''],
      ],
    });
    expect(seen(model, runFamily('sum', model, null, ctx))).toEqual([
      { rule: 'sum', severity: 'error', row: 'Đã xử lý', col: 3 },
    ]);
    expect(headers.length).toBe(5);
  });

  test('top-level "Tổng số" sums only the columns under "Trong đó", not STT', () => {
    const leaf = (label: string, start: number) => ({ label, start, span: 1, children: [] });
    const model = table({
      headers: [
        leaf('STT', 0),
        leaf('Đơn vị', 1),
        leaf('Tổng số', 2),
        { label: 'Trong đó', start: 3, span: 2, children: [leaf('Đúng hạn', 3), leaf('Quá hạn', 4)] },
      ],
      rows: [
        ['Xã A', 5, 2, 3],
        ['Xã B', 5, 2, 2],
      ],
    });
    expect(runFamily('sum', model, null, ctx).map((f) => [f.row, f.col, f.detail?.expected])).toEqual([
      [1, 3, 4],
    ]);
  });

  test('a known definition replaces the header-derived sums: one finding, not two', () => {
    const model = ii06Table([['Hộ tịch', 11, 4, 5, 1]]);
    expect(runFamily('sum', model, def, ctx)).toHaveLength(1);
  });
});

describe('balance (R4)', () => {
  test('more resolved and pending than received: warning with the surplus', () => {
    const model = ii06Table([consistentRow('Hộ tịch', [1, 1, 0, 2, 0, 0, 1, 0])]);
    const [f] = runFamily('balance', model, def, ctx);
    expect(f).toMatchObject({ severity: 'warning', col: 3, detail: { gap: -1 } });
    expect(f.message).toContain('thừa 1 hồ sơ');
  });
  test('empty pending counts as 0', () => {
    const model = ii06Table([['Hộ tịch', 5, 5, 0, 0, 5, 5, 0, 0, null, null, null]]);
    expect(runFamily('balance', model, def, ctx)).toEqual([]);
  });
});

describe('number (R5)', () => {
  test.each([
    ['1,234', 'không rõ là 1.234 hay 1,234'],
    ['12a', 'không đọc được là số'],
    ['-5', 'không thể âm'],
    ['12,5', 'phải là số nguyên'],
    ['1.23', 'không đọc được là số'],
  ])('%s in a count column is an error', (raw, text) => {
    const model = ii06Table([['Hộ tịch', null, raw]]);
    const found = runFamily('number', model, def, ctx);
    expect(seen(model, found)).toEqual([{ rule: 'number', severity: 'error', row: 'Hộ tịch', col: 4 }]);
    expect(found[0].message).toContain(text);
    expect(found[0].fix).toBeUndefined();
  });

  test.each(['1.234', '1 234', '1\u00a0234', '0', '', '-', ' 12 '])('%j is fine', (raw) => {
    expect(runFamily('number', ii06Table([['Hộ tịch', raw]]), def, ctx)).toEqual([]);
  });

  test('a generic table: text columns stay quiet, unreadable numbers are warnings', () => {
    const leaf = (label: string, start: number) => ({ label, start, span: 1, children: [] });
    const model = table({
      headers: [
        leaf('STT', 0),
        leaf('Nội dung', 1),
        leaf('Số lượng', 2),
        leaf('Tỷ lệ (%)', 3),
        leaf('Ghi chú', 4),
      ],
      rows: [
        ['A', '1,234', '12,5', 'đạt yêu cầu'],
        ['B', '-3', '1.2.3', ''],
      ],
    });
    expect(seen(model, runFamily('number', model, null, ctx))).toEqual([
      { rule: 'number', severity: 'warning', row: 'A', col: 3 },
      { rule: 'number', severity: 'warning', row: 'B', col: 4 },
    ]);
  });
});

describe('total-row (R6)', () => {
  const a = consistentRow('Hộ tịch', [10, 5, 1, 8, 2, 5, 1, 0]);
  const b = consistentRow('Chứng thực', [3, 0, 0, 3, 0, 0, 0, 0]);
  const sumOf = (label: string, ...rows: (typeof a)[]) =>
    [label, ...a.slice(1).map((_, i) => rows.reduce((s, r) => s + (r[i + 1] as number), 0))] as typeof a;

  test('clean total row', () => {
    const model = ii06Table([a, b, sumOf('Tổng số', a, b)]);
    expect(runFamily('total-row', model, def, ctx)).toEqual([]);
  });

  test('a wrong total cell is reported on the total row with the sum as fix', () => {
    const total = sumOf('Tổng số', a, b);
    total[5] = 99; // column 7
    const model = ii06Table([a, b, total]);
    const found = runFamily('total-row', model, def, ctx);
    expect(seen(model, found)).toEqual([{ rule: 'total-row', severity: 'error', row: 'Tổng số', col: 7 }]);
    expect(found[0].detail).toEqual({ expected: 18, actual: 99 });
    expect(found[0].fix).toEqual({ row: 2, col: 7, value: 18 });
    expect(found[0].message).toBe('Cột (7) ghi 99 nhưng tổng các dòng là 18: phải là 18.');
  });

  test('empty data cells count as 0; a total row placed first works too', () => {
    const model = ii06Table([
      ['Tổng cộng', 5, 5],
      ['Hộ tịch', 5, 5],
      ['Chứng thực', null, '-'],
      ['Lĩnh vực khác'],
    ]);
    expect(runFamily('total-row', model, def, ctx)).toEqual([]);
  });

  test('II.06: each subtotal sums its level group; the grand total sums the subtotals', () => {
    const rows = [
      ['# Cấp tỉnh'],
      a,
      b,
      sumOf('Cộng cấp tỉnh', a, b),
      ['# Cấp xã'],
      a,
      sumOf('Cộng cấp xã', a),
      sumOf('Tổng cộng', a, b, a),
    ] as (typeof a)[];
    const clean = ii06Table(rows, true);
    expect(runFamily('total-row', clean, ii06Def(true), ctx)).toEqual([]);

    const broken = structuredClone(rows);
    broken[6][1] = 99; // Cộng cấp xã, column 3
    const model = ii06Table(broken, true);
    expect(seen(model, runFamily('total-row', model, ii06Def(true), ctx))).toEqual([
      { rule: 'total-row', severity: 'error', row: 'Cộng cấp xã', col: 3 },
      { rule: 'total-row', severity: 'error', row: 'Tổng cộng', col: 3 },
    ]);
  });

  test('headings carrying their group sums stand as subtotals', () => {
    const heading = (label: string, ...rows: (typeof a)[]) => ({
      label,
      kind: 'group' as const,
      cells: sumOf(label, ...rows).slice(1) as number[],
    });
    const good = ii06Table(
      [heading('Cấp tỉnh', a, b), a, b, heading('Cấp xã', a), a, sumOf('Tổng cộng', a, b, a)],
      true,
    );
    expect(runFamily('total-row', good, ii06Def(true), ctx)).toEqual([]);
    const bad = ii06Table(
      [
        heading('Cấp tỉnh', a),
        a,
        b,
        { label: 'Cấp xã', kind: 'group', cells: [] },
        a,
        sumOf('Tổng cộng', a, b, a),
      ],
      true,
    );
    // Chứng thực (3 received online, 3 resolved early) is missing from the Cấp tỉnh heading; the grand
    // total, which adds the headings, then differs too. The empty Cấp xã heading stands for its row.
    expect(
      seen(bad, runFamily('total-row', bad, ii06Def(true), ctx)).map((f) => `${f.row} ${f.col}`),
    ).toEqual([
      'Cấp tỉnh 3',
      'Tổng cộng 3',
      'Cấp tỉnh 4',
      'Tổng cộng 4',
      'Cấp tỉnh 7',
      'Tổng cộng 7',
      'Cấp tỉnh 8',
      'Tổng cộng 8',
    ]);
  });

  test('NFD labels are recognised as total rows by the reader; sums do not depend on labels', () => {
    const model = ii06Table([a, sumOf('Tổng số'.normalize('NFD'), a)]);
    expect(model.rows[1].kind).toBe('total');
    expect(runFamily('total-row', model, def, ctx)).toEqual([]);
  });
});
