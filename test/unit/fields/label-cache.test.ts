import { describe, expect, it } from 'vitest';
import { cachedByLabel } from '@/lib/fields/label-cache';

describe('cachedByLabel', () => {
  it('answers each of 50 000 distinct labels once, however often a check asks again', () => {
    let computed = 0;
    const answer = cachedByLabel((label: string) => {
      computed++;
      return label.length;
    });
    const labels = Array.from({ length: 50_000 }, (_, i) => `Lĩnh vực ${i}`);
    // field-name, then field-duplicate over the same rows of one imported file.
    for (const label of labels) answer(label);
    for (const label of labels) answer(label);
    expect(computed).toBe(50_000);
  });
});
