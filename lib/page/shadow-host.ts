// The panel's host on the page: a custom-named element with an open shadow root (design.md §4; the
// acceptance tests read it), the panel's own CSS inside it, and nothing of the page's styles reaching
// in. Made here rather than by WXT's createShadowRootUi, which removes it on WXT's forgeable
// "content script started" event (lib/page/lifetime.ts) and fetches its CSS from a web-accessible file.

export const HOST_TAG = 'tlbc-panel-host';

const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'inset:0',
  'z-index:2147483646',
  'contain:strict',
  'pointer-events:none',
]
  .map((d) => `${d} !important;`)
  .join('');

export interface ShadowHost {
  /** Where the panel renders. */
  container: HTMLElement;
  remove(): void;
}

export function mountShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // The host takes none of the page's inherited styles; the panel's CSS addresses the host as :host.
  // It is a viewport-sized fixed box, strictly contained and letting clicks through (the panel takes
  // them back): the panel's updates relayout only the host, not up to the page's root (bench:
  // test/bench/panel-paint.mjs). Its paint is the page's whatever the CSS: Chromium repaints the frame.
  style.textContent = `:host{${HOST_STYLE}}\n${css.replaceAll(':root', ':host')}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return { container, remove: () => host.remove() };
}

/**
 * What an orphaned instance could not take away itself (its world was torn down with the old
 * extension, as in Firefox): panels and marks no live instance made. Called before this one shows any.
 */
export function removeLeftovers(doc: Document, markAttributes: string[]): void {
  for (const host of Array.from(doc.querySelectorAll(HOST_TAG))) host.remove();
  for (const attr of markAttributes) {
    for (const cell of Array.from(doc.querySelectorAll(`[${attr}]`))) cell.removeAttribute(attr);
  }
}
