import { findReportTables } from './find';
import { listDocuments } from './frames';
import { findWidgetRoots, WIDGET_ROOT } from './widget-dom';

// Single-page apps render the report late, replace it when the user switches tabs or periods, and
// change route without reloading. One childList observer on the body (and on each same-origin frame
// body) notices; records are batched into one check per animation frame; nothing runs while nothing
// changes. Attributes are not observed, so the extension's own data-tlbc-* marks never wake it.

export interface TableChange {
  /** Report tables and widget-grid roots on the page now, frames included, in document order. */
  tables: Element[];
  added: Element[];
  removed: Element[];
  /** location.href changed (history navigation, pushState with a re-render) since the last change. */
  routeChanged: boolean;
}

export interface WatchOptions {
  /** Nodes the extension owns (its panel host); default: elements named tlbc-* and their content. */
  isOwn?: (node: Node) => boolean;
  /** What counts as a table; default: findReportTables and widget-grid roots in every frame document. */
  find?: (doc: Document) => Element[];
}

export interface TableWatch {
  /** The tables as of the last check. */
  tables(): Element[];
  disconnect(): void;
}

/** Nodes whose arrival or removal can add, replace or remove a table. */
const STRUCTURAL = `table,thead,tbody,tr,[role=grid],[role=treegrid],[role=row],[role=rowgroup],iframe,frame,canvas,${WIDGET_ROOT}`;

function ownedByExtension(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (let e = el; e; e = e.parentElement) if (e.tagName.startsWith('TLBC-')) return true;
  return false;
}

function isStructural(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(STRUCTURAL) || el.querySelector(STRUCTURAL) !== null;
}

export function findAllTables(doc: Document): Element[] {
  return listDocuments(doc).flatMap((d) => {
    const tables = findReportTables(d);
    const widgets = findWidgetRoots(d);
    if (widgets.length === 0) return tables;
    return [...tables, ...widgets].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
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
  let current = find(doc);
  let href = win.location.href;
  let routeSeen = false;
  let pending: number | null = null;
  const observed = new WeakSet<Node>();

  const flush = () => {
    pending = null;
    observeFrames();
    const next = find(doc);
    const added = next.filter((t) => !current.includes(t));
    const removed = current.filter((t) => !next.includes(t));
    const routeChanged = routeSeen || win.location.href !== href;
    routeSeen = false;
    href = win.location.href;
    current = next;
    if (added.length || removed.length || routeChanged)
      onChange({ tables: next, added, removed, routeChanged });
  };

  const schedule = () => {
    if (pending === null) pending = win.requestAnimationFrame(flush);
  };

  const observer = new MutationObserver((records) => {
    if (pending !== null) return;
    if (win.location.href !== href) return schedule();
    for (const record of records) {
      if (isOwn(record.target)) continue;
      for (const node of record.addedNodes) if (!isOwn(node) && isStructural(node)) return schedule();
      for (const node of record.removedNodes) if (!isOwn(node) && isStructural(node)) return schedule();
    }
  });

  const observe = (target: Node | null | undefined) => {
    if (!target || observed.has(target)) return;
    observed.add(target);
    observer.observe(target, { childList: true, subtree: true });
  };

  function observeFrames() {
    for (const frameDoc of listDocuments(doc)) observe(frameDoc.body ?? frameDoc.documentElement);
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

  observeFrames();
  win.addEventListener('popstate', onRoute);
  win.addEventListener('hashchange', onRoute);
  doc.addEventListener('load', onLoad, true);

  return {
    tables: () => current,
    disconnect() {
      observer.disconnect();
      win.removeEventListener('popstate', onRoute);
      win.removeEventListener('hashchange', onRoute);
      doc.removeEventListener('load', onLoad, true);
      if (pending !== null) win.cancelAnimationFrame(pending);
      pending = null;
    },
  };
}
