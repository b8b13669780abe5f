import { describe, expect, it } from 'vitest';
import { formatMessage } from '@/lib/i18n/format';
import { textIn, translator } from '@/lib/i18n/translator';

const vi = { 'x.cells': 'Đã điền {count} ô', 'x.left': { other: 'Còn {count} lỗi' } } as const;
const catalogue = {
  vi,
  en: {
    'x.cells': 'Filled {count} cells',
    'x.left': { one: '{count} error left', other: '{count} errors left' },
  },
};

describe('messages', () => {
  it('fills placeholders and keeps an unknown one visible', () => {
    expect(formatMessage('Cột {col} của {row}', 'vi', { col: 5 })).toBe('Cột 5 của {row}');
  });

  it('picks the plural sentence of the language by count', () => {
    const en = translator(catalogue, 'en');
    expect(en('x.left', { count: 1 })).toBe('1 error left');
    expect(en('x.left', { count: 3 })).toBe('3 errors left');
    expect(translator(catalogue, 'vi')('x.left', { count: 1 })).toBe('Còn 1 lỗi');
  });

  it('translates a message given as data', () => {
    expect(textIn(catalogue, 'en', { key: 'x.cells', params: { count: 2 } })).toBe('Filled 2 cells');
    expect(textIn(catalogue, 'vi', { key: 'x.cells', params: { count: 2 } })).toBe('Đã điền 2 ô');
  });
});
