import type { PanelFinding } from '../panel/view';
import type { Finding } from '../rules/finding';
import { columnByNumber, type TableModel } from '../table/model';

/** "(4) Trực tuyến": the column's number and its leaf header, as the user sees it on the form. */
export function columnLabel(model: TableModel, number: number | undefined): string {
  if (number === undefined) return '';
  const column = model.columns[columnByNumber(model, number)];
  const header = column?.path[column.path.length - 1] ?? '';
  return header ? `(${number}) ${header}` : `(${number})`;
}

/**
 * Findings as the panel lists them: with the row's label and the column's header, and a stable key.
 * An item of `previous` that shows the same finding the same way is kept as it was, so the panel
 * renders again only the items that changed (a re-check keeps the findings an edit did not touch).
 */
export function panelFindings(
  model: TableModel,
  findings: Finding[],
  previous: PanelFinding[] = [],
): PanelFinding[] {
  const before = new Map(previous.map((item) => [item.key, item]));
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule}|${finding.row ?? ''}|${finding.col ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const item: PanelFinding = {
      key: `${base}|${n}`,
      finding,
      rowLabel: finding.row === undefined ? '' : (model.rows[finding.row]?.label ?? ''),
      columnLabel: columnLabel(model, finding.col),
    };
    const kept = before.get(item.key);
    const same =
      kept?.finding === finding && kept.rowLabel === item.rowLabel && kept.columnLabel === item.columnLabel;
    return same ? kept : item;
  });
}
