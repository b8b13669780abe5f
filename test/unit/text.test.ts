import { describe, expect, it } from 'vitest';
import { clean, labelKey, looseKey } from '@/lib/text';

describe('clean', () => {
  it.each([
    ['  Tư pháp  ', 'Tư pháp'],
    ['Tư\u00a0pháp', 'Tư pháp'],
    ['Tư \n\t pháp', 'Tư pháp'],
    ['Tư pháp'.normalize('NFD'), 'Tư pháp'],
    ['Tư\u200b pháp', 'Tư pháp'],
  ])('%j → %j', (text, shown) => {
    expect(clean(text)).toBe(shown);
  });
});

describe('labelKey compares labels exactly, across renderings', () => {
  it.each([
    ['Thi đua - khen thưởng', 'Thi đua-Khen thưởng'],
    ['Thi đua – Khen thưởng', 'thi đua - khen thưởng'],
    ['Đất đai', '\u00d0ất đai'],
    ['đất đai', '\u00f0ất đai'],
    ['Đất đai'.normalize('NFD'), 'ĐẤT ĐAI'],
    ['Tổng số.', 'Tổng số'],
    ['Trực tiếp/ qua bưu chính', 'Trực tiếp / qua bưu chính'],
  ])('%j ≡ %j', (a, b) => {
    expect(labelKey(a)).toBe(labelKey(b));
  });

  it.each([
    ['Thi đua, khen thưởng', 'Thi đua - khen thưởng'],
    ['Đất đai', 'Dat dai'],
    ['Quá hạn', 'Qua han'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(labelKey(a)).not.toBe(labelKey(b));
  });
});

describe('looseKey', () => {
  it('drops diacritics and punctuation for suggestions only', () => {
    expect(looseKey('Thi đua – Khen thưởng')).toBe('thi dua khen thuong');
    expect(looseKey('\u00d0ất đai')).toBe('dat dai');
    expect(looseKey('Quá hạn')).toBe(looseKey('Qua han'));
  });
});
