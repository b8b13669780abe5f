import { describe, expect, it } from 'vitest';
import { previewModel } from '@/lib/drafts/import/preview-model';
import { recentQuarters } from '@/lib/drafts/import/recent-quarters';
import { formByCode } from '@/lib/forms/catalogue';
import { columnByNumber } from '@/lib/table/model';

describe('imported rows as a table the checks can read', () => {
  it('lays the rows out in the form’s columns, with level groups and parsed numbers', () => {
    const def = formByCode('II.06/VPCP/KSTT')!;
    const model = previewModel(
      [
        { label: 'Cấp xã', key: 'cấp xã', kind: 'group', values: {} },
        {
          label: 'Hộ tịch',
          key: 'hộ tịch',
          kind: 'data',
          group: 'cấp xã',
          values: { '3': '1.234', '13': '1,234' },
        },
        { label: 'Tổng số', key: 'tổng số', kind: 'total', values: { '3': '1.234' } },
      ],
      def,
    );
    expect(model.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(model.columns[columnByNumber(model, 7)].path).toEqual(['Số hồ sơ đã giải quyết', 'Tổng số']);
    expect(model.headers.map((h) => [h.label, h.span])).toEqual([
      ['STT', 1],
      ['Lĩnh vực, công việc giải quyết theo cấp', 1],
      ['Số hồ sơ nhận giải quyết', 4],
      ['Số hồ sơ đã giải quyết', 4],
      ['Số lượng hồ sơ đang giải quyết', 3],
    ]);
    const row = model.rows[1];
    expect([row.label, row.stt, row.group]).toEqual(['Hộ tịch', '1', 0]);
    expect(row.cells[columnByNumber(model, 3)]).toMatchObject({ value: 1234, parse: 'number' });
    expect(row.cells[columnByNumber(model, 13)]).toMatchObject({ raw: '1,234', parse: 'ambiguous' });
    expect(model.rows[2].group).toBeUndefined();
  });
});

describe('quarters offered for an imported file', () => {
  it('offers the next quarter, the current one (selected) and five before, in Vietnamese', () => {
    const { choices, selected } = recentQuarters(new Date('2025-03-14T20:00:00Z'));
    // 15/3 03:00 in Hà Nội: already quarter II's window.
    expect(selected).toBe('2025-03-15/2025-06-14');
    expect(choices.map((q) => q.label)).toEqual([
      'Quý III/2025',
      'Quý II/2025',
      'Quý I/2025',
      'Quý IV/2024',
      'Quý III/2024',
      'Quý II/2024',
      'Quý I/2024',
    ]);
    expect(choices[2].key).toBe('2024-12-15/2025-03-14');
  });
});
