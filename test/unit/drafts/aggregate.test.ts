import { describe, expect, it } from 'vitest';
import { aggregateDrafts } from '@/lib/drafts/aggregate';
import type { DraftRow } from '@/lib/drafts/schema';
import { aggregateMessages } from '@/lib/i18n/messages/aggregate';
import { textIn } from '@/lib/i18n/translator';
import { labelKey } from '@/lib/text';

function field(label: string, values: Record<string, string>): DraftRow {
  return { label, key: labelKey(label), kind: 'data', values };
}

describe('aggregate II.06a drafts into II.06', () => {
  const soTuPhap = {
    unit: 'Sở Tư pháp',
    level: 'tinh' as const,
    rows: [
      field('Hộ tịch', { '3': '1.200', '4': '1.000' }),
      { ...field('Tổng số', { '3': '1.200' }), kind: 'total' as const },
    ],
  };
  const xaA = {
    unit: 'UBND xã A',
    level: 'xa' as const,
    rows: [field('Hộ tịch', { '3': '30', '4': '10' }), field('Đất đai', { '3': '5' })],
  };
  const xaB = {
    unit: 'UBND xã B',
    level: 'xa' as const,
    rows: [field('Hộ Tịch'.normalize('NFD'), { '3': '12', '13': '2' })],
  };

  it('sums each field per level, with a subtotal per level and a grand total', () => {
    const { rows, problems } = aggregateDrafts([xaA, soTuPhap, xaB]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.kind, r.group ?? '', r.label, r.values])).toEqual([
      ['group', '', 'Cấp tỉnh', {}],
      ['data', 'cấp tỉnh', 'Hộ tịch', { '3': '1.200', '4': '1.000' }],
      ['subtotal', 'cấp tỉnh', 'Cộng cấp tỉnh', { '3': '1.200', '4': '1.000' }],
      ['group', '', 'Cấp xã', {}],
      ['data', 'cấp xã', 'Hộ tịch', { '3': '42', '4': '10', '13': '2' }],
      ['data', 'cấp xã', 'Đất đai', { '3': '5' }],
      ['subtotal', 'cấp xã', 'Cộng cấp xã', { '3': '47', '4': '10', '13': '2' }],
      ['total', '', 'Tổng số', { '3': '1.247', '4': '1.010', '13': '2' }],
    ]);
  });

  it('adds a draft column only where it means what the II.06 column means', () => {
    const other = {
      unit: 'UBND xã D',
      level: 'xa' as const,
      rows: [field('Hộ tịch', { '3': '7', '5': '4' })],
      columns: {
        // As the page showed them (another wording of column 3), and a column 5 of another version.
        '3': { header: 'Tiếp nhận / Tổng số' },
        '5': { header: 'Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp' },
      },
    };
    const { rows, problems } = aggregateDrafts([xaA, other]);
    expect(rows.find((r) => r.label === 'Hộ tịch')?.values).toEqual({ '3': '37', '4': '10' });
    expect(problems.map((p) => textIn(aggregateMessages, 'vi', p.text))).toEqual([
      'UBND xã D: cột (5) của bản nháp là “Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp”, biểu II.06 là “Số hồ sơ nhận giải quyết / Trực tiếp, dịch vụ bưu chính”, nên cột này không được cộng.',
    ]);
  });

  it('leaves an unreadable cell out of the sum and says whose it is', () => {
    const bad = {
      unit: 'UBND xã C',
      level: 'xa' as const,
      rows: [field('Hộ tịch', { '3': '1,234', '4': 'abc' })],
    };
    const { rows, problems } = aggregateDrafts([xaA, bad]);
    expect(rows.find((r) => r.label === 'Hộ tịch')?.values).toEqual({ '3': '30', '4': '10' });
    expect(problems.map((p) => [p.col, p.value])).toEqual([
      [3, '1,234'],
      [4, 'abc'],
    ]);
    expect(textIn(aggregateMessages, 'vi', problems[0].text)).toBe(
      'UBND xã C: “Hộ tịch” cột (3) ghi “1,234”, không phải số nên không được cộng.',
    );
    expect(textIn(aggregateMessages, 'en', problems[0].text)).toBe(
      'UBND xã C: “Hộ tịch” column (3) holds “1,234”, not a number, so it is not added.',
    );
  });

  it('gives nothing for no drafts', () => {
    expect(aggregateDrafts([])).toEqual({ rows: [], problems: [] });
  });
});
