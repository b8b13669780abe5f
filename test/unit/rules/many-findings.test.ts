import { describe, expect, test } from 'vitest';
import { checkAll } from '@/lib/rules/engine';
import { consistentRow, ii06Def, ii06Table, type RowSpec } from './build';

// A file of 150 001 rows naming one field: every later row is a duplicate. The findings once went
// into the result through push(...list), which overflows the stack beyond ~100 000 arguments.

describe('checkAll on a table with more findings than a call can take as arguments', () => {
  test('returns all 150 000 duplicate findings instead of throwing RangeError', () => {
    const row = consistentRow('Đất đai', [1, 1, 0, 1, 1, 0, 0, 0]);
    const rows: RowSpec[] = Array.from({ length: 150_001 }, () => row);
    const findings = checkAll(ii06Table(rows), ii06Def(), {});
    const duplicates = findings.filter((f) => f.rule === 'field-duplicate');
    expect(duplicates).toHaveLength(150_000);
    expect(duplicates.at(-1)?.row).toBe(150_000);
  }, 60_000);
});
