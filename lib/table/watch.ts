import { findReportTables } from './find';
import { listDocuments } from './frames';
import { findCanvasGrids } from './unsupported';
import { findWidgetRoots, WIDGET_ROOT } from './widget-dom';

// Single-page apps render the report late (after an XHR), replace it when the user switches tabs or
// periods, rebuild a widget grid, and change route without reloading. Nothing here runs while nothing
// changes, and a page busy with other DOM work (clocks, toasts, spinners) costs nothing either:
//
// - Arrivals: a zero-specificity CSS rule gives every element that could be or hold a report (tables,
//   their row groups and rows, ARIA grids, canvases, frames, widget-grid roots) a 1 ms animation of
//   nothing; the browser's style engine fires `animationstart` when such an element is inserted or
//   shown. Rows of tables already found are left out (data-tlbc-seen), so typing or re-rendering them
//   wakes nothing.
// - Removals: a childList observer on the ancestors of the tables found (not their subtrees).
// - Routes: popstate / hashchange, and location.href compared on each check.
// Checks are batched into one per animation frame.

export interface TableChange {
  /** Report tables, widget-grid roots and canvas grids on the page now, frames included, in order. */
  tables: Element[];
  added: Element[];
  removed: Element[];
  /** location.href changed (history navigation, pushState with a re-render) since the last change. */
  routeChanged: boolean;
}

export interface WatchOptions {
  /** Nodes the extension owns (its panel host); default: elements named tlbc-* and their content. */
  isOwn?: (node: Node) => boolean;
  /** What counts as a table; default: findAllTables in every frame document. */
  find?: (doc: Document) => Element[];
}

export interface TableWatch {
  /** The tables as of the last check. */
  tables(): Element[];
  disconnect(): void;
}

/** The animation whose start tells of an arrival. */
export const ARRIVAL_ANIMATION = 'tlbc-arrive';
/** Set on the tables found, so their own rows and row groups do not count as arrivals. */
export const SEEN_ATTR = 'data-tlbc-seen';

const ARRIVALS = `table,thead,tbody,tr,[role=grid],[role=treegrid],[role=rowgroup],[role=row],iframe,frame,canvas,${WIDGET_ROOT}`;
const STYLE_ATTR = 'data-tlbc-watch';

/**
 * `:where()` has no specificity: any page rule setting its own animation wins over this one. The
 * keyframes are empty: the animation changes no property, so its start and end restyle nothing and
 * paint nothing, and Chromium and Firefox still fire `animationstart`. (A registered custom property
 * to animate needs an `@property` rule, and inserting one restyles every element of the document:
 * 12 600 elements, 55–80 ms on the 500-row page.)
 */
const ARRIVAL_CSS =
  `@keyframes ${ARRIVAL_ANIMATION}{}` +
  `:where(${ARRIVALS}):not(:where([${SEEN_ATTR}],${WIDGET_ROOT},tlbc-panel-host) *){animation:${ARRIVAL_ANIMATION} 1ms}`;

function ownedByExtension(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let e = el; e; e = e.parentElement) if (e.tagName.startsWith('TLBC-')) return true;
  return false;
}

export function findAllTables(doc: Document): Element[] {
  return listDocuments(doc).flatMap((d) => {
    const found = [...findReportTables(d), ...findWidgetRoots(d), ...findCanvasGrids(d)];
    return found.length < 2 ? found : found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  });
}

