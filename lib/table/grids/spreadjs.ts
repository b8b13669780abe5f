import type { GridAdapter } from './adapter';
import { cellProxy } from './canvas-cells';

// SpreadJS, content side. Its host element carries gcuielement="gcSpread"; cells are drawn on a
// canvas, so marks go on the proxies its page adapter lays over the drawn cells.

export const SPREADJS_ROOT = '[gcuielement="gcSpread"]';

export const spreadjs: GridAdapter = {
  library: 'spreadjs',
  rootSelector: SPREADJS_ROOT,
  renderedCell: cellProxy,
  unreachable: { key: 'page.grid.spreadjs' },
};
