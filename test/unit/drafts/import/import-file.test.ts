import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '@/lib/drafts/import/import-file';
import { formByCode } from '@/lib/forms/catalogue';
import { csv, GROUPED_HEADER, xlsx } from './sheets';

const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const II_06 = formByCode('II.06/VPCP/KSTT')!;

function numbersOf(result: Awaited<ReturnType<typeof importSpreadsheet>>) {
  if (!result.ok) throw new Error(result.error);
  return result.mapping.filter((m) => m.number !== null).map((m) => [m.fileColumn, m.number, m.how]);
}

describe('import .xlsx', () => {
  it('reads a two-row header where the group row decides which Tổng số and Quá hạn is which', async () => {
    const file = await xlsx([
      ['UBND XÃ TỊNH PHONG'],
      ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC'],
      [],
      ...GROUPED_HEADER,
      [1, 'Đất đai', 1234, 1000, 200, 34, 1200, 100, 1000, 100, 34, 30, 4],
      [2, 'Tư pháp', 5, 5, 0, 0, 5, 0, 5, 0, 0, 0, 0],
      [null, 'Tổng số', 1239, 1005, 200, 34, 1205, 100, 1005, 100, 34, 30, 4],
      [],
      ['', 'Người lập biểu'],
    ]);
    const result = await importSpreadsheet('bao-cao.xlsx', file, II_06A);
    expect(numbersOf(result)).toEqual([
      [1, 2, 'header'],
      [2, 3, 'group'],
      [3, 4, 'header'],
      [4, 5, 'header'],
      [5, 6, 'header'],
      [6, 7, 'group'],
      [7, 8, 'header'],
      [8, 9, 'header'],
      [9, 10, 'group'],
      [10, 11, 'group'],
      [11, 12, 'group'], // "Trong hạn" under "đã giải quyết" would be a merged column,
      [12, 13, 'group'],
    ]);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.label, r.kind, r.values['3'], r.values['13']])).toEqual([
      ['Đất đai', 'data', '1.234', '4'],
      ['Tư pháp', 'data', '5', '0'],
      ['Tổng số', 'total', '1.239', '4'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('maps by the numbering row (1) … (13) whatever the header says', async () => {
    const file = await xlsx([
      ['Biểu số II.06a/VPCP/KSTT'],
      ['TT', 'Tên', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
      [1, 'Xây dựng', '1.500', '1.000', '500', '0', '1.400', '0', '1.400', '0', '100', '100', '0'],
    ]);
    const result = await importSpreadsheet('x.xlsx', file, II_06A);
    expect(numbersOf(result).map(([c, n, how]) => `${c}:${n}:${how}`)).toContain('2:3:numbering');
    if (!result.ok) return;
    expect(result.rows[0]).toEqual({
      label: 'Xây dựng',
      key: 'xây dựng',
      kind: 'data',
      values: {
        '3': '1.500',
        '4': '1.000',
        '5': '500',
        '6': '0',
        '7': '1.400',
        '8': '0',
        '9': '1.400',
        '10': '0',
        '11': '100',
        '12': '100',
        '13': '0',
      },
    });
  });

  it('keeps an II.06 file’s level groups so each level fills its own rows', async () => {
    const file = await xlsx([
      ...GROUPED_HEADER,
      ['I', 'Cấp tỉnh'],
      [1, 'Đất đai', 10, 5, 5, 0, 10, 0, 10, 0, 0, 0, 0],
      ['II', 'Cấp xã'],
      [1, 'Đất đai', 3, 3, 0, 0, 3, 0, 3, 0, 0, 0, 0],
    ]);
    const result = await importSpreadsheet('ii06.xlsx', file, II_06);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows.map((r) => [r.kind, r.group, r.label, r.values['3']])).toEqual([
      ['group', undefined, 'Cấp tỉnh', undefined],
      ['data', 'cấp tỉnh', 'Đất đai', '10'],
      ['group', undefined, 'Cấp xã', undefined],
      ['data', 'cấp xã', 'Đất đai', '3'],
    ]);
  });

  it('refuses random bytes named .xlsx with a Vietnamese message', async () => {
    const junk = new Uint8Array(256).map((_, i) => (i * 37 + 11) % 256);
    const result = await importSpreadsheet('bao-cao.xlsx', junk.buffer, II_06A);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Không đọc được tệp Excel/) });
  });

  it('refuses a zip that is not a spreadsheet', async () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const result = await importSpreadsheet('bao-cao.xlsx', zipHeader.buffer, II_06A);
    expect(result.ok).toBe(false);
  });
});

