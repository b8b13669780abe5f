import type { FormDef } from '../forms/schema';
import type { Slices } from '../slices';
import { columnByNumber, type TableModel } from '../table/model';
import type { RuleContext } from './context';
import { FAMILIES, familyOf } from './families';
import type { CheckInput, RuleFamily, TableInput } from './family';
import type { Finding, RuleId } from './finding';
import { tablePlan } from './plan';

// Runs every rule family (families.ts) over a table, and re-runs only what one edited cell can change,
// by each family's scope: the row families on its row, the column families on its column, the cross
// families. Findings come out in one order (row, column, rule, message) so a re-check equals a full check
// exactly. The hot loops walk rows and plan positions, nothing per cell.

const RANK = new Map<RuleId, number>(FAMILIES.map((f, i) => [f.id, i]));
const SCOPE = new Map(FAMILIES.map((f) => [f.id, f.scope]));

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? -1) - (b.row ?? -1) ||
    (a.col ?? -1) - (b.col ?? -1) ||
    RANK.get(a.rule)! - RANK.get(b.rule)! ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** What one check worked out from the table's shape, kept with its findings for the re-checks after it. */
interface Check {
  input: CheckInput;
  /** Family → its plan (absent: nothing to check). */
  plans: Map<RuleFamily, unknown>;
}

// A check's findings → the check. Findings of a check the engine did not make (or of another table,
// definition or context) get a fresh plan.
const checks = new WeakMap<Finding[], Check>();

function plan(model: TableModel | null, def: FormDef | null, ctx: RuleContext): Check {
  const table = model ? tablePlan(model, def) : null;
  const input: CheckInput = { model, def, ctx, table };
  const plans = new Map<RuleFamily, unknown>();
  if (model)
    for (const f of FAMILIES) {
      if (f.scope !== 'row' && f.scope !== 'column') continue;
      const p = f.plan(input as TableInput);
      if (p !== null) plans.set(f, p);
    }
  return { input, plans };
}

function sameInput(check: Check, model: TableModel, def: FormDef | null, ctx: RuleContext): boolean {
  const was = check.input;
  if (was.model !== model || was.def !== def) return false;
  return FAMILIES.every((f) => f.needs.every((key) => was.ctx[key] === ctx[key]));
}

/** One family's findings on the row (row scope), column position (column scope) or whole table. */
function runOn(
  family: RuleFamily,
  check: Check,
  out: Finding[],
  at?: { row?: number; position?: number },
): void {
  const { model } = check.input;
  if (family.scope === 'form' || family.scope === 'cross') {
    family.run(check.input, out);
    return;
  }
  const p = check.plans.get(family);
  if (!model || p === undefined) return;
  if (family.scope === 'column') {
    for (const position of family.columns(p))
      if (at?.position === undefined || at.position === position) family.column(model, p, position, out);
    return;
  }
  if (family.scope !== 'row') return;
  const fixed = family.fixed?.(p) ?? [];
  if (at?.row !== undefined) {
    family.row(model, p, at.row, out);
    for (const f of fixed) if (f.row === at.row) out.push(f);
    return;
  }
  // Loops, not push(...): a spread of more than ~100 000 findings overflows the stack.
  for (const f of fixed) out.push(f);
  for (const r of family.rows?.(p) ?? model.rows.keys()) family.row(model, p, r, out);
}

/** One family's findings in the order it makes them, through the same path as checkAll (tests, tools). */
export function runFamily(
  family: RuleFamily | RuleId,
  model: TableModel | null,
  def: FormDef | null,
  ctx: RuleContext,
): Finding[] {
  const out: Finding[] = [];
  runOn(typeof family === 'string' ? familyOf(family) : family, plan(model, def, ctx), out);
  return out;
}

/** Every check on a table (null for a page without one, such as an outline). */
export function checkAll(model: TableModel | null, def: FormDef | null, ctx: RuleContext): Finding[] {
  // The table's shape may have changed since the last check: every plan is worked out again.
  const check = plan(model, def, ctx);
  const out: Finding[] = [];
  for (const family of FAMILIES) runOn(family, check, out);
  return done(out, check);
}

/**
 * checkAll yielding to the browser between rule families when a slice is used up (a long table's
 * first check at load). The table must not change meanwhile; the findings equal checkAll's.
 */
export async function checkAllInSteps(
  model: TableModel | null,
  def: FormDef | null,
  ctx: RuleContext,
  slices: Slices,
): Promise<Finding[]> {
  const check = plan(model, def, ctx);
  const out: Finding[] = [];
  for (const family of FAMILIES) {
    await slices.breathe();
    runOn(family, check, out);
  }
  return done(out, check);
}

/**
 * The findings after the rule context changed (the profile and drafts read after the first check):
 * families that read none of what changed keep their findings; the others are planned and run again.
 * Equals checkAll with the new context.
 */
export function recheckContext(
  model: TableModel | null,
  def: FormDef | null,
  ctx: RuleContext,
  previous: Finding[],
): Finding[] {
  const kept = checks.get(previous);
  if (!kept || kept.input.model !== model || kept.input.def !== def) return checkAll(model, def, ctx);
  const was = kept.input.ctx;
  const stale = FAMILIES.filter((f) => f.needs.some((key) => was[key] !== ctx[key]));
  const input: CheckInput = { ...kept.input, ctx };
  const plans = new Map(kept.plans);
  for (const f of stale) {
    plans.delete(f);
    if (!model || (f.scope !== 'row' && f.scope !== 'column')) continue;
    const p = f.plan(input as TableInput);
    if (p !== null) plans.set(f, p);
  }
  const check: Check = { input, plans };
  const rerun = new Set<RuleId>(stale.map((f) => f.id));
  const out = previous.filter((f) => !rerun.has(f.rule));
  for (const f of stale) runOn(f, check, out);
  return done(out, check);
}

function done(out: Finding[], check: Check): Finding[] {
  out.sort(compareFindings);
  checks.set(out, check);
  return out;
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
  const position = columnByNumber(model, changed.col);
  if (position < 0 || position === model.labelColumn || changed.row >= model.rows.length) {
    return checkAll(model, def, ctx);
  }
  const kept = checks.get(previous);
  const check = kept && sameInput(kept, model, def, ctx) ? kept : plan(model, def, ctx);
  check.input = { ...check.input, ctx };
  const { row, col } = changed;
  const affected = (f: Finding) => {
    const scope = SCOPE.get(f.rule);
    return (scope === 'row' && f.row === row) || (scope === 'column' && f.col === col) || scope === 'cross';
  };
  const out = previous.filter((f) => !affected(f));
  for (const family of FAMILIES) {
    if (family.scope === 'row') runOn(family, check, out, { row });
    else if (family.scope === 'column') runOn(family, check, out, { position });
    else if (family.scope === 'cross') runOn(family, check, out);
  }
  out.sort(compareFindings);
  checks.set(out, check);
  return out;
}
