// @vitest-environment node
// (No DOM needed; happy-dom's larger heap makes garbage collection noisier.)
import { describe, expect, it } from 'vitest';
import { dispatchMessages } from '@/lib/i18n/messages/dispatch';
import { withLocalNumbers } from '@/lib/i18n/numbers';
import { textIn } from '@/lib/i18n/translator';
import { MAX_DISPATCH_ENTRIES, MAX_DISPATCH_LENGTH, parseDispatch } from '@/lib/periods/dispatch';

// Pasted texts that made the parser super-linear (a 100 KB paste stalled the options page): for each,
// ten times the input may take at most fifteen times as long. Both sizes are timed in the same run, in
// alternation, as CPU time (what other processes take does not count), the small one ten times over
// (as much text as the large one, so garbage collection weighs alike). The best time of each counts,
// over at least MIN_TRIALS pairs and more (up to MAX_TRIALS) while the ratio is over the bound: load
// only ever adds time, and a super-linear parser stays over the bound however often it runs. Small
// sizes are where the old patterns were already measurable; the cubic ones are smaller still, so a
// regression fails within a minute or two instead of hanging.

const HEAD = 'Thời hạn chốt số liệu: từ ngày 15/12/2024 đến ngày 14/3/2025.\n';
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const spaces = (n: number) => ' '.repeat(n);

const CASES: Array<[string, number, (n: number) => string]> = [
  [
    'numbered items alternating with level lines',
    2000,
    (n) => HEAD + repeat('1. Nội dung\n- UBND cấp xã\n', n),
  ],
  ['a run of spaces between two levels', 200, (n) => `UBND cấp xã${spaces(n)}x UBND cấp xã`],
  ['a run of spaces after "từ"', 300, (n) => `từ${spaces(n)}x 14/3/2025 đến 20/3/2025`],
  ['a run of spaces inside the window', 300, (n) => `từ ngày 15/12/2024 đến${spaces(n)}x 14/3/2025`],
  [
    'a run of spaces after "ngày … tháng …"',
    300,
    (n) => `${HEAD}UBND cấp xã gửi II.06a chậm nhất ngày 17 tháng 3${spaces(n)}x`,
  ],
  ['a run of dots', 2000, (n) => `${HEAD}UBND cấp xã${'.'.repeat(n)}x`],
  ['a run of dots and no window', 2000, (n) => `UBND cấp xã${'.'.repeat(n)}x`],
  [
    'a long run of 1/1/1/',
    2000,
    (n) => `${HEAD}UBND cấp xã gửi II.06a, số ${repeat('1/', n)}x, chậm nhất ngày 17/3/2025`,
  ],
  ['many dates in one sentence', 2000, (n) => repeat('từ ngày 14/3/2025 ', n)],
  [
    'written and numeric dates mixed',
    4000,
    (n) => HEAD + repeat('ngày 1 tháng 1 năm 2025 1/1/2025 1/1/2025 1/1/2025 ', n),
  ],
  [
    'many dates without a year',
    4000,
    (n) => `${HEAD}UBND cấp xã gửi II.06a chậm nhất ${repeat('17/3, ', n)}`,
  ],
  ['a long list of appendices', 2000, (n) => `${HEAD}Theo Phụ lục ${repeat('I, II và ', n)}x`],
  [
    'a run of spaces after "các cơ quan,"',
    300,
    (n) => `${HEAD}Các cơ quan,${spaces(n)}x gửi báo cáo trước thứ Sáu,${spaces(n)}ngày 17/3/2025`,
  ],
  [
    'many deadlines with nobody named, each on a weekday',
    2000,
    (n) => HEAD + repeat('Thời hạn gửi chậm nhất thứ Hai, ngày 17/3/2025. ', n),
  ],
  [
    'a long "Kính gửi" list',
    2000,
    (n) => `Kính gửi:\n${repeat('- UBND các xã, phường, đặc khu;\n', n)}${HEAD}`,
  ],
  [
    'many "Riêng …" additions',
    2000,
    (n) => `${HEAD}UBND cấp xã gửi II.06a. ${repeat('Riêng UBND cấp xã gửi thêm II.01-ĐC. ', n)}`,
  ],
];

