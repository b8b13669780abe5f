import { describe, expect, test } from 'vitest';
import { runFamily } from '@/lib/rules/engine';
import { ii06Def, ii06Table, seen } from './build';

const def = ii06Def();

describe('field-name', () => {
  test('published names, in NFD or another case, get nothing; headings and totals are not fields', () => {
    const model = ii06Table(
      [['# Cấp xã'], ['Hộ tịch'.normalize('NFD')], ['chứng thực'], ['Cộng'], ['Tổng số']],
      true,
    );
    expect(runFamily('field-name', model, ii06Def(true), {})).toEqual([]);
  });

  test('a local spelling: warning on the label cell with the published name', () => {
    const model = ii06Table([['Đăng ký giao dịch bảo đảm', 1, 1]]);
    const [f, ...rest] = runFamily('field-name', model, def, {});
    expect(rest).toEqual([]);
    expect(seen(model, [f])).toEqual([
      { rule: 'field-name', severity: 'warning', row: 'Đăng ký giao dịch bảo đảm', col: 2 },
    ]);
    expect(f.detail?.suggestions).toEqual(['Đăng ký biện pháp bảo đảm']);
    expect(f.message).toContain('«Đăng ký biện pháp bảo đảm»');
  });

  test('an unknown name: warning with the closest published names', () => {
    const model = ii06Table([['Chứng thưc']]);
    const [f] = runFamily('field-name', model, def, {});
    expect(f).toMatchObject({ severity: 'warning', row: 0, col: 2 });
    expect(f.detail?.suggestions?.[0]).toBe('Chứng thực');
    expect(f.message).toContain('tên gần nhất: «Chứng thực»');
  });

  test('a published spelling the catalogue maps elsewhere is info only', () => {
    const model = ii06Table([['Thi đua - khen thưởng']]);
    expect(runFamily('field-name', model, def, {}).map((f) => f.severity)).toEqual(['info']);
  });

  test('a generic table whose rows are not fields is left alone', () => {
    const model = ii06Table([['Tiếp nhận mới']]);
    model.columns[1].path = ['Nội dung'];
    expect(runFamily('field-name', model, null, {})).toEqual([]);
  });
});

describe('field-duplicate', () => {
  test('the same field twice in one group, spelled two ways, is reported on the later row', () => {
    const model = ii06Table([
      ['Hộ tịch'],
      ['Thi đua, khen thưởng'],
      ['Chứng thực'],
      ['Thi đua – Khen thưởng'],
    ]);
    const found = runFamily('field-duplicate', model, def, {});
    expect(seen(model, found)).toEqual([
      { rule: 'field-duplicate', severity: 'warning', row: 'Thi đua – Khen thưởng', col: 2 },
    ]);
    expect(found[0].message).toContain('STT 2');
  });

  test('a local spelling next to its published name is a duplicate', () => {
    const model = ii06Table([['Xử lý đơn thư'], ['Xử lý đơn']]);
    expect(runFamily('field-duplicate', model, def, {})).toHaveLength(1);
  });

  test('the same field under two level groups is not', () => {
    const model = ii06Table([['# Cấp huyện'], ['Hộ tịch'], ['# Cấp xã'], ['Hộ tịch'], ['Tổng cộng']], true);
    expect(runFamily('field-duplicate', model, ii06Def(true), {})).toEqual([]);
  });
});

describe('field-level', () => {
  const model = ii06Table([
    ['Hộ tịch'],
    ['Luật sư'],
    ['Thi đua - khen thưởng'],
    ['Hòa giải cơ sở'],
    ['Không rõ'],
  ]);
  test('a commune reporting a field communes do not handle: info', () => {
    expect(seen(model, runFamily('field-level', model, def, { profile: { level: 'xa' } }))).toEqual([
      { rule: 'field-level', severity: 'info', row: 'Luật sư', col: 2 },
    ]);
  });
  test('a department reporting a commune-only field: info', () => {
    expect(
      seen(model, runFamily('field-level', model, def, { profile: { level: 'so' } })).map((f) => f.row),
    ).toEqual(['Hòa giải cơ sở']);
  });
  test('no level, or a district: nothing', () => {
    expect(runFamily('field-level', model, def, {})).toEqual([]);
    expect(runFamily('field-level', model, def, { profile: { level: 'huyen-phong' } })).toEqual([]);
  });
});

describe('without the field catalogue', () => {
  test('field checks stay silent instead of calling every name unknown, and come back with it', async () => {
    const { useCatalogue } = await import('@/lib/fields/catalogue');
    const { BUNDLED_CATALOGUE } = await import('@/lib/fields/bundled');
    const model = ii06Table([['Bảo trợ xả hội', 1, 1]]);
    useCatalogue(null);
    try {
      expect(runFamily('field-name', model, def, {})).toEqual([]);
      expect(runFamily('field-duplicate', ii06Table([['Hộ tịch'], ['Hộ tịch']]), def, {})).toHaveLength(1);
    } finally {
      useCatalogue(BUNDLED_CATALOGUE);
    }
    expect(runFamily('field-name', model, def, {}).map((f) => f.detail?.suggestions?.[0])).toEqual([
      'Bảo trợ xã hội',
    ]);
  });
});
