import { describe, expect, it } from 'vitest';
import { allForms, formByCode, formFor } from '@/lib/forms/catalogue';
import { FormDef } from '@/lib/forms/schema';
import { shown } from '@/lib/panel/strings';

describe('form definitions', () => {
  it.each(allForms.map((form) => [form.code, form] as const))('%s is a valid FormDef', (_code, form) => {
    expect(FormDef.parse(form)).toEqual(form);
  });

  it('knows the five forms of the quarterly KSTT report, all under TT 01/2020', () => {
    expect(allForms.map((f) => f.code)).toEqual([
      'II.06a/VPCP/KSTT',
      'II.06/VPCP/KSTT',
      'II.05a/VPCP/KSTT',
      'II.05/VPCP/KSTT',
      'II.01-ĐC/VPCP/KSTT',
    ]);
    for (const form of allForms) expect(form.basis.document).toBe('TT 01/2020/TT-VPCP');
  });

  it('gives II.06a its 13 columns, numbered in order, with count columns 3–13', () => {
    const form = formByCode('II.06a/VPCP/KSTT')!;
    expect(form.structure).toBe('known');
    expect(form.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(new Set(form.columns.map((c) => c.key)).size).toBe(13);
    expect(form.columns.map((c) => c.header)).toEqual([
      'STT',
      'Lĩnh vực, công việc giải quyết theo cấp',
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
      'Tổng số',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tổng số',
      'Trong hạn',
      'Quá hạn',
    ]);
    expect(form.labelColumn).toBe(2);
    expect(form.countColumns).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(form.columns[0].aliases).toContain('TT');
    expect(form.columns[2].groupAliases).toContain('Tiếp nhận');
    expect(form.columns[2].aliases).toContain('Tổng cộng');
    expect(form.aggregate).toBe(false);
    expect(form.rowGroups).toEqual([]);
  });

  it('states the relations of domain.md §3 with their severities', () => {
    const relations = formByCode('II.06a')!.relations;
    expect(relations).toEqual([
      { id: 'R1', kind: 'sum', total: 3, parts: [4, 5, 6], severity: 'error' },
      { id: 'R2', kind: 'sum', total: 7, parts: [8, 9, 10], severity: 'error' },
      { id: 'R3', kind: 'sum', total: 11, parts: [12, 13], severity: 'error' },
      { id: 'R4', kind: 'balance', total: 3, parts: [7, 11], severity: 'warning' },
      { id: 'R6', kind: 'total-row', severity: 'error' },
      { id: 'R7', kind: 'carry-over', column: 6, previousColumn: 11, severity: 'warning' },
    ]);
  });

  it('gives II.06 the same columns, level row groups and the aggregate relation', () => {
    const form = formByCode('II.06/VPCP/KSTT')!;
    expect(form.aggregate).toBe(true);
    expect(form.columns).toEqual(formByCode('II.06a')!.columns);
    expect(form.rowGroups).toEqual([
      { key: 'tinh', labels: ['Cấp tỉnh', 'Sở ban ngành', 'Sở, ban, ngành'] },
      { key: 'huyen', labels: ['Cấp huyện', 'Huyện, thị xã, thành phố'] },
      { key: 'xa', labels: ['Cấp xã', 'Xã, phường, thị trấn'] },
    ]);
    expect(form.relations.at(-1)).toEqual({
      id: 'A1',
      kind: 'aggregate',
      of: 'II.06a/VPCP/KSTT',
      severity: 'error',
    });
    expect(formByCode('II.06a')!.relations.some((r) => r.kind === 'aggregate')).toBe(false);
  });

  it.each([
    ['II.05a/VPCP/KSTT', false, undefined],
    ['II.05/VPCP/KSTT', true, undefined],
    ['II.01-ĐC/VPCP/KSTT', true, true],
  ])('knows %s by name, with generic structure', (code, aggregate, outline) => {
    const form = formByCode(code)!;
    expect(form.structure).toBe('generic');
    expect(form.aggregate).toBe(aggregate);
    expect(form.outline).toBe(outline);
    expect(form.columns).toEqual([]);
    expect(form.relations).toEqual([]);
  });
});

describe('formByCode', () => {
  it.each([
    ['II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
    ['ii.06a', 'II.06a/VPCP/KSTT'],
    ['II . 06a / VPCP / KSTT', 'II.06a/VPCP/KSTT'],
    ['II.06', 'II.06/VPCP/KSTT'],
    ['II.01-DC', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01-\u00d0C/VPCP/KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01-ĐC/VPCP/KSTT'.normalize('NFD'), 'II.01-ĐC/VPCP/KSTT'],
    ['ii.01-đc', 'II.01-ĐC/VPCP/KSTT'],
  ])('%j → %s', (code, canonical) => {
    expect(formByCode(code)?.code).toBe(canonical);
  });

  it.each(['', 'II.07/VPCP/KSTT', 'II.06b', 'Biểu số', 'II.06a/VPCP/KSTT/x'])(
    '%j is no known form',
    (code) => {
      expect(formByCode(code)).toBeUndefined();
    },
  );
});

describe('formFor selects the definition by the legal basis the page names', () => {
  it('uses the confirmed II.06a when the page names no basis or TT 01/2020', () => {
    expect(formFor('II.06a/VPCP/KSTT')?.structure).toBe('known');
    expect(
      formFor('II.06a', 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020')?.structure,
    ).toBe('known');
  });

  it.each([
    'Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng Chính phủ',
    'ban hành kèm theo thông tư số 05/2025/tt-vpcp'.normalize('NFD'),
    'Biểu số II.06a/VPCP/KSTT (TT 05/2025/TT-VPCP)',
    'Thông tư 5 / 2025 / TT - VPCP',
  ])('gives generic structure under TT 05/2025: %j', (text) => {
    const form = formFor('II.06a/VPCP/KSTT', text)!;
    expect(form.structure).toBe('generic');
    expect(form.basis).toEqual({ document: 'TT 05/2025/TT-VPCP', version: '05/2025' });
    expect(form.code).toBe('II.06a/VPCP/KSTT');
    expect(form.columns).toEqual([]);
    expect(form.aggregate).toBe(false);
    expect(FormDef.parse(form)).toEqual(form);
  });

  it('reads the circular the forms are attached to, not the one it replaces', () => {
    const text =
      'Ban hành kèm theo Thông tư số 05/2025/TT-VPCP, thay thế Thông tư số 01/2020/TT-VPCP. Biểu số II.06/VPCP/KSTT';
    expect(formFor('II.06', text)?.structure).toBe('generic');
    const older = 'Ban hành kèm theo Thông tư số 01/2020/TT-VPCP; sẽ được thay bằng Thông tư 05/2025/TT-VPCP';
    expect(formFor('II.06', older)?.structure).toBe('known');
  });

  it('keeps the outline flag and the aggregate flag under a new basis', () => {
    const outline = formFor('II.01-ĐC', 'kèm theo Thông tư số 05/2025/TT-VPCP')!;
    expect(outline.outline).toBe(true);
    expect(outline.aggregate).toBe(true);
  });

  it('knows a code first seen under a new basis, generically', () => {
    expect(formFor('II.07/VPCP/KSTT', 'kèm theo Thông tư số 05/2025/TT-VPCP')?.structure).toBe('generic');
    expect(formFor('II.07/VPCP/KSTT')).toBeUndefined();
    expect(formFor('not a code', 'kèm theo Thông tư số 05/2025/TT-VPCP')).toBeUndefined();
  });
});

describe('form versions: a definition is a code and a legal basis', () => {
  it('ships II.06a under TT 01/2020 (confirmed) and under TT 05/2025 (generic: its structure is not public)', async () => {
    const { allVersions, formVersion, formVersionId } = await import('@/lib/forms/catalogue');
    const { TT_01_2020, TT_05_2025 } = await import('@/lib/forms/basis');
    const old = formVersion('II.06a', TT_01_2020)!;
    const next = formVersion('ii.06a/vpcp/kstt', TT_05_2025)!;
    expect([formVersionId(old), old.structure]).toEqual(['II.06a/VPCP/KSTT@01/2020', 'known']);
    expect([formVersionId(next), next.structure]).toEqual(['II.06a/VPCP/KSTT@05/2025', 'generic']);
    expect(new Set(allVersions.map(formVersionId)).size).toBe(allVersions.length);
    for (const form of allVersions) expect(FormDef.parse(form)).toEqual(form);
  });

  it('says why a known code is checked generically: TT 05/2025, or a circular it does not ship', async () => {
    const { versionNotice } = await import('@/lib/forms/catalogue');
    const tt05 = formFor('II.06a', 'Ban hành kèm theo Thông tư số 05/2025/TT-VPCP')!;
    expect(shown(versionNotice(tt05), 'vi')).toBe(
      'Biểu II.06a theo TT 05/2025/TT-VPCP: cấu trúc cột của mẫu này chưa được công bố, nên biểu được kiểm tra theo cấu trúc chung (cột đọc từ tiêu đề trên trang), không theo mẫu TT 01/2020/TT-VPCP.',
    );
    const later = formFor('II.06', 'Ban hành kèm theo Thông tư số 02/2027/TT-VPCP')!;
    expect(later.structure).toBe('generic');
    expect(shown(versionNotice(later), 'vi')).toBe(
      'Biểu II.06 ban hành kèm theo TT 02/2027/TT-VPCP, tiện ích chưa có mẫu theo văn bản này (chỉ có theo TT 01/2020/TT-VPCP, TT 05/2025/TT-VPCP): biểu được kiểm tra theo cấu trúc chung.',
    );
    expect(versionNotice(formFor('II.06a')!)).toBeNull();
    expect(versionNotice(formFor('II.07', 'kèm theo Thông tư số 05/2025/TT-VPCP')!)).toBeNull();
  });
});