const MIN_TRIALS = 5;
const MAX_TRIALS = 20;
const MAX_RATIO = 15;

/**
 * CPU time of one parse, in µs, over `times` parses: unlike the wall clock it does not count what other
 * processes took, and timing the small text ten times reads as much text as the large one once, so
 * the garbage collector's share is alike in both.
 */
function timePerParse(text: string, times: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < times; i++) parseDispatch(text);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / times;
}

describe('parsing time grows linearly with the pasted text', () => {
  it.each(CASES)(
    '%s',
    (_name, size, make) => {
      const small = make(size);
      const large = make(10 * size);
      expect(large.length).toBeLessThanOrEqual(MAX_DISPATCH_LENGTH);
      expect(parseDispatch(large).refused).toBeUndefined();
      timePerParse(small, 10);
      let bestSmall = Number.POSITIVE_INFINITY;
      let bestLarge = Number.POSITIVE_INFINITY;
      for (let i = 0; i < MAX_TRIALS; i++) {
        bestSmall = Math.min(bestSmall, timePerParse(small, 10));
        bestLarge = Math.min(bestLarge, timePerParse(large, 1));
        if (i + 1 >= MIN_TRIALS && bestLarge / bestSmall <= MAX_RATIO) break;
      }
      expect(bestLarge / bestSmall).toBeLessThanOrEqual(MAX_RATIO);
    },
    120_000,
  );
});

describe('texts beyond what a dispatch holds', () => {
  it('is refused with a Vietnamese message saying how long it may be, and nothing is read', () => {
    const text = `${HEAD}UBND cấp xã gửi biểu II.06a chậm nhất ngày 17/3/2025.\n`;
    const long = text + ' '.repeat(MAX_DISPATCH_LENGTH - text.length + 1);
    expect(parseDispatch(long)).toEqual({
      window: null,
      period: null,
      items: [],
      unparsed: [],
      refused: { key: 'dispatch.refused.length', params: { length: 50_001, max: 50_000 } },
    });
    const refused = parseDispatch(long).refused!;
    expect(textIn(dispatchMessages, 'vi', withLocalNumbers(refused, 'vi'))).toBe(
      'Văn bản dán vào dài 50.001 ký tự, vượt giới hạn 50.000 ký tự nên chưa được đọc: hãy chỉ dán phần công văn nói về thời hạn chốt số liệu và thời hạn gửi báo cáo.',
    );
    expect(textIn(dispatchMessages, 'en', withLocalNumbers(refused, 'en'))).toMatch(
      /^The pasted text is 50,001 characters long, over the limit of 50,000/,
    );
    expect(parseDispatch(long.slice(0, MAX_DISPATCH_LENGTH)).items).toHaveLength(1);
  });

  it('is refused when it reads as more entries than a dispatch sets, before they reach the page', () => {
    // Two levels, 300 form codes and 61 deadlines: 36 600 rows for the options page to draw.
    const codes = Array.from(
      { length: 300 },
      (_, i) => `II.${String(i % 100).padStart(2, '0')}${'abc'[Math.floor(i / 100)]}`,
    );
    const dues = Array.from({ length: 61 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 2, 14 + i));
      return `chậm nhất ngày ${day.getUTCDate()}/${day.getUTCMonth() + 1}/2025`;
    });
    const text = `${HEAD}UBND cấp xã, Sở, ban, ngành gửi ${codes.join(', ')}.\nUBND cấp xã, Sở, ban, ngành ${dues.join('. ')}.`;
    expect(text.length).toBeLessThanOrEqual(MAX_DISPATCH_LENGTH);
    const parsed = parseDispatch(text);
    expect(parsed.items).toEqual([]);
    expect(textIn(dispatchMessages, 'vi', withLocalNumbers(parsed.refused!, 'vi'))).toBe(
      `Văn bản này đọc ra 36.600 dòng (đơn vị, biểu mẫu, thời hạn), quá ${MAX_DISPATCH_ENTRIES} dòng, nên không giống một công văn kỳ báo cáo: hãy chỉ dán phần công văn nói về thời hạn chốt số liệu và thời hạn gửi báo cáo.`,
    );
  });
});
