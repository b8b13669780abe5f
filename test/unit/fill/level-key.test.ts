import { describe, expect, test } from 'vitest';
import { levelKey } from '@/lib/fill/level-key';
import { kindFromLabel } from '@/lib/table/row-kind';

describe('levelKey', () => {
  test('a heading under any outline mark the table reader accepts names its level', () => {
    for (const heading of ['I. Cấp tỉnh', 'b) Cấp huyện', 'đ) Cấp xã', '3. Xã, phường, thị trấn']) {
      expect(kindFromLabel(heading)).toBe('group');
    }
    expect(['I. Cấp tỉnh', 'b) Cấp huyện', 'đ) Cấp xã', '3. Xã, phường, thị trấn'].map(levelKey)).toEqual([
      'tinh',
      'huyen',
      'xa',
      'xa',
    ]);
  });
});
