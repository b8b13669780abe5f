import type { Draft } from '../drafts/schema';
import type { FormDef } from '../forms/schema';
import { parseNumber } from '../numbers';
import { type PageInfo, type Period, periodKey } from '../page-info';
import type { AppliedDispatches } from '../periods/schedule';
import { type PeriodId, periodFromLabel, periodOf, previousPeriod, windowOf } from '../periods/windows';
import type { Profile } from '../profile';
import type { ColumnTotals, RuleContext } from '../rules/context';
import { FAMILIES, neededContext } from '../rules/families';
import type { RuleFamily } from '../rules/family';

// What the rules need besides the table, gathered from the sources the page hands in (storage and the
// draft store: lib/page/context-sources.ts). Only the parts that some family applying to the form
// `needs` (family.ts) are gathered, and only those are fetched. A new part is a key in context.ts and
// its gatherer here, both in this folder. Each source may fail (no profile yet, the background
// asleep): the rule that needs it then stays silent.

export interface ContextSources {
  profile(): Promise<Profile>;
  applied(): Promise<AppliedDispatches>;
  /** The draft of a form for a period key and unit, or null. */
  draft(form: string, period: string, unit: string): Promise<Draft | null>;
  /** The other units' drafts of a form for a period key: the lower units' II.06a for an II.06. */
  drafts(form: string, period: string, unit: string): Promise<Draft[]>;
}

/**
 * The form the context is for: its facts (the aggregate's source form, the forms an outline quotes) and
 * the families that apply to it decide what is gathered.
 */
export interface RuleForm {
  code: string;
  def?: FormDef | null;
}

/** Parts the page controller reads from the page itself (the outline's text, the header's mismatch). */
type PageKey = 'outlineText' | 'structureMismatch';
type Gathered = Exclude<keyof RuleContext, PageKey>;

/** What a gatherer may use: the page, the form, the period it names and the sources, each read once. */
interface Gathering {
  info: PageInfo;
  form: RuleForm | null;
  id: PeriodId | null;
  official: Period | null;
  sources: ContextSources;
  profile(): Promise<Profile | undefined>;
  /** The unit the drafts are filed under: the page's, else the profile's. */
  unit(): Promise<string>;
}

async function settle<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch {
    return undefined;
  }
}

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= read();
    return value;
  };
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

function aggregateOf(form: RuleForm): string | undefined {
  const relation = form.def?.relations.find((r) => r.kind === 'aggregate');
  return relation?.kind === 'aggregate' ? relation.of : undefined;
}

// One gatherer per part of the context: a new part (lib/rules/context.ts) does not compile until it
// has one here, or is named in PageKey.
const GATHER: { [K in Gathered]: (g: Gathering) => Promise<RuleContext[K]> | RuleContext[K] } = {
  page: (g) => g.info,
  officialWindow: (g) => g.official ?? undefined,
  async profile(g) {
    const profile = await g.profile();
    return profile ? { level: profile.level ?? undefined, unit: profile.unit } : undefined;
  },
  /** The window of the schedule in force for the page's period: an applied dispatch wins. */
  async expectedPeriod({ id, official, sources }) {
    if (!id) return undefined;
    const item = (await settle(sources.applied()))?.[id]?.items[0];
    if (item) return { from: item.from, to: item.to, source: 'dispatch' };
    return official ? { ...official, source: 'default' } : undefined;
  },
  async previous({ form, id, sources, unit }) {
    const previousId = id ? previousPeriod(id) : null;
    const window = previousId ? windowOf(previousId) : null;
    const at = window && form ? await unit() : '';
    if (!form || !window || !at) return undefined;
    return (await settle(sources.draft(form.code, periodKey(window), at))) ?? undefined;
  },
  /** An outline (II.01-ĐC) quotes the totals of the first form its definition names that is at hand. */
  async ii06Totals({ form, info, sources, unit }) {
    const quotes = form?.def?.quotes;
    const at = quotes && info.period ? await unit() : '';
    if (!quotes || !info.period || !at) return undefined;
    for (const code of quotes) {
      const totals = totalsOf(await settle(sources.draft(code, periodKey(info.period), at)));
      if (totals) return totals;
    }
    return undefined;
  },
  async lower({ form, info, sources, unit }) {
    const of = form ? aggregateOf(form) : undefined;
    if (!of || !info.period) return undefined;
    const lower = await settle(sources.drafts(of, periodKey(info.period), await unit()));
    return lower?.length ? lower.map((draft) => ({ draft })) : undefined;
  },
};

const isGathered = (key: keyof RuleContext): key is Gathered => key in GATHER;

export async function buildRuleContext(
  info: PageInfo,
  form: RuleForm | null,
  sources: ContextSources,
  families: readonly RuleFamily[] = FAMILIES,
): Promise<RuleContext> {
  // The period the page names ("Quý II năm 2025") decides which official window applies, so dates that
  // belong to another period are reported rather than taken as the period.
  const id = periodFromLabel(info.periodLabel) ?? periodOf(info.periodLabel, info.period);
  const profile = once(() => settle(sources.profile()));
  const gathering: Gathering = {
    info,
    form,
    id,
    official: id ? windowOf(id) : null,
    sources,
    profile,
    unit: async () => info.unit || (await profile())?.unit || '',
  };
  const wanted = [...neededContext(form ? form.def : null, families)].filter(isGathered);
  const parts = await Promise.all(wanted.map(async (key) => [key, await GATHER[key](gathering)] as const));
  const context: RuleContext = {};
  for (const [key, value] of parts) if (value !== undefined) Object.assign(context, { [key]: value });
  return context;
}
