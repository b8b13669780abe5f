import type { WidgetCell } from '../handles';
import type { Unsupported } from '../unsupported';
import type { GridAdapter } from './adapter';
import { agGrid } from './ag-grid';
import { cheetah } from './cheetah';
import { devextreme } from './devextreme';
import { handsontable } from './handsontable';
import { jspreadsheet } from './jspreadsheet';
import { kendo } from './kendo';
import { spreadjs } from './spreadjs';
import { tabulator } from './tabulator';

// Widget grids the extension reads through the library's own API, one adapter per library.
//
// To add a library:
//   1. `grids/<lib>.ts`: a GridAdapter (content side): the root selector from the library's own
//      markup, `renderedCell` to find the element of a (row, col) for marks, the "cannot reach" text.
//   2. `grids/<lib>.page.ts`: a PageGridAdapter (page world): find instances, `read` them into the
//      neutral GridData (headers as rows of {label, span}, form columns only, read-only/computed
//      cells, numeric columns), `write` through the library's API (numbers as JS numbers in numeric
//      columns), `onChange`.
//   3. One line here and one in page-adapters.ts. A replica shape in test/fixtures/shapes/ and a case
//      in test/e2e/grids.spec.mjs prove it on the real library.
export const GRID_ADAPTERS: readonly GridAdapter[] = [
  handsontable,
  agGrid,
  tabulator,
  devextreme,
  kendo,
  jspreadsheet,
  spreadjs,
  cheetah,
];

/** Every adapter's root selector: what the generic table readers must leave alone. */
export const WIDGET_ROOT = GRID_ADAPTERS.map((a) => a.rootSelector).join(',');

export function adapterFor(root: Element): GridAdapter | undefined {
  return GRID_ADAPTERS.find((a) => root.matches(a.rootSelector));
}

export function adapterByLibrary(library: string): GridAdapter | undefined {
  return GRID_ADAPTERS.find((a) => a.library === library);
}

/** The widget-grid roots under `root`, each once, in document order. */
export function findWidgetRoots(root: Document | Element): Element[] {
  return Array.from(root.querySelectorAll(WIDGET_ROOT)).filter((el) => {
    const adapter = adapterFor(el);
    return adapter !== undefined && (adapter.isRoot?.(el) ?? true);
  });
}

/** The rendered element of a widget grid's cell, or null (not shown now, or no adapter knows it). */
export function renderedCell(root: Element, handle: WidgetCell): Element | null {
  return adapterFor(root)?.renderedCell(root, handle) ?? null;
}

/** What to tell the user when `root`'s instance cannot be reached. */
export function unreachableGrid(root: Element | undefined): Unsupported {
  return (root && adapterFor(root)?.unreachable) || GRID_ADAPTERS[0].unreachable;
}
