import { z } from 'zod/mini';
import { draftId } from '../key';
import { readOld } from './read-old';

// v1 → v2. The record's shape does not change; what v2 adds is that it was checked. v1 stores took a
// backup import as written: a draft kept whatever `id` the file gave it (so one form, period and unit
// could have two drafts, and `find` returned the old one), a period the save path refuses, and any text
// as a time ("zzz", compared as a string). v2 recomputes the id from form, period and unit; the final
// check in migrateDraft (the same schema a save uses) refuses a bad period or time, which sends the
// record to quarantine instead of the list.

export const DraftV1 = z.object({
  schema: z.literal(1),
  id: z.optional(z.string()),
  form: z.string(),
  period: z.string(),
  unit: z.string(),
  name: z.string(),
  rows: z.array(z.unknown()),
  savedAt: z.string(),
  revision: z.number(),
  findings: z.optional(z.unknown()),
});

export type DraftV1 = z.infer<typeof DraftV1>;

/** v2 as migration 003 reads it: the v1 fields, checked. */
export const DraftV2 = z.object({ ...DraftV1.shape, schema: z.literal(2), id: z.string() });
export type DraftV2 = z.infer<typeof DraftV2>;

export const migration002 = {
  from: 1,
  to: 2,
  up(raw: unknown): unknown {
    const old = readOld(DraftV1, raw);
    return { ...old, schema: 2, id: draftId(old.form, old.period, old.unit) };
  },
};
