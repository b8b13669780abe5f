import { describe, expect, test } from 'vitest';
import data from '@/lib/fields/linh-vuc.json';
import { matchField, suggestFields } from '@/lib/fields/match';
import { FieldCatalogue } from '@/lib/fields/schema';

describe('the field catalogue', () => {
  test('is valid project data', () => {
    expect(FieldCatalogue().safeParse(data).success).toBe(true);
  });
});

describe('matchField', () => {
  test.each([
    ['Hộ tịch', 'Hộ tịch'],
    ['Hộ tịch'.normalize('NFD'), 'Hộ tịch'],
    ['  hộ   TỊCH ', 'Hộ tịch'],
    ['Giáo dục mầm non', 'Giáo dục Mầm non'],
    ['Quản lý hoạt động xây dựng', 'Quản lý hoạt động xây dựng'],
    ['Hòa giải cơ sở', 'Hòa giải cơ sở'],
  ])('%j is a published name (NFC, case, spaces, aliases, names communes use)', (label, name) => {
    expect(matchField(label)).toMatchObject({ kind: 'published', name });
  });

  test('a published spelling the catalogue maps to another keeps its place, with the usual name', () => {
    expect(matchField('Thi đua – Khen thưởng')).toEqual({
      kind: 'published',
      name: 'Thi đua - khen thưởng',
      preferred: 'Thi đua, khen thưởng',
    });
  });

  test.each([
    [
      'Thành Lập và Hoạt Động HKD',
      ['Thành lập và hoạt động của hộ kinh doanh', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)'],
    ],
    ['Đăng ký giao dịch bảo đảm', ['Đăng ký biện pháp bảo đảm']],
    ['Hoạt động KH&CN', ['Hoạt động khoa học và công nghệ']],
    ['Phòng chống tham nhũng', ['Phòng, chống tham nhũng']],
    ['Phòng - chống tham nhũng', ['Phòng, chống tham nhũng']],
    ['Quy hoạch xây dựng - kiến trúc', ['Quy hoạch xây dựng, kiến trúc']],
  ])('%j is a local spelling of a published name', (label, names) => {
    expect(matchField(label)).toEqual({ kind: 'variant', names });
  });

  test('without diacritics a name is never matched, only suggested', () => {
    expect(matchField('Ho tich')).toEqual({ kind: 'unknown', suggestions: ['Hộ tịch'] });
  });

  test.each([
    ['Chứng thưc', 'Chứng thực'],
    ['Lĩnh vực đất đai', 'Đất đai'],
    ['Tư pháp - Hộ tịch', 'Hộ tịch'],
    ['Khiếu nại', 'Khiếu nại, tố cáo'],
  ])('%j gets %j as closest suggestion', (label, best) => {
    const match = matchField(label);
    expect(match.kind).toBe('unknown');
    expect(match.kind === 'unknown' && match.suggestions[0]).toBe(best);
  });

  test('nothing like any name: no suggestions', () => {
    expect(suggestFields('xyz qwv')).toEqual([]);
  });
});
