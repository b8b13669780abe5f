import { describe, expect, it } from 'vitest';
import { formByCode } from '@/lib/forms/catalogue';
import { headerKey, matchForm } from '@/lib/forms/match';
import { rulesMessages, rulesVi } from '@/lib/i18n/messages/rules';
import { phraseIn } from '@/lib/i18n/phrase';
import type { TableModel } from '@/lib/table/model';

const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const II_06 = formByCode('II.06/VPCP/KSTT')!;

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const IN_PROGRESS = 'Số lượng hồ sơ đang giải quyết';

/** The header paths of II.06a as printed on the form. */
function printedPaths(): string[][] {
  return [
    ['STT'],
    ['Lĩnh vực, công việc giải quyết theo cấp'],
    [RECEIVED, 'Tổng số'],
    [RECEIVED, 'Trong đó', 'Trực tuyến'],
    [RECEIVED, 'Trong đó', 'Trực tiếp, dịch vụ bưu chính'],
    [RECEIVED, 'Từ kỳ trước'],
    [RESOLVED, 'Tổng số'],
    [RESOLVED, 'Trước hạn'],
    [RESOLVED, 'Đúng hạn'],
    [RESOLVED, 'Quá hạn'],
    [IN_PROGRESS, 'Tổng số'],
    [IN_PROGRESS, 'Trong hạn'],
    [IN_PROGRESS, 'Quá hạn'],
  ];
}

function modelOf(paths: string[][], numbers = paths.map((_, i) => i + 1)): TableModel {
  return {
    source: 'html',
    columns: paths.map((path, index) => ({ index, number: numbers[index], path })),
    headers: [],
    labelColumn: 1,
    rows: [],
  };
}

function reasonFor(paths: string[][], numbers?: number[]): string {
  const result = matchForm(II_06A, modelOf(paths, numbers));
  expect(result.ok).toBe(false);
  return result.ok ? '' : phraseIn(rulesVi, 'vi', result.reason);
}

describe('matchForm accepts the renderings of the same form', () => {
  it('matches the printed header, for II.06a and II.06', () => {
    expect(matchForm(II_06A, modelOf(printedPaths()))).toEqual({ ok: true });
    expect(matchForm(II_06, modelOf(printedPaths()))).toEqual({ ok: true });
  });

  const variants: [string, (paths: string[][]) => void][] = [
    ['NFD text', (p) => p.splice(0, p.length, ...p.map((path) => path.map((l) => l.normalize('NFD'))))],
    [
      'upper case',
      (p) => p.splice(0, p.length, ...p.map((path) => path.map((l) => l.toLocaleUpperCase('vi')))),
    ],
    ['"TT" for STT', (p) => (p[0] = ['TT'])],
    ['"Số TT" for STT', (p) => (p[0] = ['Số TT'])],
    [
      '"Tiếp nhận" for the received group',
      (p) => {
        for (const i of [2, 3, 4, 5]) p[i][0] = 'Tiếp nhận';
      },
    ],
    ['"Trực tiếp/ qua dịch vụ bưu chính"', (p) => (p[4][2] = 'Trực tiếp/ qua dịch vụ bưu chính')],
    [
      '"Trực tiếp hoặc qua dịch vụ bưu chính công ích"',
      (p) => (p[4][2] = 'Trực tiếp hoặc qua dịch vụ bưu chính công ích'),
    ],
    ['"Tổng cộng" for "Tổng số"', (p) => (p[6][1] = 'Tổng cộng')],
    [
      'no "Trong đó" row',
      (p) => {
        for (const i of [3, 4]) p[i].splice(1, 1);
      },
    ],
    [
      '"Chia ra" for "Trong đó"',
      (p) => {
        for (const i of [3, 4]) p[i][1] = 'Chia ra';
      },
    ],
    ['column numbers in the leaf ("Tổng số (3)")', (p) => (p[2][1] = 'Tổng số (3)')],
    [
      'a title spanning every column',
      (p) => {
        for (const path of p) path.unshift('Đơn vị tính: hồ sơ');
      },
    ],
    ['extra spaces and a trailing dot', (p) => (p[8][1] = '  Đúng   hạn. ')],
    ['"Ð" (U+00D0) typed for "Đ"', (p) => (p[8][1] = '\u00d0úng hạn')],
    ['a group repeated by a rowspan reader', (p) => (p[5] = [RECEIVED, RECEIVED, 'Từ kỳ trước'])],
  ];
  it.each(variants)('matches with %s', (_name, change) => {
    const paths = printedPaths();
    change(paths);
    expect(matchForm(II_06A, modelOf(paths))).toEqual({ ok: true });
  });

  it('matches any table against a form of generic structure', () => {
    expect(matchForm(formByCode('II.05a')!, modelOf([['A'], ['B']]))).toEqual({ ok: true });
  });
});

