import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '@/lib/periods/dispatch';

const read = (name: string) => readFileSync(`test/unit/periods/fixtures/${name}`, 'utf8');
// The dispatch that started the project, as published (a copy of shared/reference).
const real = read('cong-van-ky-bao-cao-quy-I-2025.txt');
const full = (...codes: string[]) => codes.map((c) => `${c}/VPCP/KSTT`);

/** level → [forms, due], as the items say. */
function byLevel(text: string) {
  const parsed = parseDispatch(text);
  return Object.fromEntries(parsed.items.map((i) => [i.level, [i.forms, i.due]]));
}

describe('the real dispatch for quarter I/2025', () => {
  it('reads the window, each group of filers, their forms and deadlines, and leaves nothing unread', () => {
    const parsed = parseDispatch(real);
    expect(parsed.window).toEqual({ from: '2024-12-15', to: '2025-03-14' });
    expect(parsed.period).toBe('2025-Q1');
    expect(byLevel(real)).toEqual({
      xa: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-03-17'],
      'huyen-phong': [full('II.05a', 'II.06a'), '2025-03-17'],
      'huyen-vp': [full('II.05', 'II.06', 'II.01-ĐC'), '2025-03-19'],
      so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-03-19'],
    });
    expect(parsed.items.every((i) => i.from === '2024-12-15' && i.to === '2025-03-14')).toBe(true);
    expect(parsed.unparsed).toEqual([]);
  });

  it('reads the same dispatch pasted as NFD text with Windows line ends', () => {
    const parsed = parseDispatch(real.normalize('NFD').replace(/\n/g, '\r\n'));
    expect(parsed.items).toEqual(parseDispatch(real).items);
  });
});

