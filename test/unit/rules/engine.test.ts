import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type Draft } from '@/lib/drafts/schema';
import { checkAll, recheck, recheckContext } from '@/lib/rules/engine';
import type { TableModel } from '@/lib/table/model';
import { cell, consistentRow, ii06Def, ii06Table, type RowSpec, seen } from './build';

const def = ii06Def();
const FIELDS = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Bảo trợ xã hội',
  'Người có công',
  'Thi đua, khen thưởng',
];

/** A deterministic pseudo-random source, so failures can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function bigTable(rows: number, next: () => number): TableModel {
  const specs: RowSpec[] = [];
  const totals = Array(11).fill(0);
  for (let i = 0; i < rows; i++) {
    const figures = Array.from({ length: 8 }, () => Math.floor(next() * 50));
    const row = consistentRow(`${FIELDS[i % FIELDS.length]}${i < FIELDS.length ? '' : ` ${i}`}`, figures);
    row.slice(1).forEach((v, c) => {
      totals[c] += v as number;
    });
    specs.push(row);
  }
  specs.push(['Tổng số', ...totals]);
  return ii06Table(specs);
}

describe('checkAll', () => {
  test('published figures: Lạng Sơn gives only its balance warning; Đắk Glong and Cao Bằng nothing', () => {
    const model = ii06Table([
      ['Hộ tịch', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6],
      consistentRow('Chứng thực', [12000, 46000, 1010, 50000, 7000, 689, 1300, 21]),
      consistentRow('Đất đai', [30000, 64000, 2291, 80000, 14000, 64, 2193, 34]),
      [
        'Tổng số',
        2099 + 59010 + 96291,
        42300,
        111700,
        3400,
        1501 + 57689 + 94064,
        130399,
        22093,
        762,
        562 + 1321 + 2227,
        4049,
        61,
      ],
    ]);
    const found = checkAll(model, def, {});
    expect(seen(model, found)).toEqual([
      { rule: 'balance', severity: 'warning', row: 'Hộ tịch', col: 3 },
      { rule: 'balance', severity: 'warning', row: 'Tổng số', col: 3 },
    ]);
    expect(found.map((f) => f.detail?.gap)).toEqual([36, 36]);
  });

  test('seeded defects each reported once with rule, row, column and severity', () => {
    const model = ii06Table([
      consistentRow('Hộ tịch', [5, 5, 0, 4, 4, 0, 2, 0]),
      ['Chứng thực', 10, 4, 5, 1, 8, 2, 5, 1, 2, 2, '1,234'],
      consistentRow('Đăng ký giao dịch bảo đảm', [1, 0, 0, 1, 0, 0, 0, 0]),
      // Column 3 should be 21: the total row then also breaks R1 and R4 in its own row.
      ['Tổng số', 22, 10, 10, 1, 17, 7, 9, 1, 4, 4, 0],
    ]);
    const found = checkAll(model, def, {});
    expect(seen(model, found)).toEqual([
      { rule: 'number', severity: 'error', row: 'Chứng thực', col: 13 },
      { rule: 'field-name', severity: 'warning', row: 'Đăng ký giao dịch bảo đảm', col: 2 },
      { rule: 'sum', severity: 'error', row: 'Tổng số', col: 3 },
      { rule: 'balance', severity: 'warning', row: 'Tổng số', col: 3 },
      { rule: 'total-row', severity: 'error', row: 'Tổng số', col: 3 },
    ]);
    expect(found[4].fix).toEqual({ row: 3, col: 3, value: 21 });
  });

  test('a page without a table (an outline) still gets the period and text checks', () => {
    const found = checkAll(null, null, {
      outlineText: 'Rất hài lòng: 10; Hài lòng: 5; Chưa hài lòng: 1. Tổng số lượt đánh giá: 17.',
      structureMismatch: { vi: 'thiếu cột (13)', en: 'column (13) is missing' },
    });
    expect(found.map((f) => f.rule)).toEqual(['structure', 'satisfaction']);
  });
});

describe('recheck equals a full check', () => {
  test('on random edits of a 300-row table', () => {
    const next = random(7);
    const model = bigTable(300, next);
    const previousDraft: Draft = {
      schema: DRAFT_SCHEMA_VERSION,
      id: 'x',
      form: def.code,
      period: '2024-09-15/2024-12-14',
      unit: 'Xã A',
      name: '',
      savedAt: '2025-01-01T00:00:00Z',
      revision: 1,
      rows: model.rows.slice(0, 20).map((r) => ({
        label: r.label,
        key: r.label.toLowerCase(),
        kind: r.kind,
        values: { '11': r.cells[5].raw },
      })),
    };
    const ctx = { previous: previousDraft, profile: { level: 'xa' as const } };
    let findings = checkAll(model, def, ctx);
    const raws = ['', '0', '7', '12', '1.234', '1,234', '-3', '2,5', 'abc', '49', '100'];
    for (let i = 0; i < 150; i++) {
      const row = Math.floor(next() * model.rows.length);
      const position = 2 + Math.floor(next() * 11);
      model.rows[row].cells[position] = cell(raws[Math.floor(next() * raws.length)]);
      findings = recheck(model, def, ctx, findings, { row, col: model.columns[position].number });
      expect(findings).toEqual(checkAll(model, def, ctx));
    }
    expect(findings.length).toBeGreaterThan(10);
  }, 60_000);

  test('an edit of a label falls back to a full check', () => {
    const model = ii06Table([
      consistentRow('Hộ tịch', [1, 0, 0, 1, 0, 0, 0, 0]),
      consistentRow('Chứng thực', [1, 0, 0, 1, 0, 0, 0, 0]),
    ]);
    const before = checkAll(model, def, {});
    model.rows[1].label = 'Hộ tịch';
    expect(recheck(model, def, {}, before, { row: 1, col: 2 }).map((f) => f.rule)).toEqual([
      'field-duplicate',
    ]);
  });
});

describe('with the project form definitions', () => {
  test('II.06a from the catalogue: Lạng Sơn gives its balance warning only; a generic TT 05/2025 page still gets sums', async () => {
    const { formByCode, formFor } = await import('@/lib/forms/catalogue');
    const row = ['Hộ tịch', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6] as RowSpec;
    const model = ii06Table([row, ['Tổng số', 2099, 300, 1700, 99, 1501, 399, 1093, 9, 562, 556, 6]]);
    const known = formByCode('II.06a/VPCP/KSTT')!;
    expect(seen(model, checkAll(model, known, {})).map((f) => `${f.rule} ${f.row} ${f.col}`)).toEqual([
      'balance Hộ tịch 3',
      'balance Tổng số 3',
    ]);
    const generic = formFor('II.06a/VPCP/KSTT', 'ban hành kèm theo Thông tư số 05/2025/TT-VPCP')!;
    const broken = ii06Table([
      ['Hộ tịch', 2100, 300, 1700, 99],
      ['Tổng số', 2100, 300, 1700, 99],
    ]);
    expect(seen(broken, checkAll(broken, generic, {})).map((f) => `${f.rule} ${f.row} ${f.col}`)).toEqual([
      'sum Hộ tịch 3',
      'sum Tổng số 3',
    ]);
  });
});

describe('recheckContext', () => {
  // Luật sư is no field of a commune's: field-level reads the profile, the sum rule reads nothing.
  const model = () => ii06Table([['Luật sư', 9, 4, 3, 3, 10, 4, 3, 3, 0, 0, 0], ['Hộ tịch']]);

  test('once the profile is read, only what reads it is checked again', () => {
    const table = model();
    const before = checkAll(table, def, {});
    const sum = before.find((f) => f.rule === 'sum');
    expect(sum).toBeDefined();
    const ctx = { profile: { level: 'xa' as const } };
    const after = recheckContext(table, def, ctx, before);
    expect(after).toEqual(checkAll(table, def, ctx));
    expect(after.some((f) => f.rule === 'field-level')).toBe(true);
    // the sum finding stands as it was: its rule did not run again
    expect(after).toContain(sum);
  });

  test('findings the engine did not make, or of another table, are checked whole', () => {
    const ctx = { profile: { level: 'xa' as const } };
    const table = model();
    expect(recheckContext(table, def, ctx, [])).toEqual(checkAll(table, def, ctx));
    const other = checkAll(model(), def, {});
    expect(recheckContext(table, def, ctx, other)).toEqual(checkAll(table, def, ctx));
  });
});