describe('import .csv', () => {
  it('reads a ; CSV with a BOM, title rows and Vietnamese numbers', async () => {
    const text = [
      'BÁO CÁO QUÝ I NĂM 2025;;;;',
      'STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước',
      '1;Đất đai;1.234;1.000;200;34',
      '2;"Thi đua, khen thưởng";12;2;10;0',
    ].join('\r\n');
    const result = await importSpreadsheet('bc.csv', csv(text, true), II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(numbersOf(result)).toEqual([
      [1, 2, 'header'],
      [2, 3, 'order'],
      [3, 4, 'header'],
      [4, 5, 'header'],
      [5, 6, 'header'],
    ]);
    expect(result.rows.map((r) => [r.label, r.values])).toEqual([
      ['Đất đai', { '3': '1.234', '4': '1.000', '5': '200', '6': '34' }],
      ['Thi đua, khen thưởng', { '3': '12', '4': '2', '5': '10', '6': '0' }],
    ]);
    expect(result.problems[0].message).toMatch(/theo thứ tự cột của biểu/);
  });

  it('reads a , CSV with a two-row header without BOM', async () => {
    const text = [
      ',,Số hồ sơ nhận giải quyết,,,,Số hồ sơ đã giải quyết,,,,Số lượng hồ sơ đang giải quyết,,',
      'STT,Lĩnh vực,Tổng số,Trực tuyến,"Trực tiếp, dịch vụ bưu chính",Từ kỳ trước,Tổng số,Trước hạn,Đúng hạn,Quá hạn,Tổng số,Trong hạn,Quá hạn',
      '1,Y tế,"1.001",1000,1,0,900,0,900,0,101,100,1',
    ].join('\n');
    const result = await importSpreadsheet('bc.csv', csv(text), II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(numbersOf(result).map(([, n, how]) => `${n}${how === 'group' ? 'g' : ''}`)).toEqual([
      '2',
      '3g',
      '4',
      '5',
      '6',
      '7g',
      '8',
      '9',
      '10g',
      '11g',
      '12g',
      '13g',
    ]);
    expect(result.rows[0].values).toMatchObject({ '3': '1.001', '4': '1000', '11': '101', '13': '1' });
  });

  it('keeps an ambiguous 1,234 as typed and says so', async () => {
    const text = 'STT;Lĩnh vực;Trực tuyến\n1;Đất đai;"1,234"';
    const result = await importSpreadsheet('bc.csv', csv(text), II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows[0].values['4']).toBe('1,234');
    expect(result.problems.map((p) => [p.row, p.col, p.severity])).toEqual([[2, 4, 'warning']]);
  });

  it('refuses an empty CSV', async () => {
    expect(await importSpreadsheet('bc.csv', csv(''), II_06A)).toMatchObject({
      ok: false,
      error: 'Tệp trống.',
    });
    expect(await importSpreadsheet('bc.csv', csv('\n\n'), II_06A)).toMatchObject({
      ok: false,
      error: 'Tệp CSV trống.',
    });
  });

  it('refuses a CSV with no recognisable header', async () => {
    const result = await importSpreadsheet('bc.csv', csv('a,b,c\n1,2,3\n4,5,6'), II_06A);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Không nhận ra hàng tiêu đề/) });
  });
});

describe('one header matcher for page and file', () => {
  it('reads "Trực tiếp/ qua dịch vụ bưu chính" in a file as the page reader does: column (5)', async () => {
    const text = [
      'STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp/ qua dịch vụ bưu chính;Từ kỳ trước',
      '1;Hộ tịch;10;4;5;1',
    ].join('\n');
    const result = await importSpreadsheet('a.csv', csv(text), II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows[0].values).toMatchObject({ '4': '4', '5': '5', '6': '1' });
  });
});
