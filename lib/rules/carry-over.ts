import type { DraftRow } from '../drafts/schema';
import { columnByNumber, type TableModel } from '../table/model';
import { labelKey } from '../text';
import { addend } from './cells';
import { draftRowsByKey, draftValue } from './draft-values';
import type { RowFamily, TableInput } from './family';
import type { Finding } from './finding';
import { said } from './said';
import { num } from './wording';

// carry-over (R7): what this period carries over from the last one (6) is what the last period still
// had in progress (11), field by field, for the same unit and form. Drifts happen when fields are
// re-classified, so it is a warning with no fix. The message names this page's figure only; the previous
// period's figure is in detail.quoted, which the panel shows when the user opens the finding. Rows match by labelKey (inside the
// level group on II.06); a field new this period, or a row not yet filled, is not compared.

export interface CarryOverPlan {
  column: number;
  previousColumn: number;
  severity: Finding['severity'];
  /** Model row index → the previous period's row. */
  previous: Map<number, DraftRow>;
  /** Position of `column` in the model. */
  position: number;
  /** Positions of the count columns: a row with none filled is not compared yet. */
  counts: number[];
}

function carryOverPlan({ model, def, ctx, table }: TableInput): CarryOverPlan | null {
  const draft = ctx.previous;
  if (!draft || !def) return null;
  const relation = def.relations.find((r) => r.kind === 'carry-over');
  const position = relation ? columnByNumber(model, relation.column) : -1;
  if (!relation || position < 0) return null;
  const rows = draftRowsByKey(draft);
  const previous = new Map<number, DraftRow>();
  for (const row of model.rows) {
    if (row.kind !== 'data') continue;
    const group = row.group === undefined ? '' : labelKey(model.rows[row.group]?.label ?? '');
    const match = rows.get(`${group}\u241f${labelKey(row.label)}`);
    if (match) previous.set(row.index, match);
  }
  return {
    column: relation.column,
    previousColumn: relation.previousColumn,
    severity: relation.severity,
    previous,
    position,
    counts: table.counts,
  };
}

export const carryOver: RowFamily<CarryOverPlan> = {
  id: 'carry-over',
  scope: 'row',
  needs: ['previous'],
  appliesTo: (def) => def?.relations.some((r) => r.kind === 'carry-over') ?? false,
  plan: carryOverPlan,
  rows: (plan) => plan.previous.keys(),
  row: (model, plan, r, out) => carryOverRow(model, plan, r, out),
};

export function carryOverRow(model: TableModel, plan: CarryOverPlan, r: number, out: Finding[]): void {
  const previousRow = plan.previous.get(r);
  if (!previousRow) return;
  const expected = draftValue(previousRow, plan.previousColumn);
  if (expected === null) return;
  const row = model.rows[r];
  if (!plan.counts.some((p) => row.cells[p]?.parse === 'number')) return;
  const actual = addend(row.cells[plan.position]);
  if (Number.isNaN(actual) || actual === expected) return;
  const col = plan.column;
  const prev = plan.previousColumn;
  out.push({
    rule: 'carry-over',
    severity: plan.severity,
    row: r,
    col,
    // The previous period's figure is another draft's: only the relation's result is said here.
    ...said('rules.carryOver', { col, actual: num(actual), prev }),
    detail: {
      expected,
      actual,
      quoted: said('rules.carryOver.quoted', { expected: num(expected), prev, col }),
    },
  });
}
