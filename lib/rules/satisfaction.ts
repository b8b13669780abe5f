import { type Figure, readOutlineFigures } from '../outline/figures';
import type { TableModel } from '../table/model';
import { labelKey } from '../text';
import { addend } from './cells';
import type { WholeFamily } from './family';
import type { Finding } from './finding';
import type { TablePlan } from './plan';
import { clause, said } from './said';
import { num } from './wording';

// satisfaction: the three rating counts — Rất hài lòng; Hài lòng (hoặc bình thường); Chưa hài lòng
// (hoặc không hài lòng/rất tệ) — are whole numbers ≥ 0 and add up to the stated total; percentages are
// computed on their sum. Read from the outline's text, or from a small table whose rows are the three
// buckets (a table's total row is the total-row rule's business, so it is not reported twice here).

export interface Ratings {
  veryGood: number;
  good: number;
  notGood: number;
  /** Stated total, when written. */
  total?: number;
  /** Stated percentages, when written. */
  percents?: { veryGood?: number; good?: number; notGood?: number };
}

const BUCKETS = [
  { key: 'veryGood', name: clause('rules.satisfaction.veryGood') },
  { key: 'good', name: clause('rules.satisfaction.good') },
  { key: 'notGood', name: clause('rules.satisfaction.notGood') },
] as const;

/** Percent of `part` in `sum`, one decimal, Vietnamese notation. */
function percentOf(part: number, sum: number): number {
  return Math.round((part / sum) * 1000) / 10;
}

/** Findings on a set of ratings, placed at `where` (row and column of the count cells, if any). */
export function checkRatings(
  ratings: Ratings,
  where: (key: keyof Ratings | 'total') => { row?: number; col?: number },
): Finding[] {
  const out: Finding[] = [];
  for (const b of BUCKETS) {
    const v = ratings[b.key];
    if (Number.isInteger(v) && v >= 0) continue;
    out.push({
      rule: 'satisfaction',
      severity: 'error',
      ...where(b.key),
      ...said('rules.satisfaction.count', { bucket: b.name, value: num(v) }),
      detail: { actual: v },
    });
  }
  const sum = ratings.veryGood + ratings.good + ratings.notGood;
  if (ratings.total !== undefined && ratings.total !== sum) {
    out.push({
      rule: 'satisfaction',
      severity: 'error',
      ...where('total'),
      ...said('rules.satisfaction.total', {
        total: num(ratings.total),
        sum: num(sum),
        veryGood: num(ratings.veryGood),
        good: num(ratings.good),
        notGood: num(ratings.notGood),
      }),
      detail: { expected: sum, actual: ratings.total },
    });
  }
  if (sum > 0 && ratings.percents) {
    for (const b of BUCKETS) {
      const stated = ratings.percents[b.key];
      if (stated === undefined) continue;
      const computed = percentOf(ratings[b.key], sum);
      if (Math.abs(stated - computed) <= 0.5) continue;
      out.push({
        rule: 'satisfaction',
        severity: 'warning',
        ...where(b.key),
        ...said('rules.satisfaction.share', {
          bucket: b.name,
          stated: num(stated),
          part: num(ratings[b.key]),
          sum: num(sum),
          computed: num(computed),
        }),
        detail: { expected: computed, actual: stated },
      });
    }
  }
  return out;
}

/** Ratings written in an outline's text, when all three counts are there. */
export function ratingsFromText(text: string): Ratings | null {
  const f = readOutlineFigures(text);
  if (!f.veryGood || !f.good || !f.notGood) return null;
  const pct = (x: Figure) => x.percent;
  return {
    veryGood: f.veryGood.value,
    good: f.good.value,
    notGood: f.notGood.value,
    ...(f.ratingsTotal ? { total: f.ratingsTotal.value } : {}),
    percents: { veryGood: pct(f.veryGood), good: pct(f.good), notGood: pct(f.notGood) },
  };
}

const ROW_PATTERNS: Record<'veryGood' | 'good' | 'notGood' | 'total', RegExp> = {
  veryGood: /^rất hài lòng/,
  good: /^hài lòng|^bình thường/,
  notGood: /^(chưa|không) hài lòng|rất tệ/,
  total: /^tổng/,
};

/** Rows of a small generic table that hold the three buckets, with their first value column. */
function ratingsFromTable(model: TableModel, table: TablePlan, out: Finding[]): void {
  const found: Partial<Record<keyof typeof ROW_PATTERNS, number>> = {};
  for (const row of model.rows) {
    const key = labelKey(row.label).replace(/^[\divx.)\-\s]+(?=\D)/, '');
    for (const [bucket, pattern] of Object.entries(ROW_PATTERNS)) {
      if (found[bucket as keyof typeof ROW_PATTERNS] === undefined && pattern.test(key)) {
        found[bucket as keyof typeof ROW_PATTERNS] = row.index;
        break;
      }
    }
  }
  if (found.veryGood === undefined || found.good === undefined || found.notGood === undefined) return;
  const col = table.values.find((p) => model.rows[found.veryGood!].cells[p]?.parse === 'number');
  if (col === undefined) return;
  const value = (r: number) => addend(model.rows[r].cells[col]);
  const ratings: Ratings = {
    veryGood: value(found.veryGood),
    good: value(found.good),
    notGood: value(found.notGood),
  };
  if (Object.values(ratings).some(Number.isNaN)) return;
  const totalRow = found.total;
  if (totalRow !== undefined && model.rows[totalRow].kind === 'data') {
    const total = value(totalRow);
    if (!Number.isNaN(total)) ratings.total = total;
  }
  const number = model.columns[col].number;
  const where = (key: string) => ({ row: key === 'total' ? totalRow : found[key as 'good'], col: number });
  for (const f of checkRatings(ratings, where)) out.push(f);
}

export const satisfaction: WholeFamily = {
  id: 'satisfaction',
  scope: 'cross',
  needs: ['outlineText'],
  run: ({ model, def, ctx, table }, out) => {
    if (ctx.outlineText) {
      const ratings = ratingsFromText(ctx.outlineText);
      if (ratings) for (const f of checkRatings(ratings, () => ({}))) out.push(f);
    }
    // Tables of known forms (II.06a: 2 000 field rows) hold no ratings.
    if (model && table && def?.structure !== 'known') ratingsFromTable(model, table, out);
  },
};
