import { describe, expect, it } from 'vitest';
import { readBasis } from '@/lib/forms/basis';
import { findFormCodes, fullFormCode, normaliseFormCode, readFormCode, shortForm } from '@/lib/forms/code';

describe('readFormCode reads the form code a header names', () => {
  it.each([
    ['Biểu số II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
    ['Biểu số II.06a / VPCP / KSTT', 'II.06a/VPCP/KSTT'],
    ['Biểu số II . 06a/ VPCP /KSTT', 'II.06a/VPCP/KSTT'],
    ['Biểu số II.06a/VPCP/KSTT'.normalize('NFD'), 'II.06a/VPCP/KSTT'],
    ['Biểu mẫu số II.06/VPCP/KSTT', 'II.06/VPCP/KSTT'],
    ['Mẫu số II.05a/VPCP/KSTT', 'II.05a/VPCP/KSTT'],
    ['Biểu số: II.06a', 'II.06a/VPCP/KSTT'],
    ['BIỂU SỐ: II.06A', 'II.06a/VPCP/KSTT'],
    ['biểu số ii.06a/vpcp/kstt', 'II.06a/VPCP/KSTT'],
    ['Mẫu số\u00a0II.05', 'II.05/VPCP/KSTT'],
    ['Biểu số II.01-ĐC/VPCP/KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['Biểu số II.01-\u00d0C/VPCP/KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['Biểu số II.01-DC/VPCP/KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['Biểu số II.01 – ĐC / VPCP / KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['Đề cương II.01-đc/vpcp/kstt', 'II.01-ĐC/VPCP/KSTT'],
    ['Báo cáo > II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
    ['Biểu số II.06a/VPCP/KSTT\nTÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC', 'II.06a/VPCP/KSTT'],
  ])('%j → %s', (text, code) => {
    expect(readFormCode(text)).toBe(code);
  });

  it.each([
    '',
    'Đơn vị báo cáo: UBND xã',
    'Biểu số',
    'Quyết định số 140/QĐ-UBND',
    'Thông tư 01/2020/TT-VPCP',
    'Mục II.06 của kế hoạch',
    'II.061/VPCP/KSTT',
  ])('%j names no form', (text) => {
    expect(readFormCode(text)).toBeNull();
  });

  it('prefers a code introduced as "Biểu số" over one mentioned in passing', () => {
    expect(readFormCode('Biểu số II.06/VPCP/KSTT (tổng hợp từ II.06a/VPCP/KSTT của các đơn vị)')).toBe(
      'II.06/VPCP/KSTT',
    );
  });

  it('takes the code nearest the table when a breadcrumb names another', () => {
    expect(readFormCode('Biểu số II.05a/VPCP/KSTT\n…\nBiểu số II.06a/VPCP/KSTT')).toBe('II.06a/VPCP/KSTT');
  });
});

describe('normaliseFormCode', () => {
  it.each([
    ['II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
    [' ii.06a ', 'II.06a/VPCP/KSTT'],
    ['II.01-DC', 'II.01-ĐC/VPCP/KSTT'],
    ['Biểu số II.06a', null],
    ['II.06a/VPCP', null],
    ['generic', null],
  ])('%j → %s', (code, canonical) => {
    expect(normaliseFormCode(code)).toBe(canonical);
  });
});

describe('readBasis', () => {
  it.each([
    ['ban hành kèm theo Thông tư số 05/2025/TT-VPCP', '05/2025'],
    ['Kèm theo TT 01/2020/TT-VPCP', '01/2020'],
    ['Thông tư số 1/2020/TT-VPCP', '01/2020'],
    ['thông tư số 05 / 2025 / tt - vpcp'.normalize('NFD'), '05/2025'],
  ])('%j → %s', (text, version) => {
    expect(readBasis(text)?.version).toBe(version);
  });

  it('names none on a page that cites no circular of the Government Office', () => {
    expect(readBasis('Nghị định 09/2019/NĐ-CP; Quyết định số 37/2020/QĐ-UBND')).toBeNull();
  });
});

// A page and a dispatch name forms the same ways: the page reader, the dispatch reader and the
// normaliser agree on every variant (they were two grammars once, and the dispatch one missed lower
// case, "ÐC" (U+00D0) and spaced codes, so a reminder lost the form a page read).
describe('one code grammar for pages and dispatches', () => {
  it.each([
    ['II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
    ['II.06a', 'II.06a/VPCP/KSTT'],
    ['ii.06a', 'II.06a/VPCP/KSTT'],
    ['II.06A', 'II.06a/VPCP/KSTT'],
    ['II . 05a / VPCP / KSTT', 'II.05a/VPCP/KSTT'],
    ['II.05', 'II.05/VPCP/KSTT'],
    ['II.01-ĐC', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01-\u00d0C/VPCP/KSTT', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01 – đc', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01-Đ C', 'II.01-ĐC/VPCP/KSTT'],
    ['II.01-DC', 'II.01-ĐC/VPCP/KSTT'],
  ])('%j → %s', (code, canonical) => {
    expect(normaliseFormCode(code)).toBe(canonical);
    expect(readFormCode(`Biểu số ${code}`)).toBe(canonical);
    expect(findFormCodes(`Các đơn vị gửi biểu ${code} trước ngày 17/3/2025.`).map((f) => f.code)).toEqual([
      canonical,
    ]);
  });

  it.each(['II.061', 'II.6a', 'II.06ab', 'XII.1'])('%j is no code to either reader', (code) => {
    expect(normaliseFormCode(code)).toBeNull();
    expect(readFormCode(`Biểu số ${code}`)).toBeNull();
    expect(findFormCodes(`biểu ${code} của đơn vị`)).toEqual([]);
  });

  it('finds each code of a dispatch sentence where it stands', () => {
    const text = 'UBND cấp xã: biểu II.05a, II.06a/VPCP/KSTT và II.01-ĐC.';
    expect(findFormCodes(text).map((f) => [f.code, text.slice(f.start, f.end)])).toEqual([
      ['II.05a/VPCP/KSTT', 'II.05a'],
      ['II.06a/VPCP/KSTT', 'II.06a/VPCP/KSTT'],
      ['II.01-ĐC/VPCP/KSTT', 'II.01-ĐC'],
    ]);
  });

  it('writes short codes in full and back', () => {
    expect(fullFormCode('II.05a')).toBe('II.05a/VPCP/KSTT');
    expect(shortForm(fullFormCode('II.01-ĐC'))).toBe('II.01-ĐC');
    expect(() => fullFormCode('II.5a')).toThrow();
  });
});
