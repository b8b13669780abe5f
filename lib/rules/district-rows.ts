import { formatDateVi } from '../dates';
import type { FormDef } from '../forms/schema';
import { DISTRICTS_ABOLISHED } from '../periods/levels';
import type { TableModel } from '../table/model';
import { withoutOutlineMark } from '../table/row-kind';
import { labelKey } from '../text';
import type { WholeFamily } from './family';
import type { Finding } from './finding';
import { labelNumber } from './plan';
import { said } from './said';

// district-rows: local government has two tiers (province, commune) from 1/7/2025 (domain.md §2), so an
// II.06 for a period that starts on or after that day has no district level: figures under its
// "Cấp huyện" heading belong to the province or a commune now. One warning on the heading (a field the
// user moves is theirs to place), none for a period that began earlier (its districts still reported).
// The level groups are the definition's rowGroups, keyed by level ('tinh', 'huyen', 'xa').

const DISTRICT = 'huyen';

function districtLabels(def: FormDef | null): string[] | null {
  const group = def?.rowGroups.find((g) => g.key === DISTRICT);
  return group ? group.labels.map(labelKey) : null;
}

/** Heading rows of the district group. */
function districtHeadings(model: TableModel, labels: string[]): number[] {
  return model.rows
    .filter((row) => {
      if (row.kind !== 'group') return false;
      const key = withoutOutlineMark(labelKey(row.label));
      return labels.some((l) => key.includes(l));
    })
    .map((row) => row.index);
}

export const districtRows: WholeFamily = {
  id: 'district-rows',
  scope: 'cross',
  needs: ['officialWindow', 'page'],
  appliesTo: (def) => districtLabels(def) !== null,
  run({ model, def, ctx, table }, out) {
    const labels = districtLabels(def);
    const period = ctx.officialWindow ?? ctx.page?.period;
    if (!model || !table || !labels || !period || period.from < DISTRICTS_ABOLISHED) return;
    for (const heading of districtHeadings(model, labels)) {
      const filled = model.rows.filter(
        (row) =>
          (row.index === heading || row.group === heading) &&
          table.counts.some((p) => (row.cells[p]?.value ?? 0) > 0),
      );
      if (filled.length === 0) continue;
      out.push(districtFinding(model, heading, filled.length, ctx.page?.periodLabel ?? ''));
    }
  },
};

function districtFinding(model: TableModel, heading: number, rows: number, periodLabel: string): Finding {
  const label = model.rows[heading].label;
  const since = formatDateVi(DISTRICTS_ABOLISHED);
  const period = periodLabel ? ` (${periodLabel})` : '';
  return {
    rule: 'district-rows',
    severity: 'warning',
    row: heading,
    col: labelNumber(model),
    ...said('rules.districtRows', { label, count: rows, since, period }),
    detail: { actual: rows },
  };
}
