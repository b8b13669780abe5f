import type { WidgetCell } from '../handles';

// Canvas grids draw their cells with no element to mark. Their page adapter lays click-through,
// transparent proxies over the drawn form cells (kept per cell, hidden when scrolled out, so a mark
// survives scrolling), and the content side marks the proxy: "the rendered cell" of a canvas grid.

export const CELL_PROXY_ATTR = 'data-tlbc-cell';
const LAYER_ATTR = 'data-tlbc-cells';

/** A drawn cell, in CSS pixels from the root's top-left corner (inside its border). */
export interface CellBox {
  row: number;
  col: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

const layers = new WeakMap<Element, Map<string, HTMLElement>>();

/** Shows a proxy over each of `boxes` and hides every other proxy of `root`. Page world. */
export function placeCellProxies(root: HTMLElement, boxes: CellBox[]): void {
  const doc = root.ownerDocument;
  let layer = root.querySelector<HTMLElement>(`:scope > [${LAYER_ATTR}]`);
  let proxies = layer ? layers.get(layer) : undefined;
  if (!layer || !proxies) {
    layer = doc.createElement('div');
    layer.setAttribute(LAYER_ATTR, '');
    layer.setAttribute('aria-hidden', 'true');
    layer.style.cssText =
      'position:absolute;left:0;top:0;right:0;bottom:0;overflow:hidden;pointer-events:none;z-index:3';
    const position = doc.defaultView?.getComputedStyle(root).position;
    if (!position || position === 'static') root.style.position = 'relative';
    root.appendChild(layer);
    proxies = new Map();
    layers.set(layer, proxies);
  }
  const shown = new Set<string>();
  for (const box of boxes) {
    const key = `${box.row}:${box.col}`;
    let proxy = proxies.get(key);
    if (!proxy) {
      proxy = doc.createElement('div');
      proxy.setAttribute(CELL_PROXY_ATTR, key);
      proxy.style.cssText = 'position:absolute;box-sizing:border-box;pointer-events:none';
      layer.appendChild(proxy);
      proxies.set(key, proxy);
    }
    const s = proxy.style;
    s.left = `${box.left}px`;
    s.top = `${box.top}px`;
    s.width = `${box.width}px`;
    s.height = `${box.height}px`;
    s.display = '';
    shown.add(key);
  }
  for (const [key, proxy] of proxies) if (!shown.has(key)) proxy.style.display = 'none';
}

/** The proxy over a canvas grid's cell (content side), or null when the grid has not laid one. */
export function cellProxy(root: Element, { row, col }: WidgetCell): Element | null {
  return root.querySelector(`[${LAYER_ATTR}] > [${CELL_PROXY_ATTR}="${row}:${col}"]`);
}

/** Runs `fn` once on the next frame however often it is asked for (scroll bursts). */
export function onceAFrame(win: Window, fn: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      fn();
    });
  };
}