describe('matchForm refuses a different structure, saying what differs', () => {
  it('names a missing column', () => {
    const paths = printedPaths();
    paths.splice(3, 1);
    const result = matchForm(II_06A, modelOf(paths));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(phraseIn(rulesVi, 'vi', result.reason)).toBe(
      'Cấu trúc biểu khác mẫu II.06a/VPCP/KSTT: thiếu cột (4) Trực tuyến. Biểu được kiểm tra theo cấu trúc chung.',
    );
    expect(phraseIn(rulesMessages.en, 'en', result.reason)).toBe(
      "The table's structure differs from form II.06a/VPCP/KSTT: column (4) Trực tuyến is missing. The table is checked generically.",
    );
  });

  it('names an added column', () => {
    const paths = printedPaths();
    paths.push(['Ghi chú']);
    expect(reasonFor(paths)).toContain('thừa cột (14) Ghi chú');
  });

  it('says an added column without a header is empty, in the language shown', () => {
    const paths = printedPaths();
    paths.push([]);
    expect(reasonFor(paths)).toContain('thừa cột (14) (trống)');
    const result = matchForm(II_06A, modelOf(paths));
    expect(result.ok ? '' : phraseIn(rulesMessages.en, 'en', result.reason)).toContain(
      'extra column (14) (empty)',
    );
  });

  it('names an added column in the middle', () => {
    const paths = printedPaths();
    paths.splice(6, 0, [RECEIVED, 'Bị trả lại']);
    expect(reasonFor(paths)).toContain(`thừa cột (7) ${RECEIVED} / Bị trả lại`);
  });

  it('names a renamed column with what the page shows', () => {
    const paths = printedPaths();
    paths[3][2] = 'Qua mạng';
    expect(reasonFor(paths)).toContain(
      `cột (4) Trực tuyến trên trang là "${RECEIVED} / Trong đó / Qua mạng"`,
    );
  });

  it('tells the repeated "Tổng số" columns apart by their group', () => {
    const paths = printedPaths();
    paths.splice(10, 1);
    expect(reasonFor(paths)).toContain(`thiếu cột (11) Tổng số – ${IN_PROGRESS}`);
  });

  it('refuses a leaf moved under another group', () => {
    const paths = printedPaths();
    paths[7] = [IN_PROGRESS, 'Trước hạn'];
    expect(reasonFor(paths)).toContain('cột (8) Trước hạn');
  });

  it('refuses swapped columns', () => {
    const paths = printedPaths();
    [paths[3], paths[4]] = [paths[4], paths[3]];
    expect(reasonFor(paths)).toMatch(/Trực tuyến|Trực tiếp/);
  });

  it('refuses a numbering row that numbers the columns otherwise', () => {
    const numbers = ['A', 'B', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n, i) =>
      typeof n === 'number' ? n : 100 + i,
    );
    expect(reasonFor(printedPaths(), numbers)).toContain('cột (1) STT được đánh số (100)');
  });

  it('is not fooled by diacritics alone ("Qua han" is not "Quá hạn")', () => {
    const paths = printedPaths();
    paths[9][1] = 'Qua han';
    expect(reasonFor(paths)).toContain('cột (10) Quá hạn');
  });

  it('counts the differences beyond the first three', () => {
    const paths = printedPaths().slice(0, 7);
    const reason = reasonFor(paths);
    expect(reason).toContain('thiếu cột (8) Trước hạn');
    expect(reason).toContain('và 3 khác biệt khác');
    const result = matchForm(II_06A, modelOf(paths));
    const english = result.ok ? '' : phraseIn(rulesMessages.en, 'en', result.reason);
    expect(english).toContain('column (8) Trước hạn is missing; ');
    expect(english).toContain('; and 3 more differences. The table is checked generically.');
  });

  it('refuses a table of another form', () => {
    expect(reasonFor([['STT'], ['Nội dung'], ['Số phản ánh, kiến nghị'], ['Đã xử lý']])).toMatch(
      /^Cấu trúc biểu khác mẫu/,
    );
  });
});

describe('headerKey', () => {
  it.each([
    ['Trực tiếp, dịch vụ bưu chính', 'Trực tiếp/ qua dịch vụ bưu chính'],
    ['Trực tiếp, dịch vụ bưu chính', 'Trực tiếp và dịch vụ bưu chính'],
    ['Tổng số (3)', 'Tổng số'],
    ['(3) Tổng số', 'TỔNG SỐ'],
  ])('%j ≡ %j', (a, b) => {
    expect(headerKey(a)).toBe(headerKey(b));
  });

  it('keeps words that change the meaning', () => {
    expect(headerKey('Trực tiếp')).not.toBe(headerKey('Trực tiếp, dịch vụ bưu chính'));
    expect(headerKey('Quá hạn')).not.toBe(headerKey('Qua hạn'));
  });
});
