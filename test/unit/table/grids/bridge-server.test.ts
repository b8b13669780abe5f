import { describe, expect, it } from 'vitest';
import { installGridBridge } from '@/lib/table/grid-bridge-page';
import type { PageGridAdapter } from '@/lib/table/grids/page-adapter';
import { createGridBridge } from '@/lib/table/widget';
import { CHANGED_EVENT, GRID_ATTR, type GridData } from '@/lib/table/widget-protocol';

// The bridge is a protocol server over whatever page adapters it is given: a library it has never
// heard of is found, read, written and heard from through its adapter alone.

interface Toy {
  el: Element;
  cells: (number | null)[];
  listeners: (() => void)[];
}

function toyAdapter(toys: Toy[]): PageGridAdapter<Toy> {
  return {
    library: 'toy',
    rootSelector: '.toy-grid',
    find: () => toys,
    accepts: (v): v is Toy => toys.includes(v as Toy),
    root: (t) => t.el,
    alive: (t) => t.el.isConnected,
    size: (t) => ({ rows: 1, cols: t.cells.length }),
    read: (t): GridData => ({
      library: 'toy',
      headers: [t.cells.map((_, i) => ({ label: `C${i}`, span: 1 }))],
      rows: [t.cells],
      readOnly: [],
      computed: [],
      merged: [],
      numeric: t.cells.map(() => true),
    }),
    write: (t, changes) =>
      changes.map(([, c, text]) => {
        const before = t.cells[c];
        t.cells[c] = Number(text);
        for (const l of t.listeners) l();
        return { value: t.cells[c], before };
      }),
    onChange(t, callback) {
      t.listeners.push(callback);
      return () => {};
    },
  };
}

describe('installGridBridge with any page adapter', () => {
  it('lists, reads and writes a grid found by its adapter, and tells of changes but not of its own writes', async () => {
    document.body.innerHTML = '<div class="toy-grid"></div>';
    document.documentElement.removeAttribute('data-tlbc-bridge');
    const toy: Toy = { el: document.querySelector('.toy-grid')!, cells: [1, null], listeners: [] };
    installGridBridge(window, [toyAdapter([toy])]);
    const bridge = createGridBridge(document, 500);
    const [summary] = await bridge.list();
    expect(summary).toEqual({ id: expect.any(String), library: 'toy', rows: 1, cols: 2 });
    expect(toy.el.getAttribute(GRID_ATTR)).toBe(summary.id);
    expect((await bridge.read(summary.id)).rows).toEqual([[1, null]]);

    let told = 0;
    toy.el.addEventListener(CHANGED_EVENT, () => told++);
    expect(await bridge.write(summary.id, [[0, 1, '7']])).toEqual([{ value: 7, before: null }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(0);
    for (const l of toy.listeners) l();
    for (const l of toy.listeners) l();
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(1);
  });
});
