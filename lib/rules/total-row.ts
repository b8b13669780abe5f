import type { TableModel } from '../table/model';
import { addend, countable, same } from './cells';
import type { ColumnFamily } from './family';
import type { Finding } from './finding';
import type { TablePlan, TotalRowPlan } from './plan';
import { clause, said } from './said';
import { num } from './wording';

// total-row (R6): the total row equals the sum of the rows, each subtotal the sum of its group (II.06:
// per level group; the grand total then sums the subtotals). Empty cells count as 0. A subtotal left
// empty counts, in the grand total, as the sum of its group (its own check reports it). A total left
// empty while its rows hold figures is reported on known forms only: an unknown form may leave some
// total cells blank on purpose. Columns of rates and averages are not sums and are skipped.

export const totalRow: ColumnFamily<TablePlan> = {
  id: 'total-row',
  scope: 'column',
  needs: [],
  plan: ({ table }) => table,
  columns: (plan) => plan.additive,
  column: (model, plan, p, out) => totalRowColumn(model, plan, p, out),
};

/** Checks every total and subtotal in one column (position `p`). */
export function totalRowColumn(model: TableModel, plan: TablePlan, p: number, out: Finding[]): void {
  for (const total of plan.totals) {
    const cell = model.rows[total.row].cells[p];
    if (!cell || (cell.parse !== 'number' && cell.parse !== 'empty')) continue;
    if (cell.parse === 'empty' && (total.heading || !plan.known)) continue;
    const sum = membersSum(model, plan, total, p);
    if (!countable(sum)) continue;
    const actual = cell.parse === 'number' ? (cell.value as number) : null;
    if (actual === null ? sum === 0 : same(actual, sum)) continue;
    out.push(totalRowFinding(model, total, p, actual, sum));
  }
}

function membersSum(model: TableModel, plan: TablePlan, total: TotalRowPlan, p: number): number {
  let sum = 0;
  for (const m of total.members) {
    const cell = model.rows[m].cells[p];
    const group = total.grand && cell?.parse === 'empty' ? plan.groupRows.get(m) : undefined;
    if (group) for (const g of group) sum += addend(model.rows[g].cells[p]);
    else sum += addend(cell);
  }
  return sum;
}

function totalRowFinding(
  model: TableModel,
  total: TotalRowPlan,
  p: number,
  actual: number | null,
  expected: number,
): Finding {
  const col = model.columns[p].number;
  const params = {
    col,
    what: clause(total.grand ? 'rules.totalRow.rows' : 'rules.totalRow.group'),
    expected: num(expected),
  };
  return {
    rule: 'total-row',
    severity: 'error',
    row: total.row,
    col,
    ...(actual === null
      ? said('rules.totalRow.empty', params)
      : said('rules.totalRow', { ...params, actual: num(actual) })),
    detail: actual === null ? { expected } : { expected, actual },
    fix: { row: total.row, col, value: expected },
  };
}
