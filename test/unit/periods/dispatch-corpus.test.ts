import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDispatch } from '@/lib/periods/dispatch';
import { dueFlags } from '@/lib/periods/dispatch-flags';

// Dispatches as they are written, each with the schedule a reader would take from it. Forms are
// short codes; "A" = the dispatch names no form for the level (the regime's forms are assumed);
// "trước" = "trước ngày …"; flags = what the user is asked to confirm (the date stays as written).

const DIR = 'test/unit/periods/fixtures';
const FORMS = { sxa: 'II.05a II.06a II.01-ĐC', phong: 'II.05a II.06a', vp: 'II.05 II.06 II.01-ĐC' };
type Row = [level: string, forms: string, due: string, ...marks: string[]];

const CORPUS: Record<string, { period: string; items: Row[]; unparsed?: string[]; appendices?: string[] }> = {
  'cong-van-ky-bao-cao-quy-I-2025.txt': {
    period: '2025-Q1',
    items: [
      ['xa', FORMS.sxa, '2025-03-17'],
      ['huyen-phong', FORMS.phong, '2025-03-17'],
      ['huyen-vp', FORMS.vp, '2025-03-19'],
      ['so', FORMS.sxa, '2025-03-19'],
    ],
  },
  'quy-II-2025-truoc-ngay.txt': {
    period: '2025-Q2',
    items: [
      ['xa', 'II.01-ĐC II.06a II.05a', '2025-06-17', 'trước'],
      ['huyen-phong', 'II.06a II.05a', '2025-06-17', 'trước'],
      ['huyen-vp', 'II.06 II.05 II.01-ĐC', '2025-06-19'],
      ['so', FORMS.sxa, '2025-06-19'],
    ],
  },
  'quy-II-2025-bang.txt': {
    period: '2025-Q2',
    items: [
      ['xa', FORMS.sxa, '2025-06-16'],
      ['huyen-phong', FORMS.phong, '2025-06-16'],
      ['huyen-vp', FORMS.vp, '2025-06-18'],
      ['so', FORMS.sxa, '2025-06-18'],
    ],
  },
  'quy-IV-2024.txt': {
    period: '2024-Q4',
    items: [
      ['xa', FORMS.phong, '2024-12-16'],
      ['huyen-phong', FORMS.phong, '2024-12-16'],
      ['huyen-vp', FORMS.vp, '2024-12-18'],
      ['so', FORMS.sxa, '2024-12-18'],
    ],
    unparsed: ['UBND cấp huyện gửi báo cáo tổng hợp chậm nhất ngày 18/12/2024.'],
  },
  'quy-3-2025-hai-cap.txt': {
    period: '2025-Q3',
    items: [
      ['xa', 'II.06a II.05a II.01-ĐC', '2025-09-15'],
      ['so', FORMS.sxa, '2025-09-17'],
    ],
  },
  'quy-I-2026.txt': {
    period: '2026-Q1',
    items: [
      ['so', 'II.06a II.01-ĐC II.05a', '2026-03-18'],
      ['xa', 'II.06a II.01-ĐC II.05a', '2026-03-16'],
    ],
  },
  'sau-thang-dau-nam-2025.txt': {
    period: '2025-H1',
    items: [
      ['so', 'II.06a II.05a II.01-ĐC', '2025-07-07'],
      // 05/7/2025 is a Saturday: kept, and flagged.
      ['xa', FORMS.sxa, '2025-07-05', 'weekend'],
    ],
  },
  'nam-2025.txt': {
    period: '2025-Y',
    items: [
      ['so', 'II.06a II.05a II.01-ĐC', '2025-12-17'],
      ['xa', FORMS.sxa, '2025-12-15'],
    ],
    unparsed: ['Trường hợp Hệ thống gặp sự cố, thời hạn gửi báo cáo được lùi lại 02 ngày làm việc.'],
  },
  // Another province, districts still in place: no form code, the forms in appendices.
  'quy-III-2021-phu-luc.txt': {
    period: '2021-Q3',
    items: [
      ['xa', FORMS.sxa, '2021-09-16', 'trước', 'A'],
      ['so', FORMS.sxa, '2021-09-17', 'A'],
      ['huyen-vp', FORMS.vp, '2021-09-17', 'A'],
    ],
    appendices: ['Phụ lục I, II và III'],
  },
  // One deadline for every unit, no form code, the addressees in "Kính gửi".
  'quy-3-2026-mot-han.txt': {
    period: '2026-Q3',
    items: [
      ['xa', FORMS.sxa, '2026-09-17', 'trước', 'A'],
      ['so', FORMS.sxa, '2026-09-17', 'trước', 'A'],
    ],
  },
  // "trong ngày thứ Hai, ngày 15/9/2025", "cơ quan ngang sở", "cơ quan Trung ương đóng trên địa bàn".
  'chin-thang-2025.txt': {
    period: '2025-9M',
    items: [
      ['xa', 'II.06a II.05a II.01-ĐC', '2025-09-15'],
      ['so', FORMS.sxa, '2025-09-17'],
    ],
  },
  // "trước thứ Sáu, ngày 19/12/2025"; "ngày 20 tháng 12 năm 2025" is a Saturday.
  'nam-2025-thu-sau.txt': {
    period: '2025-Y',
    items: [
      ['xa', FORMS.sxa, '2025-12-19', 'trước'],
      ['so', FORMS.sxa, '2025-12-20', 'weekend'],
    ],
  },
  // "UBND các phường, đặc khu và UBND các xã", dates without the year.
  'sau-thang-2026-hai-cap.txt': {
    period: '2026-H1',
    items: [
      ['xa', 'II.06a II.05a', '2026-06-15'],
      ['so', 'II.06a II.05a II.01-ĐC', '2026-06-17'],
    ],
  },
  // A deadline before the cut-off ends, and "thứ Năm, ngày 19/12/2025" (a Friday).
  'quy-IV-2025-can-xac-nhan.txt': {
    period: '2025-Q4',
    items: [
      ['xa', FORMS.sxa, '2025-12-12', 'before-cutoff'],
      ['so', FORMS.sxa, '2025-12-19', 'weekday-mismatch'],
    ],
  },
};

