import type { TableModel } from '../table/model';
import { addend, countable, same } from './cells';
import type { RowFamily } from './family';
import type { Finding } from './finding';
import type { ColumnRelation } from './plan';
import { clause, said } from './said';
import { columnList, num } from './wording';

// sum (R1–R3 and header-derived): in every row, a total column equals the sum of its part columns.
// The finding sits on the total cell. Empty parts count as 0; the fix is offered only when every part
// holds a number (with an empty part the total may be right and the part missing).

export const sum: RowFamily<ColumnRelation[]> = {
  id: 'sum',
  scope: 'row',
  needs: [],
  plan: ({ table }) => table.sums,
  row: (model, relations, r, out) => sumRow(model, relations, r, out),
};

export function sumRow(model: TableModel, relations: ColumnRelation[], r: number, out: Finding[]): void {
  const cells = model.rows[r].cells;
  for (const rel of relations) {
    const total = cells[rel.total];
    if (!total || (total.parse !== 'number' && total.parse !== 'empty')) continue;
    let sum = 0;
    let filled = total.parse === 'number';
    let allNumbers = true;
    for (const p of rel.parts) {
      const value = addend(cells[p]);
      sum += value;
      if (cells[p]?.parse === 'number') filled = true;
      else allNumbers = false;
    }
    if (!filled || !countable(sum)) continue;
    const actual = total.parse === 'number' ? (total.value as number) : null;
    if (actual === null ? sum === 0 : same(actual, sum)) continue;
    out.push(sumFinding(model, rel, r, actual, sum, allNumbers));
  }
}

function sumFinding(
  model: TableModel,
  rel: ColumnRelation,
  r: number,
  actual: number | null,
  expected: number,
  allNumbers: boolean,
): Finding {
  const number = (p: number) => model.columns[p].number;
  const col = number(rel.total);
  const parts = columnList(rel.parts.map(number));
  const params = {
    col,
    parts,
    expected: num(expected),
    blanks: allNumbers ? '' : clause('rules.sum.blanks'),
  };
  return {
    rule: 'sum',
    severity: rel.severity,
    row: r,
    col,
    ...(actual === null
      ? said('rules.sum.empty', params)
      : said('rules.sum', { ...params, actual: num(actual) })),
    detail: actual === null ? { expected } : { expected, actual },
    ...(allNumbers ? { fix: { row: r, col, value: expected } } : {}),
  };
}
