import type { FormDef } from '../forms/schema';
import type { Row, TableModel } from '../table/model';
import { labelKey } from '../text';
import { addend } from './cells';
import type { LowerDraft } from './context';
import { draftValue } from './draft-values';
import type { RowFamily, TableInput } from './family';
import { fieldKey } from './field-duplicate';
import type { Finding } from './finding';
import { said } from './said';
import { num } from './wording';

// aggregate (A1): on an II.06, each cell of a field row equals the sum of the same cell in the lower
// units' II.06a drafts at hand, within the same level group; a field that lower units reported but the
// aggregate lacks is reported on its group's heading. Fields match spelling-insensitively (a local
// spelling below counts for its published name above). Only fields some lower draft has are compared.
// Messages speak of this page's cells only; the lower drafts' sums and labels are in detail.quoted,
// which the panel shows when the user opens the finding (the fix's value too).

export interface AggregatePlan {
  severity: Finding['severity'];
  units: number;
  /** "groupRow␟fieldKey" → column number → Σ lower values (NaN when one was unreadable). */
  sums: Map<string, Map<number, number>>;
  /** Model row index → its key into `sums`. */
  rowKeys: Map<number, string>;
  /** Positions of the count columns. */
  positions: number[];
  missing: Finding[];
}

/** The heading row (index) a lower draft's group names, or -1 for a table without level groups. */
function headingFor(def: FormDef, lower: LowerDraft, headings: Row[]): number | null {
  if (headings.length === 0) return -1;
  if (lower.group === undefined) return null;
  const wanted = labelKey(lower.group);
  // The group may be named by its key ("xa") or by any of its headings' wordings.
  const group = def.rowGroups.find(
    (g) => g.key === lower.group || g.labels.some((l) => labelKey(l) === wanted),
  );
  const labels = group?.labels.map(labelKey) ?? [wanted];
  const heading = headings.find((h) => {
    const key = labelKey(h.label);
    return key === wanted || labels.some((l) => key.includes(l));
  });
  return heading ? heading.index : null;
}

function aggregatePlan({ model, def, ctx, table }: TableInput): AggregatePlan | null {
  const lower = ctx.lower;
  const relation = def?.relations.find((r) => r.kind === 'aggregate');
  if (!def?.aggregate || !lower || lower.length === 0 || !relation) return null;
  const counts = table.counts;
  const numbers = counts.map((p) => model.columns[p].number);
  const headings = model.rows.filter((r) => r.kind === 'group');
  const sums = new Map<string, Map<number, number>>();
  const labels = new Map<string, string>();
  for (const unit of lower) {
    const heading = headingFor(def, unit, headings);
    if (heading === null) continue;
    for (const row of unit.draft.rows) {
      if (row.kind !== 'data') continue;
      const key = `${heading}\u241f${fieldKey(row.label)}`;
      const sum = sums.get(key) ?? new Map<number, number>();
      for (const n of numbers) sum.set(n, (sum.get(n) ?? 0) + (draftValue(row, n) ?? Number.NaN));
      sums.set(key, sum);
      if (!labels.has(key)) labels.set(key, row.label);
    }
  }
  const rowKeys = new Map<number, string>();
  const present = new Set<string>();
  for (const row of model.rows) {
    if (row.kind !== 'data') continue;
    const key = `${row.group ?? -1}\u241f${fieldKey(row.label)}`;
    present.add(key);
    if (sums.has(key)) rowKeys.set(row.index, key);
  }
  const missing: Finding[] = [];
  for (const [key, sum] of sums) {
    if (present.has(key) || ![...sum.values()].some((v) => v !== 0)) continue;
    const heading = Number(key.split('\u241f')[0]);
    const label = labels.get(key);
    missing.push({
      rule: 'aggregate',
      severity: relation.severity,
      ...(heading >= 0 ? { row: heading } : {}),
      ...said('rules.aggregate.missing'),
      detail: { quoted: said('rules.aggregate.missingQuoted', { label: label ?? '' }) },
    });
  }
  return { severity: relation.severity, units: lower.length, sums, rowKeys, positions: counts, missing };
}

export const aggregate: RowFamily<AggregatePlan> = {
  id: 'aggregate',
  scope: 'row',
  needs: ['lower'],
  appliesTo: (def) => (def?.aggregate && def.relations.some((r) => r.kind === 'aggregate')) ?? false,
  plan: aggregatePlan,
  rows: (plan) => plan.rowKeys.keys(),
  row: (model, plan, r, out) => aggregateRow(model, plan, r, out),
  fixed: (plan) => plan.missing,
};

export function aggregateRow(model: TableModel, plan: AggregatePlan, r: number, out: Finding[]): void {
  const key = plan.rowKeys.get(r);
  if (key === undefined) return;
  const sum = plan.sums.get(key)!;
  const cells = model.rows[r].cells;
  for (const p of plan.positions) {
    const col = model.columns[p].number;
    const expected = sum.get(col);
    const actual = addend(cells[p]);
    if (expected === undefined || Number.isNaN(expected) || Number.isNaN(actual) || actual === expected)
      continue;
    out.push({
      rule: 'aggregate',
      severity: plan.severity,
      row: r,
      col,
      ...said('rules.aggregate', { col, actual: num(actual) }),
      detail: {
        expected,
        actual,
        quoted: said('rules.aggregate.quoted', { units: plan.units, expected: num(expected) }),
      },
      fix: { row: r, col, value: expected },
    });
  }
}
