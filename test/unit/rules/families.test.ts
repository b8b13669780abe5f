import { describe, expect, test } from 'vitest';
import { FAMILIES, familyOf } from '@/lib/rules/families';
import { RuleId } from '@/lib/rules/finding';

describe('the rule families', () => {
  test('every rule id has exactly one family, registered under its own id', () => {
    expect(FAMILIES.map((f) => f.id).sort()).toEqual([...RuleId.options].sort());
    for (const id of RuleId.options) expect(familyOf(id).id).toBe(id);
  });
});
