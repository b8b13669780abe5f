import { z } from 'zod/mini';
import { fullFormCode as f } from '../forms/code';
import { workingDayAfter } from './holidays';
import { DISTRICTS_ABOLISHED, UnitLevel } from './levels';
import { type AppliedDispatches, PeriodSchedule, type ScheduleItem } from './schedule-schema';
import { kindOf, type PeriodId, windowOf } from './windows';

export { AppliedDispatches, PeriodSchedule, ScheduleItem } from './schedule-schema';

// Regime → forms → deadline per unit level → per period. The dispatch the user applied for a period
// wins; then the dates known from a real dispatch; otherwise the dispatches' pattern, marked estimated.

export const LevelRule = z.object({
  level: UnitLevel(),
  forms: z.array(z.string()),
  /** The deadline is this working day after the cut-off (1 = the first). */
  workingDaysAfterCutoff: z.number(),
  /** The level files only for windows ending before this date. */
  until: z.optional(z.string()),
});

export const Regime = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['M', 'Q', 'H', '9M', 'Y']),
  levels: z.array(LevelRule),
  known: z.array(PeriodSchedule()),
});

export type LevelRule = z.infer<typeof LevelRule>;
export type Regime = z.infer<typeof Regime>;

const COMMUNE_FORMS = [f('II.05a'), f('II.06a'), f('II.01-ĐC')];

/** Quarterly KSTT reports as the provincial office's dispatch for quarter I/2025 sets them. */
const KSTT_LEVELS: LevelRule[] = [
  { level: 'xa', forms: COMMUNE_FORMS, workingDaysAfterCutoff: 1 },
  {
    level: 'huyen-phong',
    forms: [f('II.05a'), f('II.06a')],
    workingDaysAfterCutoff: 1,
    until: DISTRICTS_ABOLISHED,
  },
  {
    level: 'huyen-vp',
    forms: [f('II.05'), f('II.06'), f('II.01-ĐC')],
    workingDaysAfterCutoff: 3,
    until: DISTRICTS_ABOLISHED,
  },
  { level: 'so', forms: COMMUNE_FORMS, workingDaysAfterCutoff: 3 },
];

function fromPattern(regime: Pick<Regime, 'id' | 'levels'>, period: PeriodId): PeriodSchedule {
  const window = windowOf(period)!;
  const items = regime.levels
    .filter((rule) => !rule.until || window.to < rule.until)
    .map((rule) => ({
      level: rule.level,
      forms: rule.forms,
      ...window,
      due: workingDayAfter(window.to, rule.workingDaysAfterCutoff),
    }));
  return { regime: regime.id, period, items, estimated: true, source: 'pattern' };
}

/**
 * The KSTT levels that file for a cut-off window, with their forms (district levels only before
 * 1/7/2025). `rules` = true returns the rules, else the levels.
 */
export function regimeLevels(window: { to: string }): UnitLevel[];
export function regimeLevels(window: { to: string }, rules: true): LevelRule[];
export function regimeLevels(window: { to: string }, rules?: true): UnitLevel[] | LevelRule[] {
  const active = KSTT_LEVELS.filter((rule) => !rule.until || window.to < rule.until);
  return rules ? active : active.map((rule) => rule.level);
}

export const KSTT_QUARTERLY: Regime = {
  id: 'kstt',
  name: 'Báo cáo công tác kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông (quý)',
  kind: 'Q',
  levels: KSTT_LEVELS,
  known: [
    // Dispatch of the provincial office, March 2025 (reference/cong-van-ky-bao-cao-quy-I-2025.txt).
    {
      ...fromPattern({ id: 'kstt', levels: KSTT_LEVELS }, '2025-Q1'),
      estimated: false,
      source: 'builtin',
    },
  ],
};

/** Applied dispatches by period id, as stored. */

/** The schedule of a period: the applied dispatch, else a known one, else the regime's pattern. */
export function scheduleFor(
  period: PeriodId,
  applied: AppliedDispatches = {},
  regime: Regime = KSTT_QUARTERLY,
): PeriodSchedule | null {
  if (applied[period]) return applied[period];
  const known = regime.known.find((s) => s.period === period);
  if (known) return known;
  return kindOf(period) === regime.kind ? fromPattern(regime, period) : null;
}

/** The items of a schedule that concern one level. */
export function itemsFor(schedule: PeriodSchedule, level: UnitLevel): ScheduleItem[] {
  return schedule.items.filter((item) => item.level === level);
}
