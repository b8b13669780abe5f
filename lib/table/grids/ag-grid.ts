import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// AG Grid (community), content side. Rows carry `row-index` (pinned top rows "t-0"…), cells
// `col-id`; a row is split over the pinned-left, centre and pinned-right containers, and its header
// groups live in a header container of their own, outside the rows.

export const AG_GRID_ROOT = '.ag-root-wrapper';

export const agGrid: GridAdapter = {
  library: 'ag-grid',
  rootSelector: AG_GRID_ROOT,
  // a detail grid inside a master row is part of its master's page, not a form of its own
  isRoot: (el) => !el.parentElement?.closest(AG_GRID_ROOT),
  renderedCell(root: Element, { rowId, colId }: WidgetCell): Element | null {
    if (rowId === undefined || colId === undefined) return null;
    return root.querySelector(
      `.ag-row[row-index="${CSS.escape(rowId)}"] .ag-cell[col-id="${CSS.escape(colId)}"]`,
    );
  },
  unreachable: unreachable('AG Grid'),
};
