import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// DevExtreme DataGrid, content side. The widget's element holds `.dx-datagrid`; band headers live in
// their own header table, rows in the rows view's table (role=grid): both inside this root.

export const DEVEXTREME_ROOT = '.dx-datagrid';

export const devextreme: GridAdapter = {
  library: 'devextreme',
  rootSelector: DEVEXTREME_ROOT,
  isRoot: (el) => el.querySelector('.dx-datagrid-rowsview') !== null,
  /** The page adapter names rows and columns by their aria-rowindex / aria-colindex. */
  renderedCell(root: Element, { rowId, colId }: WidgetCell): Element | null {
    if (!rowId || !colId) return null;
    const view = root.querySelector(
      '.dx-datagrid-rowsview .dx-datagrid-content:not(.dx-datagrid-content-fixed)',
    );
    const tr = (view ?? root).querySelector(`tr.dx-data-row[aria-rowindex="${CSS.escape(rowId)}"]`);
    return tr?.querySelector(`:scope > td[aria-colindex="${CSS.escape(colId)}"]`) ?? null;
  },
  unreachable: unreachable('DevExtreme DataGrid'),
};
