import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// Handsontable, content side. Its overlay clones (.ht_clone_*) carry the root class too, inside the root.

export const HANDSONTABLE_ROOT = '.handsontable';

export const handsontable: GridAdapter = {
  library: 'handsontable',
  rootSelector: HANDSONTABLE_ROOT,
  isRoot: (el) => !el.parentElement?.closest(HANDSONTABLE_ROOT) && el.querySelector('table') !== null,
  /** Rows and cells carry aria-rowindex / aria-colindex, header rows and row headers included. */
  renderedCell(root: Element, { row, col }: WidgetCell): Element | null {
    const master = root.querySelector('.ht_master table') ?? root.querySelector('table');
    if (!master) return null;
    const headerRows = master.querySelectorAll('thead tr').length;
    const tr = master.querySelector(`tbody tr[aria-rowindex="${headerRows + row + 1}"]`);
    if (!tr) return null;
    const rowHeaders = tr.querySelectorAll(':scope > th').length;
    return tr.querySelector(`:scope > td[aria-colindex="${rowHeaders + col + 1}"]`);
  },
  unreachable: unreachable('Handsontable'),
};
