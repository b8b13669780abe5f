// Widget grids as they appear in the DOM. These are the libraries' own stable class names, not the
// site's: they say "this grid keeps its data in a page-world object" (read it through the bridge).

/** Root element of a Handsontable instance (its overlay clones carry the same class, inside it). */
export const WIDGET_ROOT = '.handsontable';

/** Handsontable roots under `root`, each once (clones and nested editors left out). */
export function findWidgetRoots(root: Document | Element): Element[] {
  return Array.from(root.querySelectorAll(WIDGET_ROOT)).filter(
    (el) => !el.parentElement?.closest(WIDGET_ROOT) && el.querySelector('table') !== null,
  );
}

/** A Handsontable root: read it with readWidgetGrids, not readTable. */
export function isWidgetRoot(el: Element): boolean {
  return el.matches(WIDGET_ROOT);
}

/**
 * The rendered <td> of a widget grid's cell (grid row and column), or null when the grid does not
 * show it now (virtualised rows scrolled away). Handsontable numbers its rows and cells with
 * aria-rowindex / aria-colindex, header rows and row headers included.
 */
export function renderedWidgetCell(root: Element, row: number, col: number): Element | null {
  const master = root.querySelector('.ht_master table') ?? root.querySelector('table');
  if (!master) return null;
  const headerRows = master.querySelectorAll('thead tr').length;
  const tr = master.querySelector(`tbody tr[aria-rowindex="${headerRows + row + 1}"]`);
  if (!tr) return null;
  const rowHeaders = tr.querySelectorAll(':scope > th').length;
  return tr.querySelector(`:scope > td[aria-colindex="${rowHeaders + col + 1}"]`);
}
