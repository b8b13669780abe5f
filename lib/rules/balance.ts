import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import { addend, countable, same } from './cells';
import type { RuleContext } from './context';
import type { Finding } from './finding';
import { type ColumnRelation, tablePlan } from './plan';
import { columnList, num, valueList } from './wording';

// balance (R4): dossiers to handle (3) = resolved (7) + in progress (11). A gap is sometimes real
// (dossiers returned or withdrawn), so it is a warning that names the gap and where to look. No fix:
// which side is wrong is not known.

export function balanceRule(model: TableModel, def: FormDef | null, _ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const relations = tablePlan(model, def).balances;
  if (relations.length === 0) return out;
  for (let r = 0; r < model.rows.length; r++) balanceRow(model, relations, r, out);
  return out;
}

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
  const [message, messageEn] =
    gap > 0
      ? [
          `Cột (${col}) ghi ${num(actual)} nhưng ${sums}: chênh ${num(gap)} hồ sơ — kiểm tra hồ sơ trả lại, xin rút.`,
          `Column (${col}) says ${num(actual)} but ${sums}: ${num(gap)} dossiers unaccounted for — check returned or withdrawn dossiers.`,
        ]
      : [
          `Cột (${col}) ghi ${num(actual)} nhưng ${sums}: thừa ${num(-gap)} hồ sơ — kiểm tra số đã giải quyết, đang giải quyết và số từ kỳ trước.`,
          `Column (${col}) says ${num(actual)} but ${sums}: ${num(-gap)} dossiers too many — check resolved, in-progress and carried-over counts.`,
        ];
  return {
    rule: 'balance',
    severity: rel.severity,
    row: r,
    col,
    message,
    messageEn,
    detail: { expected: sum, actual, gap },
  };
}
