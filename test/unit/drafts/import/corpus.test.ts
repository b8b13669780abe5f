import { describe, expect, it } from 'vitest';
import { type ImportedSheet, importSpreadsheet, remap } from '@/lib/drafts/import/import-file';
import { formByCode } from '@/lib/forms/catalogue';
import { parseNumber } from '@/lib/numbers';
import { CORPUS } from './corpus';

const II_06A = formByCode('II.06a/VPCP/KSTT')!;

async function imported(name: string, bytes: ArrayBuffer, sheet?: string): Promise<ImportedSheet> {
  const result = await importSpreadsheet(name, bytes, II_06A, sheet ? { sheet } : {});
  if (!result.ok) throw new Error(result.error);
  return result;
}

function chosen(result: ImportedSheet, choose: Record<number, number | null>): ImportedSheet {
  const mapping = result.mapping.map((m) =>
    m.fileColumn in choose ? { ...m, number: choose[m.fileColumn], how: 'user' as const } : m,
  );
  return remap(result, mapping, II_06A);
}

/** Values as numbers: a CSV's "1200" and an Excel number's "1.200" are the same figure. */
const figures = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([k, t]) => [k, parseNumber(t).value ?? t]));

describe('the export corpus gives the right II.06a values, row by row', () => {
  for (const file of CORPUS) {
    it(`${file.name}: ${file.shape}`, async () => {
      let result = await imported(file.name, await file.bytes(), file.sheet);
      if (file.choose) result = chosen(result, file.choose);
      expect(result.rows.map((r) => [r.label, figures(r.values)])).toEqual(
        file.expected.map(([label, values]) => [label, figures(values)]),
      );
      expect(result.undecided).toEqual([]);
    });
  }
});

const byName = (name: string) => CORPUS.find((f) => f.name === name)!;

describe('what the preview says about each shape', () => {
  it('sets aside an exporter numbering (1)…(18) that disagrees with its words, and says so', async () => {
    const file = byName('dvc-quoc-gia.xlsx');
    const result = await imported(file.name, await file.bytes());
    expect(result.layout.numberingOverruled).toBe(true);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/Tệp tự đánh số cột khác với biểu/);
    // channels are added into (4) and (5)
    const to = (n: number) => result.mapping.filter((m) => m.number === n).map((m) => m.header);
    expect(to(4)).toEqual([
      'Tiếp nhận / Trong kỳ / Trực tuyến toàn trình',
      'Tiếp nhận / Trong kỳ / Trực tuyến một phần',
    ]);
    expect(to(5)).toEqual([
      'Tiếp nhận / Trong kỳ / Trực tiếp',
      'Tiếp nhận / Trong kỳ / Bưu chính công ích (BCCI)',
    ]);
  });

  it('lists the columns with no counterpart with their totals over the data rows', async () => {
    const file = byName('dvc-quoc-gia.xlsx');
    const result = await imported(file.name, await file.bytes());
    const totals = result.mapping
      .filter((m) => m.kind === 'none')
      .map((m) => [m.header, result.unplacedTotals.get(m.fileColumn)]);
    expect(totals).toEqual([
      ['Rút hồ sơ', 4],
      ['Dừng xử lý', 3],
      ['Không được tiếp nhận', 0],
    ]);
  });

  it('leaves out the title, signature and the signer’s lines (a phone number is no figure), and counts them', async () => {
    const file = byName('dvc-quoc-gia.xlsx');
    const result = await imported(file.name, await file.bytes());
    expect(result.rows.map((r) => r.label)).not.toContain('NGƯỜI LẬP BIỂU');
    expect(result.rows.map((r) => r.label)).not.toContain('Nguyễn Văn An');
    expect(result.leftOut.count).toBe(3);
    expect(result.leftOut.labels).toEqual(['NGƯỜI LẬP BIỂU', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An']);
  });

  it('derives the totals a file does not have and says which', async () => {
    const file = byName('mot-cua-tinh.xlsx');
    const result = await imported(file.name, await file.bytes());
    expect(result.derived).toEqual([
      { number: 3, from: [4, 5, 6] },
      { number: 7, from: [8, 9, 10] },
      { number: 11, from: [12, 13] },
    ]);
    const newFile = byName('windows-1258.csv');
    const other = await imported(newFile.name, await newFile.bytes());
    expect(other.encoding).toBe('Windows-1258');
    expect(other.derived).toEqual([{ number: 3, from: ['new', 6] }]);
  });

  it('never splits a merged "Đúng và trước hạn": nothing to save until the user places it', async () => {
    const file = byName('gop-dung-truoc-han.csv');
    const result = await imported(file.name, await file.bytes());
    expect(result.undecided.map((m) => m.header)).toEqual(['Đã giải quyết / Đúng và trước hạn']);
    expect(result.rows[0].values['8']).toBeUndefined();
    expect(result.rows[0].values['9']).toBeUndefined();
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      expect.stringMatching(/gộp số hồ sơ giải quyết đúng hạn và trước hạn, không tách được/),
    ]);
    expect(chosen(result, { 7: 8 }).rows[0].values['8']).toBe('120');
  });

  it('takes the first sheet that maps, and another the user chooses', async () => {
    const file = byName('nhieu-trang.xlsx');
    const first = await imported(file.name, await file.bytes());
    expect(first.sheet).toBe('Quý IV');
    expect(first.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Quý IV', 'Quý I']);
  });
});

