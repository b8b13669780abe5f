import { labelKey } from '../text';
import type { BuiltTable } from './build-model';
import { readBuiltTable } from './read';
import { WIDGET_ROOT } from './widget-dom';

// Which tables on a page are report tables — by structure and labels, never by ids or classes.
// Layout tables that hold a report table, lists of reports and small forms are left out.

const CANDIDATES = 'table,[role=grid],[role=treegrid]';
/** Rows looked at to judge a table; enough for headers, the numbering row and a few data rows. */
const SAMPLE_ROWS = 16;
const REPORT_HEADER =
  /^(?:tổng số|tổng cộng|trong đó|chia ra|bao gồm|số hồ sơ|lĩnh vực|stt|tt|số lượng|kết quả)/;

function headerWords(built: BuiltTable): number {
  let words = 0;
  for (const column of built.model.columns) {
    if (column.path.some((label) => REPORT_HEADER.test(labelKey(label)))) words++;
  }
  return words;
}

/** How much a sampled table looks like a report form (0: not at all). */
function reportScore(built: BuiltTable): number {
  const { model } = built;
  if (model.columns.length < 3 || model.rows.length === 0) return 0;
  let editable = 0;
  const numericColumns = new Set<number>();
  for (const row of model.rows) {
    row.cells.forEach((cell, c) => {
      if (cell.editable && c !== model.labelColumn) editable++;
      if (cell.parse === 'number' && c !== model.labelColumn && c !== 0) numericColumns.add(c);
    });
  }
  const words = headerWords(built);
  const totals = model.rows.some((r) => r.kind === 'total' || r.kind === 'subtotal');
  if (built.numbered && (editable > 0 || numericColumns.size >= 2 || words > 0)) return 3;
  if (words > 0 && editable >= 2) return 2;
  if (words > 0 && numericColumns.size >= 2 && totals) return 1;
  return 0;
}

/** Report tables under `root`, outermost layout tables dropped in favour of the tables they hold. */
export function findReportTables(root: Document | Element): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (el.tagName === 'TABLE' && el.parentElement?.closest('[role=grid],[role=treegrid]')) continue;
    if (el.closest(WIDGET_ROOT)) continue;
    const sample = readBuiltTable(el, { maxRows: SAMPLE_ROWS });
    if (sample && reportScore(sample) > 0) found.push(el);
  }
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}
