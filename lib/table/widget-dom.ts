import { renderedCell } from './grids';
import type { WidgetCell } from './handles';

// Widget grids as they appear in the DOM: the registry's adapters (grids/index.ts) know each
// library's own stable markup, which says "this grid keeps its data in a page-world object" (read it
// through the bridge, never with the DOM readers).

export { findWidgetRoots, WIDGET_ROOT } from './grids';

/** The rendered element of a widget grid's cell, or null when the grid does not show it now. */
export function renderedWidgetCell(root: Element, handle: WidgetCell): Element | null {
  return renderedCell(root, handle);
}
