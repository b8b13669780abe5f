import { z } from 'zod/mini';
import type { Text } from '../i18n/message';
import { RowKind } from '../table/model';

// A draft: the values of one form for one unit and one period, keyed by normalised row label and
// form column number, never by DOM position (design.md §1). Stored in the background's IndexedDB.

/**
 * v2: the v1 shape whose id, period and times are checked (migrations/002).
 * v3: each column's identity (its header as shown) and the form version it was read under (003).
 */
export const DRAFT_SCHEMA_VERSION = 3;

/** ISO dates "YYYY-MM-DD/YYYY-MM-DD", as lib/page-info periodKey writes them. */
export const PERIOD_KEY = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

function realDate(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso;
}

// The fields a save and a backup import check alike: whatever the store holds passed one of them.
// Their failures are said by migrations/reason.ts, keyed by field and check, not by zod's message.
// `.check()` is a method call the bundler cannot prove pure: the annotations let the content script
// (which imports this module for its types and constants) leave the schemas out.

export const FormCode = /* @__PURE__ */ z.string().check(z.minLength(1));

export const PeriodKey = /* @__PURE__ */ z.string().check(
  z.regex(PERIOD_KEY),
  z.refine((period) => period.split('/').every(realDate)),
);

/**
 * An ISO 8601 instant with its offset. Stored as toISOString() (migrations/index.ts canonical), so
 * the store may order times as strings.
 */
export const Instant = z.iso.datetime({ offset: true });

/** An ISO instant as the store writes it (toISOString), or why the text is not one. */
export function readInstant(
  text: string,
): { ok: true; at: string } | { ok: false; reason: Text<'quarantine.notInstant'> } {
  const parsed = Instant.safeParse(text);
  if (!parsed.success) return { ok: false, reason: { key: 'quarantine.notInstant' } };
  return { ok: true, at: new Date(parsed.data).toISOString() };
}

/** A count of things: no fraction, not negative. */
const Count = /* @__PURE__ */ z.int().check(z.minimum(0));
const Findings = z.object({ errors: Count, warnings: Count });

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

/** What a column of the draft is, besides its number: a fill checks the page's column says the same. */
export const DraftColumn = z.object({
  /** Header path as shown ("Số hồ sơ nhận giải quyết / Trong đó / Trực tuyến"). */
  header: z.string(),
});

/** Column number → identity; only columns with a readable header are listed. */
const DraftColumns = z.record(z.string(), DraftColumn);

export const Draft = z.object({
  schema: z.literal(DRAFT_SCHEMA_VERSION),
  /** formCode + '|' + period key + '|' + unit key (lib/drafts/key.ts), recomputed on every import. */
  id: z.string(),
  form: FormCode,
  /** "YYYY-MM-DD/YYYY-MM-DD". */
  period: PeriodKey,
  unit: z.string(),
  /** A name the user gave it, else empty. */
  name: z.string(),
  rows: z.array(DraftRow),
  /** ISO time of the last save. */
  savedAt: Instant,
  /** Increases by one on every save; revisions keep earlier ones. */
  revision: Count,
  /** Errors and warnings the checks found when it was saved (the popup shows "saved with findings"). */
  findings: z.optional(Findings),
  /** The form version its columns were read under ("II.06a/VPCP/KSTT@01/2020"). */
  formVersion: z.optional(z.string()),
  columns: z.optional(DraftColumns),
});

export type DraftColumn = z.infer<typeof DraftColumn>;
export type DraftRow = z.infer<typeof DraftRow>;
export type Draft = z.infer<typeof Draft>;

/**
 * What callers hand to saveDraft: the store sets id, schema, savedAt and revision itself, so a full
 * Draft is accepted too (the extra keys are dropped). A missing name keeps the stored one.
 */
export const DraftInput = z.object({
  form: FormCode,
  period: PeriodKey,
  unit: z.string(),
  name: z.optional(z.string()),
  rows: z.array(DraftRow),
  findings: z.optional(Findings),
  formVersion: z.optional(z.string()),
  columns: z.optional(DraftColumns),
});

/** One line of the drafts list (popup, options): no row values. */
export const DraftSummary = z.object({
  id: z.string(),
  form: z.string(),
  period: z.string(),
  unit: z.string(),
  name: z.string(),
  savedAt: z.string(),
  revision: z.number(),
  /** How many earlier versions are kept. */
  revisions: z.number(),
  findings: z.optional(z.object({ errors: z.number(), warnings: z.number() })),
});

/** An earlier version of a draft, kept when a newer save (or an imported copy) replaced it. */
export const Revision = z.object({
  /** Store key, assigned on insert. */
  seq: z.optional(z.number()),
  draftId: z.string(),
  /** When it stopped being the current version. */
  replacedAt: Instant,
  draft: Draft,
});

export type DraftInput = z.infer<typeof DraftInput>;
export type DraftSummary = z.infer<typeof DraftSummary>;
export type Revision = z.infer<typeof Revision>;

export function summarise(draft: Draft, revisions: number): DraftSummary {
  const { id, form, period, unit, name, savedAt, revision, findings } = draft;
  return { id, form, period, unit, name, savedAt, revision, revisions, ...(findings ? { findings } : {}) };
}