export function watchReportTables(
  doc: Document,
  onChange: (change: TableChange) => void,
  options: WatchOptions = {},
): TableWatch {
  const win = doc.defaultView!;
  const isOwn = options.isOwn ?? ownedByExtension;
  const find = options.find ?? findAllTables;
  let current: Element[] = [];
  let href = win.location.href;
  let routeSeen = false;
  let pending: number | null = null;
  const watched = new Map<Document, HTMLStyleElement>();

  const schedule = () => {
    if (pending === null) pending = win.requestAnimationFrame(flush);
  };

  const onArrival = (event: Event) => {
    if ((event as AnimationEvent).animationName !== ARRIVAL_ANIMATION) return;
    const target = event.target as Node | null;
    // A table found already animates when the rule goes in, or when it is shown again: no new table,
    // and a look at the page would cost a find over every document in the next frame (8 ms at 500 rows).
    if (pending === null && target && !isOwn(target) && !current.includes(target as Element)) schedule();
  };

  /** Ancestors of the tables found: a table leaves the page when one of them loses a child. */
  const removals = new MutationObserver((records) => {
    if (pending !== null) return;
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (current.some((table) => node === table || node.contains(table))) return schedule();
      }
    }
  });

  const armRemovals = () => {
    removals.disconnect();
    const seen = new Set<Node>();
    for (const table of current) {
      for (let n = table.parentNode; n && !seen.has(n); n = n.parentNode) {
        seen.add(n);
        removals.observe(n, { childList: true });
      }
    }
  };

  const listening = new Set<Document>();
  const listen = (d: Document) => {
    if (listening.has(d)) return;
    listening.add(d);
    d.addEventListener('animationstart', onArrival, true);
  };

  /** Each readable document (the top one, same-origin frames) gets the arrival rule and listener. */
  const watchDocuments = () => {
    for (const d of listDocuments(doc)) {
      listen(d);
      let style = watched.get(d);
      if (style?.isConnected) continue;
      style = d.createElement('style');
      style.setAttribute(STYLE_ATTR, '');
      style.textContent = ARRIVAL_CSS;
      (d.head ?? d.documentElement).append(style);
      watched.set(d, style);
    }
  };

  const check = (): Element[] => {
    const next = find(doc);
    for (const table of next) if (!table.hasAttribute(SEEN_ATTR)) table.setAttribute(SEEN_ATTR, '');
    return next;
  };

  function flush() {
    pending = null;
    const next = check();
    watchDocuments();
    const added = next.filter((t) => !current.includes(t));
    const removed = current.filter((t) => !next.includes(t));
    const routeChanged = routeSeen || win.location.href !== href;
    routeSeen = false;
    href = win.location.href;
    current = next;
    armRemovals();
    if (added.length || removed.length || routeChanged)
      onChange({ tables: next, added, removed, routeChanged });
  }

  const onRoute = () => {
    routeSeen = true;
    schedule();
  };
  /** A frame navigated or finished loading: its document is new. Load does not bubble; capture does. */
  const onLoad = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.tagName === 'IFRAME' || target?.tagName === 'FRAME') schedule();
  };

  // Tables on the page now are marked seen before the rule exists, so their rows never animate (marked
  // after, a 500-row table's rows all start the animation and the table is restyled twice).
  current = check();
  // The rule goes in in a task of its own, out of the content script's first one. Not after the next
  // frame: on a long report that frame is often the one painting the first marks and the panel, and
  // the callback would make it a long task with our script in it. Nothing is missed meanwhile:
  // elements already on the page start the animation when the rule appears, and a flush adds it too.
  for (const d of listDocuments(doc)) listen(d);
  const arming = win.setTimeout(watchDocuments, 0);
  armRemovals();
  win.addEventListener('popstate', onRoute);
  win.addEventListener('hashchange', onRoute);
  doc.addEventListener('load', onLoad, true);

  return {
    tables: () => current,
    disconnect() {
      removals.disconnect();
      for (const style of watched.values()) style.remove();
      for (const d of listening) d.removeEventListener('animationstart', onArrival, true);
      listening.clear();
      watched.clear();
      win.removeEventListener('popstate', onRoute);
      win.removeEventListener('hashchange', onRoute);
      doc.removeEventListener('load', onLoad, true);
      if (pending !== null) win.cancelAnimationFrame(pending);
      pending = null;
      win.clearTimeout(arming);
    },
  };
}
