import type { FormDef, Severity } from '../forms/schema';
import { columnByNumber, type TableModel } from '../table/model';
import { isValueColumn } from '../table/row-number';
import { labelKey } from '../text';
import { headerSums } from './header-sums';

// What the rules need to know about a table's shape, worked out once per model: which columns add up
// to which, which hold counts, which rows each total and subtotal covers. Only the shape (columns,
// headers, row kinds and groups) goes in, never the values, so a plan stays valid while cells change.

export interface ColumnRelation {
  id: string;
  /** 0-based positions. */
  total: number;
  parts: number[];
  severity: Severity;
}

export interface TotalRowPlan {
  /** Row index of the total or subtotal. */
  row: number;
  /** Rows it adds up (data rows, or the subtotals standing for their groups). */
  members: number[];
  /** A group heading standing as its group's subtotal: checked only where it carries a figure. */
  heading: boolean;
  /** The grand total (its members include subtotals). */
  grand: boolean;
}

export interface TablePlan {
  sums: ColumnRelation[];
  balances: ColumnRelation[];
  /** Positions of count columns (whole numbers ≥ 0); empty for a generic table. */
  counts: number[];
  /** Positions the number rule looks at: counts, or every value column of a generic table. */
  values: number[];
  /** Positions the total-row rule adds up: `values` without rates and averages. */
  additive: number[];
  /** The form's number of the label column (where field findings sit). */
  labelNumber: number;
  /** Total-row checks, when the form (or a generic table) asks for them. */
  totals: TotalRowPlan[];
  /** Row index of a subtotal (or heading standing as one) → the data rows it covers. */
  groupRows: Map<number, number[]>;
  /** Whether a known definition drives the checks. */
  known: boolean;
}

/** Columns whose total-row value is not a sum (rates, averages). */
const NOT_ADDITIVE = /tỷ lệ|%|bình quân|trung bình|ghi chú/;

/** The form's number of the label column (where field findings sit). */
export function labelNumber(model: TableModel): number {
  return model.columns[model.labelColumn]?.number ?? model.labelColumn + 1;
}

function relationsFromDef(model: TableModel, def: FormDef, kind: 'sum' | 'balance'): ColumnRelation[] {
  const out: ColumnRelation[] = [];
  for (const r of def.relations) {
    if (r.kind !== kind) continue;
    const total = columnByNumber(model, r.total);
    const parts = r.parts.map((p) => columnByNumber(model, p));
    if (total < 0 || parts.some((p) => p < 0)) continue;
    out.push({ id: r.id, total, parts, severity: r.severity });
  }
  return out;
}

/** The plan of a table, built by the engine once per check (the shape may change between checks). */
export function tablePlan(model: TableModel, def: FormDef | null): TablePlan {
  const known = def !== null && def.structure === 'known';
  const sums = known
    ? relationsFromDef(model, def, 'sum')
    : headerSums(model.headers).map((s) => ({ id: 'header', ...s, severity: 'error' as const }));
  const balances = known ? relationsFromDef(model, def, 'balance') : [];
  const counts = known ? def.countColumns.map((n) => columnByNumber(model, n)).filter((p) => p >= 0) : [];
  const values = known ? counts : model.columns.map((_, i) => i).filter((i) => isValueColumn(model, i));
  const additive = values.filter(
    (i) => !model.columns[i].path.some((label) => NOT_ADDITIVE.test(labelKey(label))),
  );
  const wantsTotals = !known || def.relations.some((r) => r.kind === 'total-row');
  const totals = wantsTotals ? totalRowPlans(model) : [];
  const groupRows = new Map(totals.filter((t) => !t.grand).map((t) => [t.row, t.members]));
  return {
    sums,
    balances,
    counts,
    values,
    additive,
    labelNumber: labelNumber(model),
    totals,
    groupRows,
    known,
  };
}

/**
 * Which rows each subtotal and total adds up. A subtotal covers the data rows of its level group (or,
 * without groups, the data rows since the previous subtotal, heading or total); a group heading of a
 * group without a subtotal row stands as its subtotal when it carries figures (`heading`). The grand
 * total covers the subtotals plus the data rows no subtotal covers.
 */
export function totalRowPlans(model: TableModel): TotalRowPlan[] {
  const rows = model.rows;
  const grouped = rows.some((r) => r.group !== undefined);
  const plans: TotalRowPlan[] = [];
  const covered = new Set<number>();
  const subtotals: number[] = [];
  const close = (row: number, members: number[], heading: boolean) => {
    plans.push({ row, members, heading, grand: false });
    for (const m of members) covered.add(m);
    subtotals.push(row);
  };
  if (grouped) {
    const members = new Map<number, number[]>();
    const withSubtotal = new Set<number>();
    for (const r of rows) {
      if (r.group === undefined) continue;
      if (r.kind === 'subtotal') withSubtotal.add(r.group);
      if (r.kind !== 'data') continue;
      const list = members.get(r.group) ?? [];
      list.push(r.index);
      members.set(r.group, list);
    }
    for (const r of rows) {
      if (r.kind === 'subtotal' && r.group !== undefined) close(r.index, members.get(r.group) ?? [], false);
      if (r.kind === 'group' && !withSubtotal.has(r.index) && members.has(r.index)) {
        close(r.index, members.get(r.index)!, true);
      }
    }
  } else {
    let segment: number[] = [];
    for (const r of rows) {
      if (r.kind === 'data') segment.push(r.index);
      else if (r.kind === 'subtotal') {
        close(r.index, segment, false);
        segment = [];
      } else segment = [];
    }
  }
  const loose = rows.filter((r) => r.kind === 'data' && !covered.has(r.index)).map((r) => r.index);
  const members = [...subtotals, ...loose].sort((a, b) => a - b);
  for (const r of rows)
    if (r.kind === 'total') plans.push({ row: r.index, members, heading: false, grand: true });
  return plans;
}
