import { beyondCount, MAX_COUNT_DIGITS } from '../numbers';
import type { Cell, TableModel } from '../table/model';
import type { RowFamily } from './family';
import type { Finding } from './finding';
import type { TablePlan } from './plan';
import { clause, said } from './said';
import { num } from './wording';

// number (R5): a count cell holds a whole number ≥ 0 in Vietnamese notation. In a known form every
// count column is checked strictly (error); in a generic table only cells that look like numbers but
// cannot be read, or read two ways ("1,234"), are reported (warning): text columns stay quiet. A value
// too large to be a count (more than 15 digits, `1e308`) is read as unreadable, so no sum, total or
// fix is built on it; this rule says why.

/** Only digits, separators, spaces and a sign: meant as a number. */
const NUMBERISH = /^[\s\d.,+\-−\u00a0]*\d[\s\d.,+\-−\u00a0]*$/;

export const number: RowFamily<TablePlan> = {
  id: 'number',
  scope: 'row',
  needs: [],
  plan: ({ table }) => table,
  row: (model, plan, r, out) => numberRow(model, plan, r, out),
};

export function numberRow(model: TableModel, plan: TablePlan, r: number, out: Finding[]): void {
  const cells = model.rows[r].cells;
  const strict = plan.known;
  const positions = strict ? plan.counts : plan.values;
  for (const p of positions) {
    const cell = cells[p];
    if (!cell || cell.parse === 'empty') continue;
    if (cell.parse === 'number' && (!strict || isWhole(cell))) continue;
    if (!strict && (cell.parse === 'number' || !(NUMBERISH.test(cell.raw) || beyondCount(cell.raw))))
      continue;
    out.push(numberFinding(cell, r, model.columns[p].number, strict));
  }
}

/** A long value cut for a message: `10000000000000000000…`. */
function short(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 20)}…` : raw;
}

function isWhole(cell: Cell): boolean {
  const v = cell.value as number;
  return Number.isInteger(v) && v >= 0;
}

function numberFinding(cell: Cell, row: number, col: number, strict: boolean): Finding {
  const raw = cell.raw.trim();
  const severity = strict ? 'error' : 'warning';
  const base = { rule: 'number' as const, severity: severity as Finding['severity'], row, col };
  if (cell.parse === 'ambiguous') {
    const digits = raw.replace(/[^\d]/g, '');
    const asThousands = num(Number(digits));
    return {
      ...base,
      ...said('rules.number.ambiguous', { raw, thousands: asThousands }),
    };
  }
  if (cell.parse === 'invalid' && beyondCount(raw)) {
    return {
      ...base,
      ...said('rules.number.tooLarge', { raw: short(raw), digits: MAX_COUNT_DIGITS }),
    };
  }
  if (cell.parse === 'invalid') {
    return {
      ...base,
      ...said('rules.number.unreadable', {
        raw,
        hint: clause(strict ? 'rules.number.hintCount' : 'rules.number.hintNotation'),
      }),
    };
  }
  const value = cell.value as number;
  if (value < 0) {
    return {
      ...base,
      ...said('rules.number.negative', { value: num(value) }),
      detail: { actual: value },
    };
  }
  return {
    ...base,
    ...said('rules.number.fraction', { value: num(value) }),
    detail: { actual: value },
  };
}