describe('files that are not such exports', () => {
  it('refuses a file that is not a report, clearly', async () => {
    const text = 'Họ và tên;Ngày sinh;Địa chỉ\nNguyễn Văn A;01/01/1990;Tịnh Phong';
    const result = await importSpreadsheet('danh-sach.csv', new TextEncoder().encode(text).buffer, II_06A);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Không nhận ra hàng tiêu đề/) });
  });

  it('says where a file has bytes that are no text in its encoding, and keeps the rest', async () => {
    const head = new TextEncoder().encode('Lĩnh vực;Tồn kỳ trước;Trực tuyến;Trực tiếp\nĐất đai;10;');
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0x3b, 0x33, 0x30]); // "\xff\xfe;30"
    const result = await importSpreadsheet('hong.csv', bytes.buffer, II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(result.problems[0].message).toMatch(/không đúng mã UTF-8/);
    expect(result.rows[0].values['6']).toBe('10');
  });
});

describe('an export with a "Trong đó" row, level headings and subtotals', () => {
  it('places every column, keeps the heading, subtotal and total rows, and leaves out the date line', async () => {
    const text = [
      'TT;Tên lĩnh vực TTHC;Số hồ sơ tiếp nhận;;;;Kết quả giải quyết;;;;;Đang giải quyết;;',
      ';;Tổng số;Trong đó;;;Tổng số;Trong đó;;;Rút hồ sơ;Tổng số;Trong đó;',
      ';;;Trực tuyến;Trực tiếp, BCCI;Kỳ trước chuyển sang;;Sớm hạn;Đúng hạn;Trễ hạn;;;Trong hạn;Trễ hạn',
      'I;Cấp xã;;;;;;;;;;;;',
      '1;Hộ tịch;10;4;5;1;8;1;6;1;0;2;1;1',
      ';Cộng cấp xã;10;4;5;1;8;1;6;1;0;2;1;1',
      ';Tổng cộng;10;4;5;1;8;1;6;1;0;2;1;1',
      ';Quảng Ngãi, ngày 15 tháng 3 năm 2027;;;;;;;;;;;;',
    ].join('\n');
    const result = await imported('trong-do.csv', new TextEncoder().encode(text).buffer as ArrayBuffer);
    const values = {
      '3': '10',
      '4': '4',
      '5': '5',
      '6': '1',
      '7': '8',
      '8': '1',
      '9': '6',
      '10': '1',
      '11': '2',
      '12': '1',
      '13': '1',
    };
    expect(result.rows.map((r) => [r.label, r.kind, r.values])).toEqual([
      ['Cấp xã', 'group', {}],
      ['Hộ tịch', 'data', values],
      ['Cộng cấp xã', 'subtotal', values],
      ['Tổng cộng', 'total', values],
    ]);
    expect(result.leftOut.count).toBe(1);
    expect(result.problems).toEqual([]);
  });
});
