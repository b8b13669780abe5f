import type { Draft } from '../drafts/schema';
import { parseNumber } from '../numbers';
import { type PageInfo, type Period, periodKey } from '../page-info';
import type { AppliedDispatches } from '../periods/schedule';
import { periodFromLabel, periodOf, previousPeriod, windowOf } from '../periods/windows';
import type { Profile } from '../profile';
import type { ColumnTotals, RuleContext } from '../rules/context';

// What the rules need besides the table, gathered from storage and the draft store. Each source may
// fail (no profile yet, the background asleep): the rule that needs it then stays silent.

export interface ContextSources {
  profile(): Promise<Profile>;
  applied(): Promise<AppliedDispatches>;
  /** The draft of a form for a period key and unit, or null. */
  draft(form: string, period: string, unit: string): Promise<Draft | null>;
  /** The other units' drafts of a form for a period key: the lower units' II.06a for an II.06. */
  drafts(form: string, period: string, unit: string): Promise<Draft[]>;
}

async function settle<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}

/** The window of the schedule in force for the page's period: an applied dispatch wins. */
function expectedWindow(
  id: string | null,
  official: Period | null,
  applied: AppliedDispatches | undefined,
): RuleContext['expectedPeriod'] {
  const item = id ? applied?.[id]?.items[0] : undefined;
  if (item) return { from: item.from, to: item.to, source: 'dispatch' };
  return official ? { ...official, source: 'default' } : undefined;
}

/** The figures of a draft's total row by column number: what an outline quotes. */
function totalsOf(draft: Draft | null | undefined): ColumnTotals | undefined {
  const total = draft?.rows.find((row) => row.kind === 'total');
  if (!total) return undefined;
  const totals: ColumnTotals = {};
  for (const [col, raw] of Object.entries(total.values)) {
    const { value } = parseNumber(raw);
    if (value !== null) totals[col] = value;
  }
  return totals;
}

export async function buildRuleContext(
  info: PageInfo,
  form: { code: string; aggregateOf?: string; quotes?: readonly string[] } | null,
  sources: ContextSources,
): Promise<RuleContext> {
  // The period the page names ("Quý II năm 2025") decides which official window applies, so dates that
  // belong to another period are reported rather than taken as the period.
  const id = periodFromLabel(info.periodLabel) ?? periodOf(info.periodLabel, info.period);
  const official = id ? windowOf(id) : null;
  const [profile, applied] = await Promise.all([settle(sources.profile()), settle(sources.applied())]);
  const context: RuleContext = {
    page: info,
    profile: profile ? { level: profile.level ?? undefined, unit: profile.unit } : undefined,
    officialWindow: official ?? undefined,
    expectedPeriod: expectedWindow(id, official, applied),
  };
  if (!form) return context;
  const previousId = id ? previousPeriod(id) : null;
  const previousWindow = previousId ? windowOf(previousId) : null;
  const unit = info.unit || profile?.unit || '';
  if (previousWindow && unit) {
    context.previous = (await settle(sources.draft(form.code, periodKey(previousWindow), unit))) ?? undefined;
  }
  // An outline (II.01-ĐC) quotes the totals of the first form its definition names that is at hand.
  if (form.quotes && info.period && unit) {
    for (const code of form.quotes) {
      const totals = totalsOf(await settle(sources.draft(code, periodKey(info.period), unit)));
      if (totals) {
        context.ii06Totals = totals;
        break;
      }
    }
  }
  if (form.aggregateOf && info.period) {
    const lower = await settle(sources.drafts(form.aggregateOf, periodKey(info.period), unit));
    if (lower?.length) context.lower = lower.map((draft) => ({ draft }));
  }
  return context;
}
