import type { WidgetCell } from '../handles';
import type { SourceCell } from '../source';
import type { Unsupported } from '../unsupported';
import type { HeaderCell } from '../widget-protocol';

// The content-script half of a grid library's adapter: how its grids look in the DOM (to find them,
// keep the generic readers out of them and mark their rendered cells). Its data comes through the
// bridge, from the same library's page adapter (PageGridAdapter, page-adapter.ts).

export interface GridAdapter {
  /** The library's name in the protocol (GridData.library), e.g. 'handsontable'. */
  library: string;
  /** The grid's root element in the library's own markup (stable across sites, never the site's). */
  rootSelector: string;
  /** A root that is the grid itself, not a clone or an editor's grid inside it; default: any match. */
  isRoot?(el: Element): boolean;
  /** The rendered element of a cell, or null when the grid does not show it now (virtualised rows). */
  renderedCell(root: Element, cell: WidgetCell): Element | null;
  /** Told when the page shows this library's grid but the bridge cannot reach its instance. */
  unreachable: Unsupported;
  /** Header rows → source cells; default: headerSource (blank cells continue their neighbour). */
  headerRows?(headers: HeaderCell[][]): SourceCell[][];
}

/** The usual "cannot reach" message, naming the library. */
export function unreachable(name: string): Unsupported {
  return { key: 'page.grid.unreachable', params: { name } };
}
