import { describe, expect, it } from 'vitest';
import {
  formatDigits,
  formatNumber,
  formatPlain,
  formatSpaced,
  isCount,
  parseIn,
  parseNumber,
  parsePlain,
} from '@/lib/numbers';

describe('parseNumber reads Vietnamese notation', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['1234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['57.689', 57689],
    ['1.234,5', 1234.5],
    ['12,5', 12.5],
    ['0,5', 0.5],
    ['0,123', 0.123],
    ['1234,567', 1234.567],
    ['1.234,567', 1234.567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1234567],
    ['1 234,5', 1234.5],
    ['  42  ', 42],
    ['-5', -5],
    ['\u22125', -5],
    ['-1.234', -1234],
    ['+5', 5],
    ['007', 7],
  ])('%j → %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ value, parse: 'number' });
  });

  it.each(['', '   ', '-', '\u2013', '\u2014', ' - ', '\u00a0'])('%j is no value', (raw) => {
    expect(parseNumber(raw)).toEqual({ value: null, parse: 'empty' });
  });

  it.each(['1,234', '1,234,567', '12,345', '1,234.5', '-1,234'])('%j is ambiguous, never guessed', (raw) => {
    expect(parseNumber(raw)).toEqual({ value: null, parse: 'ambiguous' });
  });

  it.each([
    '1.2.3',
    '1.23',
    '12.5',
    '12a',
    'abc',
    '1,2,3',
    '1,234,56',
    '1.',
    '5,',
    ',5',
    '.5',
    '1 23',
    '12 345 6',
    '--5',
    '+',
    '12%',
    '1.234.56',
  ])('%j is invalid', (raw) => {
    expect(parseNumber(raw)).toEqual({ value: null, parse: 'invalid' });
  });
});

describe('formatNumber writes Vietnamese notation', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [1234, '1.234'],
    [1234567, '1.234.567'],
    [1234.5, '1.234,5'],
    [12.5, '12,5'],
    [-5, '-5'],
    [-1234.25, '-1.234,25'],
    [0.1 + 0.2, '0,3'],
    [-0, '0'],
  ])('%d → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('round-trips through parseNumber', () => {
    for (const n of [0, 5, 1501, 96291, 1234.5, -42, 2063.75]) {
      expect(parseNumber(formatNumber(n)).value).toBe(n);
    }
  });
});

describe('isCount', () => {
  it('accepts whole numbers ≥ 0 only', () => {
    expect(isCount(0)).toBe(true);
    expect(isCount(1501)).toBe(true);
    expect(isCount(-1)).toBe(false);
    expect(isCount(1.5)).toBe(false);
    expect(isCount(null)).toBe(false);
  });
});

describe('notations for writing and for number inputs', () => {
  it('never formats a number as an ambiguous text', () => {
    expect(formatNumber(1.245)).toBe('1,2450');
    expect(parseNumber(formatNumber(1.245))).toEqual({ value: 1.245, parse: 'number' });
    expect(formatNumber(0.245)).toBe('0,245');
    expect(formatNumber(1234.567)).toBe('1.234,567');
  });

  it('writes plain, digit and spaced forms', () => {
    expect([1245, 1234.5, -0.5, 12000].map(formatPlain)).toEqual(['1245', '1234.5', '-0.5', '12000']);
    expect([1245, 1234.5].map(formatDigits)).toEqual(['1245', '1234,5']);
    expect(formatSpaced(1234567)).toBe('1 234 567');
  });

  it('reads a number input’s value as a JS number', () => {
    expect(['1.5', '1245', '1.245', '', '-3', '1,5'].map((t) => parsePlain(t).value)).toEqual([
      1.5,
      1245,
      1.245,
      null,
      -3,
      null,
    ]);
    expect(parseIn('1.245', 'vi').value).toBe(1245);
    expect(parseIn('1.245', 'plain').value).toBe(1.245);
    expect(parseIn('1,245.5', 'en').value).toBe(1245.5);
  });
});
