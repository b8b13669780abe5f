import type { PageGridAdapter } from './grids/page-adapter';
import { PAGE_ADAPTERS } from './grids/page-adapters';
import { coalesced } from './grids/page-events';
import { pageValues } from './grids/page-values';
import {
  CHANGED_EVENT,
  GRID_ATTR,
  type GridRequest,
  type GridSummary,
  RENDERED_EVENT,
  REPLY_EVENT,
  REQUEST_EVENT,
} from './widget-protocol';

// The bridge's page-world half (entrypoints/grid-bridge.ts runs it): no extension APIs here. A
// protocol server that asks each library's page adapter (grids/page-adapters.ts) for its instances,
// gives each grid an id on its root element, and answers list / read / write for it.

type Adapter = PageGridAdapter<unknown>;
interface Entry {
  adapter: Adapter;
  grid: unknown;
  root: Element;
}

export function installGridBridge(win: Window, adapters: readonly Adapter[] = PAGE_ADAPTERS): void {
  const doc = win.document;
  if (doc.documentElement.hasAttribute('data-tlbc-bridge')) return;
  doc.documentElement.setAttribute('data-tlbc-bridge', '');

  const grids = new Map<string, Entry>();
  const unsubscribe = new Map<string, () => void>();
  /** Re-mark at most once a frame: a scroll draws many times a frame. */
  const rendered = coalesced(
    (run) => win.requestAnimationFrame(run),
    (root) => root.dispatchEvent(new CustomEvent(RENDERED_EVENT)),
  );
  /** Roots that have held a grid: a new instance there is a rebuilt grid. */
  const known = new WeakSet<Element>();
  let counter = 0;
  let writing = 0;

  /** A change is told once the library's burst of events is over (a reload fires many), never for our writes. */
  const tellChange = coalesced(
    (run) => win.setTimeout(run, 0),
    (root) => {
      if (writing === 0) root.dispatchEvent(new CustomEvent(CHANGED_EVENT));
    },
  );
  const changed = (root: Element) => {
    if (writing === 0) tellChange(root);
  };

  const register = (adapter: Adapter, grid: unknown) => {
    if (!adapter.accepts(grid) || !adapter.alive(grid)) return;
    const root = adapter.root(grid);
    if (!root?.isConnected) return;
    for (const entry of grids.values()) if (entry.grid === grid) return;
    counter += 1;
    const id = `g${counter}`;
    grids.set(id, { adapter, grid, root });
    // a grid rebuilt in the same element (destroy, then new): the content side reads the new one
    const rebuilt = known.has(root);
    known.add(root);
    root.setAttribute(GRID_ATTR, id);
    const offChange = adapter.onChange?.(grid, () => changed(root));
    const offRender = adapter.onRender?.(grid, () => rendered(root));
    unsubscribe.set(id, () => {
      offChange?.();
      offRender?.();
    });
    if (rebuilt) changed(root);
  };

  const prune = () => {
    for (const [id, { adapter, grid, root }] of grids) {
      if (adapter.alive(grid)) continue;
      grids.delete(id);
      unsubscribe.get(id)?.();
      unsubscribe.delete(id);
      // the element may stay for a new instance of the same library: let discovery look at it again
      if (root.getAttribute(GRID_ATTR) === id) root.removeAttribute(GRID_ATTR);
    }
  };

  for (const adapter of adapters)
    adapter.install?.(win, (grid) => {
      prune();
      register(adapter, grid);
    });

  const unregistered = (adapter: Adapter) =>
    Array.from(doc.querySelectorAll(adapter.rootSelector)).some(
      (el) => !el.parentElement?.closest(adapter.rootSelector) && !el.hasAttribute(GRID_ATTR),
    );

  const discover = async () => {
    prune();
    const values = pageValues(win);
    for (const adapter of adapters) {
      if (!unregistered(adapter)) continue;
      for (const grid of adapter.find(win)) register(adapter, grid);
      for (const value of values) register(adapter, value);
      if (unregistered(adapter)) await adapter.wake?.(win);
    }
  };

  const entry = (id: string): Entry => {
    const found = grids.get(id);
    if (found?.adapter.alive(found.grid)) return found;
    throw new Error(`no grid ${id}`);
  };

  const answer = async (request: GridRequest): Promise<unknown> => {
    if (request.op === 'list') {
      await discover();
      const list: GridSummary[] = Array.from(grids, ([id, { adapter, grid }]) => ({
        id,
        library: adapter.library,
        ...adapter.size(grid),
      }));
      return { grids: list };
    }
    const { adapter, grid } = entry(request.grid);
    if (request.op === 'read') return adapter.read(grid);
    writing += 1;
    try {
      return { cells: await adapter.write(grid, request.changes, win) };
    } finally {
      // the library's change hooks may run a tick after the write
      win.setTimeout(() => {
        writing -= 1;
      }, 0);
    }
  };

  doc.addEventListener(REQUEST_EVENT, (event) => {
    const detail = (event as CustomEvent).detail;
    if (typeof detail !== 'string') return;
    let request: GridRequest;
    try {
      request = JSON.parse(detail);
    } catch {
      return;
    }
    const reply = (body: object) =>
      doc.dispatchEvent(
        new CustomEvent(REPLY_EVENT, { detail: JSON.stringify({ id: request.id, ...body }) }),
      );
    answer(request).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: String((error as Error)?.message ?? error) }),
    );
  });
}
