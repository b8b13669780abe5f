import { describe, expect, it } from 'vitest';
import { applyFix } from '@/lib/fill/fill';
import { describeFill } from '@/lib/fill/report';
import { UndoJournal } from '@/lib/fill/undo';
import { beyondCount, parseNumber, parsePlain } from '@/lib/numbers';
import { checkAll, runFamily } from '@/lib/rules/engine';
import { findingWords } from '@/lib/rules/finding-words';
import { numberPage } from '../fill/number-page';
import { ii06Def, ii06Table, seen } from '../rules/build';

// Values beyond what a count can be (more than 15 digits, beyond Number.MAX_SAFE_INTEGER, `1e308`)
// were summed: 1e308 + 1e308 is Infinity, and the panel offered to write "Infinity" into the total.
// Such a value is a `number` finding; no sum, balance or total-row finding is built on it.

const def = ii06Def();
const HUGE = `1${'0'.repeat(308)}`; // 309 digits: 1e308

describe('values too large to be a count', () => {
  it('are unreadable in any notation, and say why', () => {
    expect(parseNumber(HUGE).parse).toBe('invalid');
    expect(parseNumber('1.234.567.890.123.456').parse).toBe('invalid');
    expect(parseNumber('123.456.789.012.345')).toEqual({ value: 123456789012345, parse: 'number' });
    expect(parsePlain('1e308').parse).toBe('invalid');
    expect(parsePlain('9007199254740993').parse).toBe('invalid');
    expect([HUGE, '1e308', '1234567890123456', '12', '1.234'].map(beyondCount)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('give a number finding and no sum, balance or total-row finding, so no "Infinity" fix', () => {
    const model = ii06Table([
      ['Hộ tịch', 5, HUGE, HUGE, 0, 5, 5, 0, 0, 0, 0, 0],
      ['Đất đai', 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0],
      ['Tổng số', 6, HUGE, HUGE, 0, 6, 6, 0, 0, 0, 0, 0],
    ]);
    for (const rule of ['sum', 'balance', 'total-row'] as const)
      expect(runFamily(rule, model, def, {})).toEqual([]);
    const all = checkAll(model, def, {});
    expect(all.every((f) => f.rule === 'number')).toBe(true);
    expect(all.some((f) => f.fix)).toBe(false);
    const found = runFamily('number', model, def, {});
    expect(seen(model, found)).toHaveLength(4);
    expect(found[0].message).toContain('quá lớn, không phải số hồ sơ (nhiều hơn 15 chữ số)');
    expect(findingWords(found[0].text, 'en')).toContain('too large to be a count');
  });

  it('a total over 15-digit counts that passes Number.MAX_SAFE_INTEGER offers no fix', () => {
    const big = 999_999_999_999_999;
    const rows = Array.from({ length: 10 }, (_, i): [string, ...number[]] => [`Lĩnh vực ${i}`, 0, 0, 0, 0]);
    for (const row of rows) row[2] = big;
    const model = ii06Table([...rows, ['Tổng số', 0, 1, 0, 0]]);
    expect(runFamily('total-row', model, def, {})).toEqual([]);
  });

  it('1e308 typed into a number input is a number finding too', () => {
    const page = numberPage([{ label: 'Hộ tịch', values: ['1', '1e308', '1e308'] }]);
    const found = checkAll(page.model, def, {});
    expect(found.map((f) => [f.rule, f.col])).toEqual([
      ['number', 4],
      ['number', 5],
    ]);
    expect(found[0].message).toContain('quá lớn');
  });

  it('a fix of Infinity handed to the writer is refused, nothing written', async () => {
    const page = numberPage([{ label: 'Hộ tịch', values: ['1'] }]);
    const journal = new UndoJournal();
    const report = await applyFix(
      { row: 0, col: 3, value: Number.POSITIVE_INFINITY },
      page.model,
      page.handles,
      {
        journal,
      },
    );
    expect(page.field(0, 3).value).toBe('1');
    expect(journal.canUndo).toBe(false);
    expect(describeFill(report).vi).toContain('giá trị quá lớn, không phải số hồ sơ');
  });
});