function rows(text: string): Row[] {
  return parseDispatch(text).items.map((i) => [
    i.level,
    i.forms.map((f) => f.replace('/VPCP/KSTT', '')).join(' '),
    i.due,
    ...(i.before ? ['trước'] : []),
    ...(i.formsAssumed ? ['A'] : []),
    ...(i.flags ?? []),
  ]);
}

describe('the dispatch corpus', () => {
  it('has at least twelve wordings, each with its expected schedule', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(CORPUS).sort()).toEqual(files.sort());
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    it(`${file}: ${expected.period}`, () => {
      const text = readFileSync(`${DIR}/${file}`, 'utf8');
      const parsed = parseDispatch(text);
      expect(parsed.period).toBe(expected.period);
      expect(rows(text)).toEqual(expected.items);
      expect(parsed.unparsed).toEqual(expected.unparsed ?? []);
      expect(parsed.appendices).toEqual(expected.appendices);
      // The same text pasted as NFD with Windows line ends reads the same.
      expect(rows(text.normalize('NFD').replace(/\n/g, '\r\n'))).toEqual(expected.items);
    });
  }
});

describe('wordings the corpus was not tuned to', () => {
  const window = 'Thời gian chốt số liệu: từ ngày 15/3/2026 đến ngày 14/6/2026.\n';

  it('"trong ngày 16/6" without a year, for the addressed units named with "các cơ quan, địa phương"', () => {
    const text = `${window}Đề nghị các cơ quan, địa phương gửi báo cáo trong ngày 16/6.`;
    expect(rows(text)).toEqual([
      ['xa', FORMS.sxa, '2026-06-16', 'A'],
      ['so', FORMS.sxa, '2026-06-16', 'A'],
    ]);
  });

  it('"Thời hạn gửi báo cáo: chậm nhất ngày …" with nobody named is everyone’s deadline', () => {
    const text = `${window}Thời hạn gửi báo cáo: chậm nhất Thứ Ba, ngày 16 tháng 6 năm 2026.`;
    expect(rows(text)).toEqual([
      ['xa', FORMS.sxa, '2026-06-16', 'A'],
      ['so', FORMS.sxa, '2026-06-16', 'A'],
    ]);
  });

  it('two deadlines with nobody named are not guessed: both sentences are shown unread', () => {
    const text = `${window}Thời hạn gửi báo cáo chậm nhất ngày 16/6/2026.\nThời hạn gửi báo cáo bổ sung chậm nhất ngày 20/6/2026.`;
    const parsed = parseDispatch(text);
    expect(parsed.items).toEqual([]);
    expect(parsed.unparsed).toHaveLength(2);
  });

  it('named forms for one level and none for another: only the other is assumed', () => {
    const text = `${window}UBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 15/6/2026. Các sở, ban, ngành gửi báo cáo chậm nhất ngày 17/6/2026.`;
    expect(rows(text)).toEqual([
      ['xa', 'II.06a', '2026-06-15'],
      ['so', FORMS.sxa, '2026-06-17', 'A'],
    ]);
  });

  it('a deadline far from the cut-off is still shown unread, not applied', () => {
    const text = `${window}UBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 15/12/2026.`;
    const parsed = parseDispatch(text);
    expect(parsed.items).toEqual([]);
    expect(parsed.unparsed).toEqual(['UBND cấp xã gửi biểu II.06a/VPCP/KSTT chậm nhất ngày 15/12/2026.']);
  });
});

describe('deadline flags', () => {
  const q3 = { from: '2026-06-15', to: '2026-09-14' };
  it('a public holiday, a weekend, a day before the cut-off ends, a wrong weekday', () => {
    expect(dueFlags('2026-09-02', { from: '2026-06-15', to: '2026-08-31' })).toEqual(['holiday']);
    expect(dueFlags('2026-09-19', q3)).toEqual(['weekend']);
    expect(dueFlags('2026-09-11', q3)).toEqual(['before-cutoff']);
    expect(dueFlags('2026-09-16', q3, 5)).toEqual(['weekday-mismatch']);
    expect(dueFlags('2026-09-16', q3, 3)).toEqual([]);
  });
});
