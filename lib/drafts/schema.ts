import { z } from 'zod/mini';
import { RowKind } from '../table/model';

// A draft: the values of one form for one unit and one period, keyed by normalised row label and
// form column number, never by DOM position (design.md §1). Stored in the background's IndexedDB.

export const DRAFT_SCHEMA_VERSION = 1;

export const DraftRow = z.object({
  /** Label as shown on the page or in the imported file. */
  label: z.string(),
  /** lib/text labelKey(label): what rows are matched by. */
  key: z.string(),
  kind: RowKind,
  /** Key of the level group heading this row sits under (II.06), when any. */
  group: z.optional(z.string()),
  /** Form column number → value as text in Vietnamese notation ("1.234"). */
  values: z.record(z.string(), z.string()),
});

export const Draft = z.object({
  schema: z.literal(DRAFT_SCHEMA_VERSION),
  /** formCode + '|' + period key + '|' + unit key (lib/drafts/key.ts). */
  id: z.string(),
  form: z.string(),
  /** "YYYY-MM-DD/YYYY-MM-DD". */
  period: z.string(),
  unit: z.string(),
  /** A name the user gave it, else empty. */
  name: z.string(),
  rows: z.array(DraftRow),
  /** ISO time of the last save. */
  savedAt: z.string(),
  /** Increases by one on every save; revisions keep earlier ones. */
  revision: z.number(),
  /** Errors and warnings the checks found when it was saved (the popup shows "saved with findings"). */
  findings: z.optional(z.object({ errors: z.number(), warnings: z.number() })),
});

export type DraftRow = z.infer<typeof DraftRow>;
export type Draft = z.infer<typeof Draft>;
