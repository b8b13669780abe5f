import { describe, expect, it } from 'vitest';
import { migrateOwnField, readOwnFields, type Step, storedOwnFields } from '@/lib/fields/own-migrate';
import { currentOwnFields } from '@/lib/fields/own-schema';

// The user's own field names as stored: each record migrated and validated on its own; what cannot be
// read is kept aside with the reason and written back unchanged, never dropped.

const V1 = { schema: 1, name: 'Quản lý chợ', level: 'xa', addedAt: '2027-03-12T02:00:00.000Z' };

describe('reading the own field names', () => {
  it('reads nothing stored as an empty list', () => {
    expect(readOwnFields(undefined)).toEqual({ entries: [], aside: [] });
  });

  it('keeps a damaged record aside with its reason and still reads the others', () => {
    const damaged = { schema: 1, name: '', level: 'xa', addedAt: 'x' };
    const wrongLevel = { ...V1, name: 'Điện lực', level: 'huyen' };
    const read = readOwnFields({ schema: 1, entries: [V1, damaged, 'rác', wrongLevel] });
    expect(read.entries.map((e) => e.name)).toEqual(['Quản lý chợ']);
    expect(read.aside.map((a) => a.record)).toEqual([damaged, 'rác', wrongLevel]);
    expect(read.aside[2].reason).toContain('level');
    // Written back, the records set aside are there as they were.
    expect(readOwnFields(storedOwnFields(read)).aside.map((a) => a.record)).toEqual([
      damaged,
      'rác',
      wrongLevel,
    ]);
  });

  it('sets aside a record of a newer schema, and reads it once a version knows that schema', () => {
    const v2 = { schema: 2, name: 'Nước sạch', level: 'xa', addedAt: V1.addedAt, note: 'thêm ở bản sau' };
    const today = readOwnFields({ schema: 1, entries: [V1, v2] });
    expect(today.entries.map((e) => e.name)).toEqual(['Quản lý chợ']);
    expect(today.aside).toEqual([
      { record: v2, reason: expect.stringContaining('phiên bản mới hơn'), reasonEn: expect.any(String) },
    ]);
    // A later version that knows schema 2 (one step 1 → 2) reads it back from the aside list.
    const later = readOwnFields(storedOwnFields(today), [(r) => r]);
    expect(later.entries.map((e) => e.name)).toEqual(['Quản lý chợ', 'Nước sạch']);
    expect(later.aside).toEqual([]);
  });

  it('runs the numbered steps from the record’s schema to the current one', () => {
    // A future schema 2 renames "ten" to "name" and spells levels out: the path is step 1.
    const steps: Step[] = [
      ({ ten, cap, ...rest }) => ({ ...rest, name: ten, level: cap === 'xã' ? 'xa' : cap }),
    ];
    const old = { schema: 1, ten: 'Chợ', cap: 'xã', addedAt: V1.addedAt };
    const read = migrateOwnField(old, 1, steps);
    expect(read).toEqual({ ok: true, field: { schema: 1, name: 'Chợ', level: 'xa', addedAt: V1.addedAt } });
    // Without the step the same record cannot be read, and says which field.
    const without = migrateOwnField(old, 1);
    expect(without.ok).toBe(false);
  });

  it('keeps one entry per name however it is spelled, and cleans the name', () => {
    const read = readOwnFields({
      schema: 1,
      entries: [
        { ...V1, name: '  Thi đua, khen thưởng cơ sở ' },
        { ...V1, name: 'Thi đua - khen thưởng cơ sở' },
      ],
    });
    expect(read.entries.map((e) => e.name)).toEqual(['Thi đua, khen thưởng cơ sở']);
  });

  it('a stored value that is not a list at all is kept aside whole', () => {
    const read = readOwnFields('hỏng');
    expect(read.entries).toEqual([]);
    expect(read.aside).toEqual([
      { record: 'hỏng', reason: expect.any(String), reasonEn: expect.any(String) },
    ]);
  });

  it('the content script reads only current, valid records (the background migrates the rest)', () => {
    expect(
      currentOwnFields({ schema: 1, entries: [V1, { ...V1, level: '?' }, { ...V1, schema: 2 }] }),
    ).toEqual([V1]);
    expect(currentOwnFields(undefined)).toEqual([]);
  });
});
