import type { FormDef, OutlineColumns } from '../forms/schema';
import { readOutlineFigures } from '../outline/figures';
import { columnByNumber, type TableModel } from '../table/model';
import { addend } from './cells';
import type { ColumnTotals, RuleContext } from './context';
import type { WholeFamily } from './family';
import type { Finding } from './finding';
import { clause, said } from './said';
import { num } from './wording';

// outline-mismatch: the figures an II.01-ĐC outline quotes for dossiers (received, online, resolved,
// in progress) should be the II.06(a) total row of the same period. The totals come from the context
// (a saved draft) or, on an II.06(a) page, from its own total row. A warning: which side is wrong is
// for the user to say.

const WHAT = {
  received: 'rules.outline.received',
  online: 'rules.outline.online',
  resolved: 'rules.outline.resolved',
  inProgress: 'rules.outline.inProgress',
} as const;

/** The quoted columns of a table's total row by column number (or Σ data rows without one). */
function totalsFromModel(model: TableModel, columns: OutlineColumns): ColumnTotals {
  const totals: ColumnTotals = {};
  const total = model.rows.find((r) => r.kind === 'total');
  const rows = total ? [total] : model.rows.filter((r) => r.kind === 'data');
  for (const n of Object.values(columns)) {
    const p = columnByNumber(model, n);
    if (p < 0) continue;
    let sum = 0;
    for (const r of rows) sum += addend(r.cells[p]);
    if (!Number.isNaN(sum)) totals[String(n)] = sum;
  }
  return totals;
}

function outlineMismatchRule(model: TableModel | null, def: FormDef | null, ctx: RuleContext): Finding[] {
  const columns = def?.outlineColumns;
  if (!ctx.outlineText || !columns) return [];
  // An outline page quotes other forms (ctx); a page of a quoted form has its own total row.
  const fromPage = model && !def.quotes ? totalsFromModel(model, columns) : undefined;
  const totals = ctx.ii06Totals ?? fromPage;
  if (!totals) return [];
  const figures = readOutlineFigures(ctx.outlineText);
  const out: Finding[] = [];
  for (const [key, col] of Object.entries(columns) as [keyof OutlineColumns, number][]) {
    const written = figures[key]?.value;
    const expected = totals[String(col)];
    if (written === undefined || expected === undefined || written === expected) continue;
    out.push({
      rule: 'outline-mismatch',
      severity: 'warning',
      ...said('rules.outline', {
        written: num(written),
        what: clause(WHAT[key]),
        col,
        expected: num(expected),
      }),
      detail: { expected, actual: written },
    });
  }
  return out;
}

export const outlineMismatch: WholeFamily = {
  id: 'outline-mismatch',
  scope: 'cross',
  needs: ['outlineText', 'ii06Totals'],
  appliesTo: (def) => def?.outlineColumns !== undefined,
  run: ({ model, def, ctx }, out) => {
    for (const f of outlineMismatchRule(model, def, ctx)) out.push(f);
  },
};
