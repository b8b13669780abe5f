import { z } from 'zod/mini';
import { Draft } from '../drafts/schema';
import type { Pair, Phrase } from '../i18n/phrase';
import { PageInfo, Period } from '../page-info';
import { UnitLevel } from '../periods/levels';

// What the rules know besides the table: plain data the caller gathers (page text, profile, drafts at
// hand, the schedule in force). Every part is optional; a rule whose input is missing stays silent.

export const LowerDraft = z.object({
  draft: Draft,
  /** The level group of the aggregate it feeds: a FormDef rowGroups key or the heading's label. */
  group: z.optional(z.string()),
});

/** Figures of an II.06(a) total row, by form column number ("3" → received, "4" → online …). */
export const ColumnTotals = z.record(z.string(), z.number());

export const RuleContext = z.object({
  /** What the page says around the table: period label and dates. */
  page: z.optional(PageInfo),
  profile: z.optional(z.object({ level: z.optional(UnitLevel()), unit: z.optional(z.string()) })),
  /** Official window for the period the page names (lib/periods); computed from the label when absent. */
  officialWindow: z.optional(Period),
  /** The window of the schedule in force (a dispatch the user applied overrides the default). */
  expectedPeriod: z.optional(
    z.object({ from: z.string(), to: z.string(), source: z.optional(z.enum(['default', 'dispatch'])) }),
  ),
  /** The previous period's draft of the same form and unit (R7). */
  previous: z.optional(Draft),
  /** The lower units' II.06a drafts the user has, for an II.06 (A1). */
  lower: z.optional(z.array(LowerDraft)),
  /** The text of the II.01-ĐC outline of the same period, when at hand. */
  outlineText: z.optional(z.string()),
  /** The II.06(a) total row of the same period, for the outline check. */
  ii06Totals: z.optional(ColumnTotals),
  /** Why the page's header differs from the form's definition, when it does. */
  structureMismatch: z.optional(z.custom<Phrase | Pair>()),
});

export type LowerDraft = z.infer<typeof LowerDraft>;
export type ColumnTotals = z.infer<typeof ColumnTotals>;
export type RuleContext = z.infer<typeof RuleContext>;
