import type { WidgetCell } from '../handles';
import { type GridAdapter, unreachable } from './adapter';

// Kendo UI Grid (jQuery), content side. The widget's element carries `.k-grid`; each data row is a
// `tr[data-uid]` (the data item's uid), its cells one `td` per leaf column in column order.

export const KENDO_ROOT = '.k-grid';

export const kendo: GridAdapter = {
  library: 'kendo',
  rootSelector: KENDO_ROOT,
  // a detail template may hold another grid; each is a root of its own
  isRoot: (el) => el.querySelector('table') !== null,
  renderedCell(root: Element, { rowId, colId }: WidgetCell): Element | null {
    if (!rowId || colId === undefined) return null;
    const tr = root.querySelector(`tr[data-uid="${CSS.escape(rowId)}"]`);
    if (!tr || tr.closest(KENDO_ROOT) !== root) return null;
    const cells = Array.from(tr.children).filter(
      (td) => td.tagName === 'TD' && !td.matches('.k-hierarchy-cell,.k-group-cell'),
    );
    return cells[Number(colId)] ?? null;
  },
  unreachable: unreachable('Kendo UI Grid'),
};
