import type { TableModel } from '../table/model';
import { addend, countable, same } from './cells';
import type { RowFamily } from './family';
import type { Finding } from './finding';
import type { ColumnRelation } from './plan';
import { said } from './said';
import { columnList, num, valueList } from './wording';

// balance (R4): dossiers to handle (3) = resolved (7) + in progress (11). A gap is sometimes real
// (dossiers returned or withdrawn), so it is a warning that names the gap and where to look. No fix:
// which side is wrong is not known.

export const balance: RowFamily<ColumnRelation[]> = {
  id: 'balance',
  scope: 'row',
  needs: [],
  plan: ({ table }) => (table.balances.length > 0 ? table.balances : null),
  row: (model, relations, r, out) => balanceRow(model, relations, r, out),
};

export function balanceRow(model: TableModel, relations: ColumnRelation[], r: number, out: Finding[]): void {
  const cells = model.rows[r].cells;
  for (const rel of relations) {
    const total = cells[rel.total];
    if (total?.parse !== 'number') continue;
    let sum = 0;
    let filled = false;
    for (const p of rel.parts) {
      sum += addend(cells[p]);
      if (cells[p]?.parse === 'number') filled = true;
    }
    if (!filled || !countable(sum)) continue;
    const actual = total.value as number;
    if (same(actual, sum)) continue;
    out.push(balanceFinding(model, rel, r, actual, sum));
  }
}

function balanceFinding(
  model: TableModel,
  rel: ColumnRelation,
  r: number,
  actual: number,
  sum: number,
): Finding {
  const number = (p: number) => model.columns[p].number;
  const col = number(rel.total);
  const partNumbers = rel.parts.map(number);
  const values = rel.parts.map((p) => addend(model.rows[r].cells[p]));
  const gap = actual - sum;
  const sums = `${columnList(partNumbers)} = ${valueList(values)} = ${num(sum)}`;
  const words = said(gap > 0 ? 'rules.balance.short' : 'rules.balance.over', {
    col,
    actual: num(actual),
    sums,
    gap: num(Math.abs(gap)),
    count: Math.abs(gap),
  });
  return {
    rule: 'balance',
    severity: rel.severity,
    row: r,
    col,
    ...words,
    detail: { expected: sum, actual, gap },
  };
}
