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

/** A cell's drawn rectangle, moved by the canvas's offset into the root (dx, dy). */
export function cellBox(
  row: number,
  col: number,
  rect: { left: number; top: number; width: number; height: number },
  dx: number,
  dy: number,
): CellBox {
  return { row, col, left: rect.left + dx, top: rect.top + dy, width: rect.width, height: rect.height };
}

const PROXY_STYLE = 'position:absolute;box-sizing:border-box;pointer-events:none';

function newProxy(doc: Document, key: string): HTMLElement {
  const proxy = doc.createElement('div');
  proxy.setAttribute(CELL_PROXY_ATTR, key);
  proxy.style.cssText = PROXY_STYLE;
  return proxy;
}

/** The layer's proxies by cell; rebuilt when the content side added some (marks on unseen cells). */
const layers = new WeakMap<Element, Map<string, HTMLElement>>();

function proxiesOf(layer: HTMLElement): Map<string, HTMLElement> {
  let proxies = layers.get(layer);
  if (!proxies || proxies.size !== layer.childElementCount) {
    proxies = new Map();
    for (const el of Array.from(layer.children))
      proxies.set(el.getAttribute(CELL_PROXY_ATTR) ?? '', el as HTMLElement);
    layers.set(layer, proxies);
  }
  return proxies;
}

/** The root's proxy layer, made on first use (cheap: no layout is read). Page world. */
export function proxyLayer(root: HTMLElement): HTMLElement {
  const doc = root.ownerDocument;
  let layer = root.querySelector<HTMLElement>(`:scope > [${LAYER_ATTR}]`);
  if (!layer) {
    layer = doc.createElement('div');
    layer.setAttribute(LAYER_ATTR, '');
    layer.setAttribute('aria-hidden', 'true');
    layer.style.cssText =
      'position:absolute;left:0;top:0;right:0;bottom:0;overflow:hidden;pointer-events:none;z-index:3';
    const position = doc.defaultView?.getComputedStyle(root).position;
    if (!position || position === 'static') root.style.position = 'relative';
    root.appendChild(layer);
  }
  return layer;
}

/** Shows a proxy over each of `boxes` and hides every other proxy of `root`. Page world. */
export function placeCellProxies(root: HTMLElement, boxes: CellBox[]): void {
  const doc = root.ownerDocument;
  const layer = proxyLayer(root);
  const proxies = proxiesOf(layer);
  const shown = new Set<string>();
  for (const box of boxes) {
    const key = `${box.row}:${box.col}`;
    let proxy = proxies.get(key);
    if (!proxy) {
      proxy = newProxy(doc, key);
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

/**
 * The proxy over a canvas grid's cell (content side), or null when the grid has no layer (its page
 * adapter never read it). A cell not shown now gets a hidden proxy, so its mark is there when the
 * page adapter lays it over the cell scrolled into view.
 */
export function cellProxy(root: Element, { row, col }: WidgetCell): Element | null {
  const layer = root.querySelector(`:scope > [${LAYER_ATTR}]`);
  if (!layer) return null;
  const key = `${row}:${col}`;
  const found = layer.querySelector(`:scope > [${CELL_PROXY_ATTR}="${key}"]`);
  if (found) return found;
  const proxy = newProxy(root.ownerDocument, key);
  proxy.style.display = 'none';
  layer.appendChild(proxy);
  return proxy;
}

/**
 * One refresh per grid that keeps its proxies where the cells are drawn: made on first use, run on the
 * next frame (a read never waits for the page's layout), called on the window's resize and on the
 * layout events `listen` subscribes it to (scrolling, column widths, zoom: each library names its own).
 */
export function layoutTracker<G extends object>(
  place: (grid: G) => void,
  listen: (grid: G, refresh: () => void, win: Window) => void,
): (grid: G, win: Window) => () => void {
  const refreshes = new WeakMap<G, () => void>();
  return (grid, win) => {
    let refresh = refreshes.get(grid);
    if (refresh) return refresh;
    refresh = onceAFrame(win, () => place(grid));
    refreshes.set(grid, refresh);
    listen(grid, refresh, win);
    win.addEventListener('resize', refresh);
    return refresh;
  };
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
