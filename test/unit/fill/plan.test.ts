import { beforeEach, describe, expect, it } from 'vitest';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { planFill } from '@/lib/fill/plan';
import { buildTable } from './table-builder';

const target = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Tịnh Phong' };

beforeEach(() => {
  document.body.replaceChildren();
});

describe('draft from a page table', () => {
  it('keys rows by label and values by form column number, as shown, leaving empty cells out', () => {
    const { model } = buildTable([
      { label: 'Đất đai', cells: ['1.234', '1.000', '', '234'] },
      { label: 'Tổng số', kind: 'total', cells: ['1.234'] },
    ]);
    const draft = draftFromModel(model, target, new Date('2025-03-15T02:00:00Z'));
    expect(draft.id).toBe('II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã tịnh phong');
    expect(draft.rows).toEqual([
      { label: 'Đất đai', key: 'đất đai', kind: 'data', values: { '3': '1.234', '4': '1.000', '6': '234' } },
      { label: 'Tổng số', key: 'tổng số', kind: 'total', values: { '3': '1.234' } },
    ]);
  });

  it('records the level heading of rows under it (II.06)', () => {
    const { model } = buildTable([
      { label: 'Cấp tỉnh', kind: 'group' },
      { label: 'Đất đai', group: 0, cells: ['5'] },
      { label: 'Cấp xã', kind: 'group' },
      { label: 'Đất đai', group: 2, cells: ['7'] },
    ]);
    const rows = draftFromModel(model, target).rows;
    expect(rows.map((r) => [r.group, r.label, r.values['3']])).toEqual([
      [undefined, 'Cấp tỉnh', undefined],
      ['cấp tỉnh', 'Đất đai', '5'],
      [undefined, 'Cấp xã', undefined],
      ['cấp xã', 'Đất đai', '7'],
    ]);
  });
});

describe('fill plan', () => {
  it('matches rows by label, not position, across reordered rows and NFD labels', () => {
    const saved = buildTable([
      { label: 'Đất đai', cells: ['10'] },
      { label: 'Thi đua - khen thưởng', cells: ['20'] },
    ]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([
      { label: 'Thi đua – khen thưởng'.normalize('NFD'), cells: [''] },
      { label: 'ĐẤT ĐAI'.normalize('NFD'), cells: [''] },
    ]);
    const plan = planFill(draft, page.model);
    expect(plan.writes.map((w) => [w.row, w.number, w.value])).toEqual([
      [0, 3, '20'],
      [1, 3, '10'],
    ]);
    expect(plan.missingOnPage).toEqual([]);
    expect(plan.missingInDraft).toEqual([]);
  });

  it('matches columns by form number even when the page orders them differently', () => {
    const saved = buildTable([{ label: 'Tư pháp', cells: ['9', '4', '5'] }], [3, 4, 5]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Tư pháp', cells: ['', '', ''] }], [5, 4, 3]);
    const plan = planFill(draft, page.model);
    expect(plan.writes.map((w) => [w.number, page.model.columns[w.col].number, w.value])).toEqual([
      [3, 3, '9'],
      [4, 4, '4'],
      [5, 5, '5'],
    ]);
  });

  it('fills each level group of II.06 from the same group of the draft', () => {
    const saved = buildTable([
      { label: 'Cấp tỉnh', kind: 'group' },
      { label: 'Đất đai', group: 0, cells: ['5'] },
      { label: 'Cấp xã', kind: 'group' },
      { label: 'Đất đai', group: 2, cells: ['7'] },
    ]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([
      { label: 'Cấp xã', kind: 'group' },
      { label: 'Đất đai', group: 0, cells: [''] },
      { label: 'Cấp tỉnh', kind: 'group' },
      { label: 'Đất đai', group: 2, cells: [''] },
    ]);
    expect(planFill(draft, page.model).writes.map((w) => [w.row, w.value])).toEqual([
      [1, '7'],
      [3, '5'],
    ]);
  });

  it('skips read-only, computed and disabled cells and cells that already hold the value', () => {
    const saved = buildTable([{ label: 'Đất đai', cells: ['1.234', '5', '6', '7'] }], [3, 4, 5, 6]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable(
      [
        {
          label: 'Đất đai',
          cells: [{ raw: '', computed: true }, { raw: '', readonly: true }, { raw: '', disabled: true }, '7'],
        },
      ],
      [3, 4, 5, 6],
    );
    const plan = planFill(draft, page.model);
    expect(plan.writes).toEqual([]);
    expect(plan.skipped.map((s) => [s.number, s.reason])).toEqual([
      [3, 'computed'],
      [4, 'readonly'],
      [5, 'readonly'],
      [6, 'same'],
    ]);
  });

  it('treats 1234 on the page and 1.234 in the draft as the same value', () => {
    const saved = buildTable([{ label: 'Đất đai', cells: ['1.234'] }], [3]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Đất đai', cells: ['1234'] }], [3]);
    expect(planFill(draft, page.model).skipped.map((s) => s.reason)).toEqual(['same']);
  });

  it('never touches a cell the draft has no value for', () => {
    const saved = buildTable([{ label: 'Đất đai', cells: ['', '3'] }], [3, 4]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Đất đai', cells: ['typed by the clerk', ''] }], [3, 4]);
    expect(planFill(draft, page.model).writes.map((w) => w.number)).toEqual([4]);
  });

  it('lists draft rows missing on the page and page rows missing in the draft', () => {
    const saved = buildTable([
      { label: 'Đất đai', cells: ['1'] },
      { label: 'Xây dựng', cells: ['2'] },
      { label: 'Tổng số', kind: 'total', cells: ['3'] },
    ]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([
      { label: 'Đất đai', cells: [''] },
      { label: 'Giao thông vận tải', cells: [''] },
      { label: 'Tổng số', kind: 'total', cells: [''] },
    ]);
    const plan = planFill(draft, page.model);
    expect(plan.missingOnPage).toEqual(['Xây dựng']);
    expect(plan.missingInDraft).toEqual(['Giao thông vận tải']);
  });

  it('reports draft columns the page does not have', () => {
    const saved = buildTable([{ label: 'Đất đai', cells: ['1', '2'] }], [3, 14]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    const plan = planFill(draft, page.model);
    expect(plan.skipped).toEqual([{ row: 0, col: -1, number: 14, label: 'Đất đai', reason: 'no-column' }]);
  });
});

describe('level headings worded differently', () => {
  it('fills “I. Sở, ban, ngành” rows from a draft saved under “Cấp tỉnh”', () => {
    const saved = buildTable([
      { label: 'Cấp tỉnh', kind: 'group' },
      { label: 'Đất đai', group: 0, cells: ['5'] },
    ]);
    const draft = draftFromModel(saved.model, target);
    document.body.replaceChildren();
    const page = buildTable([
      { label: 'Xã, phường, thị trấn', kind: 'group' },
      { label: 'Đất đai', group: 0, cells: [''] },
      { label: 'I. Sở, ban, ngành', kind: 'group' },
      { label: 'Đất đai', group: 2, cells: [''] },
    ]);
    const plan = planFill(draft, page.model);
    expect(plan.writes.map((w) => [w.row, w.value])).toEqual([[3, '5']]);
    expect(plan.missingInDraft).toEqual(['Đất đai']);
  });
});
