import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import { aggregatePlan, aggregateRow } from './aggregate';
import { balanceRow } from './balance';
import { carryOverPlan, carryOverRow } from './carry-over';
import type { RuleContext } from './context';
import { fieldDuplicateRule } from './field-duplicate';
import { fieldLevelRule } from './field-level';
import { fieldNameRule } from './field-name';
import type { Finding, RuleId } from './finding';
import { numberRow } from './number';
import { outlineMismatchRule } from './outline-mismatch';
import { periodRule } from './period';
import { tablePlan } from './plan';
import { satisfactionRule } from './satisfaction';
import { structureFinding } from './structure';
import { sumRow } from './sum';
import { totalRowColumn } from './total-row';

// Runs every rule family over a table, and re-runs only what one edited cell can change: its row's
// checks and the totals of its column. Findings come out in one order (row, column, rule, message) so a
// re-check equals a full check exactly. The hot loops walk rows and plan positions, nothing per cell.

const RULE_ORDER: RuleId[] = [
  'structure',
  'period',
  'date',
  'number',
  'sum',
  'balance',
  'total-row',
  'field-name',
  'field-duplicate',
  'field-level',
  'carry-over',
  'aggregate',
  'satisfaction',
  'outline-mismatch',
];
const RANK = new Map(RULE_ORDER.map((id, i) => [id, i]));

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? -1) - (b.row ?? -1) ||
    (a.col ?? -1) - (b.col ?? -1) ||
    RANK.get(a.rule)! - RANK.get(b.rule)! ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** The checks of one row that depend only on that row's cells. */
function rowChecks(
  model: TableModel,
  def: FormDef | null,
  ctx: RuleContext,
  r: number,
  out: Finding[],
): void {
  const plan = tablePlan(model, def);
  numberRow(model, plan, r, out);
  sumRow(model, plan.sums, r, out);
  if (plan.balances.length > 0) balanceRow(model, plan.balances, r, out);
  const carry = carryOverPlan(model, def, ctx);
  if (carry) carryOverRow(model, carry, r, out);
  const aggregate = aggregatePlan(model, def, ctx);
  if (aggregate) aggregateRow(model, aggregate, r, out);
}

/** Checks that do not depend on cell values (page, text, labels). */
function formChecks(model: TableModel | null, def: FormDef | null, ctx: RuleContext, out: Finding[]): void {
  if (ctx.structureMismatch) out.push(structureFinding(ctx.structureMismatch));
  // Loops, not push(...): a spread of more than ~100 000 findings overflows the stack.
  for (const f of periodRule(model, def, ctx)) out.push(f);
  if (!model) return;
  for (const f of fieldNameRule(model, def, ctx)) out.push(f);
  for (const f of fieldDuplicateRule(model, def, ctx)) out.push(f);
  for (const f of fieldLevelRule(model, def, ctx)) out.push(f);
  const aggregate = aggregatePlan(model, def, ctx);
  if (aggregate) for (const f of aggregate.missing) out.push(f);
}

/** Checks that read several rows at once, cheap enough to redo on every edit of a generic table. */
function crossChecks(model: TableModel | null, def: FormDef | null, ctx: RuleContext, out: Finding[]): void {
  for (const f of satisfactionRule(model, def, ctx)) out.push(f);
  for (const f of outlineMismatchRule(model, def, ctx)) out.push(f);
}

/** Every check on a table (null for a page without one, such as an outline). */
export function checkAll(model: TableModel | null, def: FormDef | null, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (model) {
    // The table's shape may have changed since the last check: rebuild what is kept between checks.
    const plan = tablePlan(model, def, true);
    carryOverPlan(model, def, ctx, true);
    aggregatePlan(model, def, ctx, true);
    for (let r = 0; r < model.rows.length; r++) rowChecks(model, def, ctx, r, out);
    for (const p of plan.additive) totalRowColumn(model, plan, p, out);
  }
  formChecks(model, def, ctx, out);
  crossChecks(model, def, ctx, out);
  return out.sort(compareFindings);
}

/**
 * The findings after one cell changed (row index, form column number), from the findings before it.
 * Only the cell's value may have changed: after a change of labels, rows or columns call checkAll.
 * An edit in the label column is treated as such a change.
 */
export function recheck(
  model: TableModel,
  def: FormDef | null,
  ctx: RuleContext,
  previous: Finding[],
  changed: { row: number; col: number },
): Finding[] {
  const plan = tablePlan(model, def);
  const position = model.columns.findIndex((c) => c.number === changed.col);
  if (position < 0 || position === model.labelColumn || changed.row >= model.rows.length) {
    return checkAll(model, def, ctx);
  }
  const { row, col } = changed;
  const affected = (f: Finding) =>
    (f.row === row && ROW_RULES.has(f.rule) && !(f.rule === 'aggregate' && f.col === undefined)) ||
    (f.rule === 'total-row' && f.col === col) ||
    f.rule === 'satisfaction' ||
    f.rule === 'outline-mismatch';
  const out = previous.filter((f) => !affected(f));
  rowChecks(model, def, ctx, row, out);
  if (plan.additive.includes(position)) totalRowColumn(model, plan, position, out);
  crossChecks(model, def, ctx, out);
  return out.sort(compareFindings);
}

const ROW_RULES = new Set<RuleId>(['number', 'sum', 'balance', 'carry-over', 'aggregate']);