describe('dispatches worded differently', () => {
  it('quarter II/2025: "trước ngày", forms in another order, "ngày 19 tháng 6 năm 2025"', () => {
    const text = read('quy-II-2025-truoc-ngay.txt');
    const parsed = parseDispatch(text);
    expect(parsed.period).toBe('2025-Q2');
    expect(byLevel(text)).toEqual({
      xa: [full('II.01-ĐC', 'II.06a', 'II.05a'), '2025-06-17'],
      'huyen-phong': [full('II.06a', 'II.05a'), '2025-06-17'],
      'huyen-vp': [full('II.06', 'II.05', 'II.01-ĐC'), '2025-06-19'],
      so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-06-19'],
    });
    expect(parsed.items.find((i) => i.level === 'xa')?.before).toBe(true);
    expect(parsed.unparsed).toEqual([]);
  });

  it('quarter 3/2025 in a two-tier province, NFD, forms and deadlines in separate paragraphs', () => {
    const text = read('quy-3-2025-hai-cap.txt').normalize('NFD');
    const parsed = parseDispatch(text);
    expect(parsed.window).toEqual({ from: '2025-06-15', to: '2025-09-14' });
    expect(parsed.period).toBe('2025-Q3');
    expect(byLevel(text)).toEqual({
      xa: [full('II.06a', 'II.05a', 'II.01-ĐC'), '2025-09-15'],
      so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-09-17'],
    });
    expect(parsed.unparsed).toEqual([]);
  });

  it('first half of 2025 with "ngày 05 tháng 7 năm 2025" and the window inside the sentence', () => {
    const text = read('sau-thang-dau-nam-2025.txt');
    const parsed = parseDispatch(text);
    expect(parsed.period).toBe('2025-H1');
    expect(byLevel(text)).toEqual({
      so: [full('II.06a', 'II.05a', 'II.01-ĐC'), '2025-07-07'],
      xa: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-07-05'],
    });
  });

  it('the year 2025: dates without a year and a deadline rule it cannot read, shown as unparsed', () => {
    const text = read('nam-2025.txt');
    const parsed = parseDispatch(text);
    expect(parsed.period).toBe('2025-Y');
    expect(byLevel(text)).toEqual({
      so: [full('II.06a', 'II.05a', 'II.01-ĐC'), '2025-12-17'],
      xa: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-12-15'],
    });
    expect(parsed.unparsed).toEqual([
      'Trường hợp Hệ thống gặp sự cố, thời hạn gửi báo cáo được lùi lại 02 ngày làm việc.',
    ]);
  });

  it('quarter IV/2024: two levels sharing one line, and "UBND cấp huyện" alone is not guessed', () => {
    const text = read('quy-IV-2024.txt');
    const parsed = parseDispatch(text);
    expect(parsed.period).toBe('2024-Q4');
    expect(byLevel(text)).toEqual({
      xa: [full('II.05a', 'II.06a'), '2024-12-16'],
      'huyen-phong': [full('II.05a', 'II.06a'), '2024-12-16'],
      'huyen-vp': [full('II.05', 'II.06', 'II.01-ĐC'), '2024-12-18'],
      so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2024-12-18'],
    });
    expect(parsed.unparsed).toEqual(['UBND cấp huyện gửi báo cáo tổng hợp chậm nhất ngày 18/12/2024.']);
  });

  it('quarter I/2026: verbal dates in the window, bullets, "không muộn hơn ngày"', () => {
    const text = read('quy-I-2026.txt');
    const parsed = parseDispatch(text);
    expect(parsed.window).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(byLevel(text)).toEqual({
      so: [full('II.06a', 'II.01-ĐC', 'II.05a'), '2026-03-18'],
      xa: [full('II.06a', 'II.01-ĐC', 'II.05a'), '2026-03-16'],
    });
    expect(parsed.unparsed).toEqual([]);
  });

  it('quarter II/2025 pasted from a table: one row per group of filers, the date in its own column', () => {
    const text = read('quy-II-2025-bang.txt');
    expect(byLevel(text)).toEqual({
      xa: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-06-16'],
      'huyen-phong': [full('II.05a', 'II.06a'), '2025-06-16'],
      'huyen-vp': [full('II.05', 'II.06', 'II.01-ĐC'), '2025-06-18'],
      so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-06-18'],
    });
    const piped = text.replace(/\t/g, ' | ');
    expect(byLevel(piped)).toEqual(byLevel(text));
    expect(parseDispatch(text).unparsed).toEqual([]);
  });

  it('"Hạn gửi báo cáo của …: date (biểu …)" with the window in brackets', () => {
    const text = [
      'Kỳ báo cáo quý 1 năm 2026 (từ 15/12/2025 đến 14/3/2026).',
      'Hạn gửi báo cáo của UBND cấp xã: 16/3/2026 (biểu II.06a, II.05a, II.01-ĐC).',
      'Hạn gửi báo cáo của các Sở, ban, ngành: 18/3/2026 (biểu II.06a, II.05a, II.01-ĐC).',
    ].join('\n');
    expect(byLevel(text)).toEqual({
      xa: [full('II.06a', 'II.05a', 'II.01-ĐC'), '2026-03-16'],
      so: [full('II.06a', 'II.05a', 'II.01-ĐC'), '2026-03-18'],
    });
  });

  it('"Riêng UBND cấp xã gửi thêm …" adds a form for one level of a group only', () => {
    const text = [
      'b) Thời hạn chốt số liệu: Tính từ ngày 15/3/2025 đến ngày 14/6/2025.',
      'c) UBND cấp xã, cơ quan chuyên môn thuộc UBND cấp huyện: gửi báo cáo theo các biểu số II.05a/VPCP/KSTT, II.06a/VPCP/KSTT. Riêng UBND cấp xã gửi thêm đề cương II.01-ĐC/VPCP/KSTT. Thời hạn: chậm nhất ngày 16/6/2025.',
    ].join('\n');
    expect(byLevel(text)).toEqual({
      xa: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-06-16'],
      'huyen-phong': [full('II.05a', 'II.06a'), '2025-06-16'],
    });
  });

  it('a deadline "trước 17 giờ ngày …" is that day, and a wording of provincial bodies is a department', () => {
    const text = [
      '1. Thời gian chốt số liệu: Từ ngày 15/6/2025 đến hết ngày 14/9/2025.',
      '2. Các cơ quan, đơn vị cấp tỉnh:',
      '- Thời hạn gửi báo cáo: trước 17 giờ 00 ngày 18/9/2025.',
      '- Biểu mẫu báo cáo: II.05a/VPCP/KSTT, II.06a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT.',
    ].join('\n');
    expect(byLevel(text)).toEqual({ so: [full('II.05a', 'II.06a', 'II.01-ĐC'), '2025-09-18'] });
  });

  it('gives nothing and says so for text that is not a dispatch', () => {
    const parsed = parseDispatch('Xin chào, đây không phải công văn.');
    expect(parsed).toEqual({ window: null, period: null, items: [], unparsed: [] });
  });

  it('never turns a deadline it cannot tie to a date into an item', () => {
    const parsed = parseDispatch(
      'Thời hạn chốt số liệu từ ngày 15/3/2025 đến ngày 14/6/2025.\nUBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất vào ngày làm việc thứ ba sau ngày chốt số liệu.',
    );
    expect(parsed.items).toEqual([]);
    expect(parsed.unparsed).toHaveLength(1);
  });
});

describe('a dispatch without a cut-off window', () => {
  it('lists its deadlines as unread instead of inventing a period', () => {
    const parsed = parseDispatch('UBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 16/6/2025.');
    expect(parsed.window).toBeNull();
    expect(parsed.items).toEqual([]);
    expect(parsed.unparsed).toEqual(['UBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 16/6/2025.']);
  });
});
