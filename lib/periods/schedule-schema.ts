import { z } from 'zod/mini';
import { lazy } from '../lazy';
import { UnitLevel } from './levels';
import { PeriodId } from './windows';

// The stored shapes of a period's schedule, apart from the regime's rules (schedule.ts), so the content
// script reads applied dispatches without bundling the deadline arithmetic and the holiday tables.

// Built on first use (lib/lazy.ts): the content script reads applied dispatches only when it needs them.
export const ScheduleItem = lazy(() =>
  z.object({
    level: UnitLevel(),
    /** Full codes: "II.06a/VPCP/KSTT". */
    forms: z.array(z.string()),
    /** The data cut-off window, ISO dates. */
    from: z.string(),
    to: z.string(),
    due: z.string(),
    /** Written "trước ngày …": the dispatch asks for it before that day. */
    before: z.optional(z.boolean()),
    /** The dispatch names no forms for this level: the regime's forms for it are assumed. */
    formsAssumed: z.optional(z.boolean()),
    /** What the user should confirm against the dispatch (the date is kept as written). */
    flags: z.optional(z.array(z.enum(['weekend', 'holiday', 'before-cutoff', 'weekday-mismatch']))),
  }),
);

export const PeriodSchedule = lazy(() =>
  z.object({
    regime: z.string(),
    period: PeriodId(),
    items: z.array(ScheduleItem()),
    /** Dates follow the pattern of earlier dispatches, not this period's own. */
    estimated: z.boolean(),
    source: z.enum(['builtin', 'pattern', 'dispatch']),
    /** When the user applied it (ISO time), for dispatches. */
    appliedAt: z.optional(z.string()),
  }),
);

export type ScheduleItem = z.infer<ReturnType<typeof ScheduleItem>>;
export type PeriodSchedule = z.infer<ReturnType<typeof PeriodSchedule>>;

export const AppliedDispatches = lazy(() => z.record(z.string(), PeriodSchedule()));
export type AppliedDispatches = z.infer<ReturnType<typeof AppliedDispatches>>;
