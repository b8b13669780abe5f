import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// Tabulator, content side. Its group titles are plain divs (only leaf headers carry
// role=columnheader) and its rows carry no index, so the page adapter stamps each row element with
// the row's position (data-tlbc-row) when it reads; cells carry `tabulator-field`.

export const TABULATOR_ROOT = '.tabulator';
export const ROW_ATTR = 'data-tlbc-row';

export const tabulator: GridAdapter = {
  library: 'tabulator',
  rootSelector: TABULATOR_ROOT,
  // a nested table (a row formatter's sub-table) belongs to its parent's page
  isRoot: (el) => !el.parentElement?.closest(TABULATOR_ROOT),
  renderedCell(root: Element, { rowId, colId }: WidgetCell): Element | null {
    if (rowId === undefined || colId === undefined) return null;
    return root.querySelector(
      `.tabulator-row[${ROW_ATTR}="${CSS.escape(rowId)}"] > .tabulator-cell[tabulator-field="${CSS.escape(colId)}"]`,
    );
  },
  unreachable: unreachable('Tabulator'),
};
