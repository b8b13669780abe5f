import type { GridAdapter } from './adapter';
import { cellProxy } from './canvas-cells';

// Cheetah Grid, content side. Its element carries `.cheetah-grid`; everything is drawn on one
// canvas, so marks go on the proxies its page adapter lays over the drawn cells. The instance is not
// linked from the DOM: reachable only when the page keeps it in a variable.

export const CHEETAH_ROOT = '.cheetah-grid';

export const cheetah: GridAdapter = {
  library: 'cheetah-grid',
  rootSelector: CHEETAH_ROOT,
  renderedCell: cellProxy,
  unreachable: { key: 'page.grid.cheetah' },
};
