import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// jspreadsheet CE, content side. Each worksheet's element is `.jss_container` (v5; `.jexcel_container`
// in v4), its cells `td[data-x][data-y]` by data column and row; the row-number cells carry no data-x.

export const JSPREADSHEET_ROOT = '.jss_container,.jexcel_container';

export const jspreadsheet: GridAdapter = {
  library: 'jspreadsheet',
  rootSelector: JSPREADSHEET_ROOT,
  isRoot: (el) => el.querySelector('table') !== null,
  renderedCell(root: Element, { row, col, rowId, colId }: WidgetCell): Element | null {
    const x = colId ?? String(col);
    const y = rowId ?? String(row);
    return root.querySelector(`tbody td[data-x="${CSS.escape(x)}"][data-y="${CSS.escape(y)}"]`);
  },
  unreachable: unreachable('jspreadsheet'),
};
