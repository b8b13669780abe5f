import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import { labelKey } from '../text';

// Which rows name a field (lĩnh vực): data rows of a form whose definition says so (II.06a / II.06),
// or of any table whose label column is headed "Lĩnh vực…". Group headings, subtotals and totals are not fields.

export function hasFieldRows(model: TableModel, def: FormDef | null): boolean {
  if (def?.fieldRows) return true;
  const path = model.columns[model.labelColumn]?.path ?? [];
  return path.some((label) => labelKey(label).includes('lĩnh vực'));
}

/** Indexes of the rows that name a field (non-empty label, data row). */
export function fieldRows(model: TableModel): number[] {
  const out: number[] = [];
  for (const row of model.rows) if (row.kind === 'data' && row.label.trim() !== '') out.push(row.index);
  return out;
}
