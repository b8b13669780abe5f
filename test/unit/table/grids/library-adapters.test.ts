import { beforeEach, describe, expect, it } from 'vitest';
import { recogniseWidget } from '@/lib/page/scan';
import { bandHeaders } from '@/lib/table/grids/band-headers';
import { CELL_PROXY_ATTR, cellProxy, layoutTracker, placeCellProxies } from '@/lib/table/grids/canvas-cells';
import { headerSource } from '@/lib/table/grids/headers';
import { hasMethods } from '@/lib/table/grids/page-adapter';
import { PAGE_ADAPTERS } from '@/lib/table/grids/page-adapters';
import { buildWidgetModel } from '@/lib/table/widget';
import type { GridData } from '@/lib/table/widget-protocol';

// Pieces the DevExtreme, Kendo, jspreadsheet, SpreadJS and Cheetah Grid adapters share; the adapters
// themselves run against the real libraries in test/e2e/grids-more.spec.mjs.

describe('bandHeaders', () => {
  it('puts each group over its run of leaves and continues a leaf down through blank cells', () => {
    const tiep = { id: 1, label: 'Tiếp nhận' };
    const trong = { id: 2, label: 'Trong đó' };
    const rows = bandHeaders([
      { label: 'TT', bands: [] },
      { label: 'Tổng số', bands: [tiep] },
      { label: 'Trực tuyến', bands: [tiep, trong] },
      { label: 'Qua bưu chính', bands: [tiep, trong] },
    ]);
    expect(rows).toEqual([
      [
        { label: 'TT', span: 1 },
        { label: 'Tiếp nhận', span: 3 },
      ],
      [
        { label: '', span: 1 },
        { label: 'Tổng số', span: 1 },
        { label: 'Trong đó', span: 2 },
      ],
      [
        { label: '', span: 1 },
        { label: '', span: 1 },
        { label: 'Trực tuyến', span: 1 },
        { label: 'Qua bưu chính', span: 1 },
      ],
    ]);
    // as the content side reads it: TT spans all three rows, Tổng số two
    const source = headerSource(rows);
    expect(source[0].map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['TT', 3, 1],
      ['Tiếp nhận', 1, 3],
    ]);
    expect(source[1].map((c) => [c.text, c.rowSpan])).toEqual([
      ['Tổng số', 2],
      ['Trong đó', 1],
    ]);
  });

  it('keeps two neighbouring groups of the same label apart', () => {
    const a = { id: 'a', label: 'Trong đó' };
    const b = { id: 'b', label: 'Trong đó' };
    const [top] = bandHeaders([
      { label: 'x', bands: [a] },
      { label: 'y', bands: [b] },
    ]);
    expect(top).toEqual([
      { label: 'Trong đó', span: 1 },
      { label: 'Trong đó', span: 1 },
    ]);
  });
});

describe('canvas cell proxies', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div class="sheet"><canvas width="600" height="300"></canvas></div>';
  });

  it('lays a proxy per shown cell, hides the ones scrolled out and keeps their marks', () => {
    const root = document.querySelector<HTMLElement>('.sheet')!;
    placeCellProxies(root, [
      { row: 0, col: 2, left: 10, top: 20, width: 70, height: 22 },
      { row: 1, col: 2, left: 10, top: 42, width: 70, height: 22 },
    ]);
    const proxy = cellProxy(root, { row: 1, col: 2 }) as HTMLElement;
    expect(proxy.getAttribute(CELL_PROXY_ATTR)).toBe('1:2');
    expect([proxy.style.left, proxy.style.top, proxy.style.width]).toEqual(['10px', '42px', '70px']);
    proxy.setAttribute('data-tlbc-severity', 'error');
    // scrolled: row 1 moves up, row 0 leaves the view
    placeCellProxies(root, [{ row: 1, col: 2, left: 10, top: 20, width: 70, height: 22 }]);
    expect(cellProxy(root, { row: 1, col: 2 })).toBe(proxy);
    expect(proxy.style.top).toBe('20px');
    expect(proxy.getAttribute('data-tlbc-severity')).toBe('error');
    const gone = cellProxy(root, { row: 0, col: 2 }) as HTMLElement;
    expect(gone.style.display).toBe('none');
    expect(root.style.position).toBe('relative');
  });

  it('marks a cell not drawn yet on a hidden proxy, which the page side lays over it once scrolled in', () => {
    const root = document.querySelector<HTMLElement>('.sheet')!;
    expect(cellProxy(root, { row: 40, col: 3 })).toBeNull(); // no layer: the adapter never read the grid
    placeCellProxies(root, [{ row: 0, col: 3, left: 0, top: 0, width: 70, height: 22 }]);
    const unseen = cellProxy(root, { row: 40, col: 3 }) as HTMLElement;
    unseen.setAttribute('data-tlbc-severity', 'warning');
    expect(unseen.style.display).toBe('none');
    placeCellProxies(root, [{ row: 40, col: 3, left: 0, top: 22, width: 70, height: 22 }]);
    expect(cellProxy(root, { row: 40, col: 3 })).toBe(unseen);
    expect([unseen.style.display, unseen.style.top]).toEqual(['', '22px']);
    expect(unseen.getAttribute('data-tlbc-severity')).toBe('warning');
    expect(root.querySelectorAll(`[${CELL_PROXY_ATTR}="40:3"]`)).toHaveLength(1);
  });
});

describe('recogniseWidget', () => {
  it('takes the grid API’s editable cells over a library’s own readonly input in the root', () => {
    // Cheetah Grid keeps a readonly <input> for keyboard focus inside its root
    document.body.innerHTML = `<p>Biểu số II.06a/VPCP/KSTT</p><p>Kỳ báo cáo: Quý I năm 2025</p>
      <div class="cheetah-grid"><canvas></canvas><input class="grid-focus-control" readonly></div>`;
    const data: GridData = {
      library: 'cheetah-grid',
      headers: [
        [
          { label: 'STT', span: 1 },
          { label: 'Lĩnh vực', span: 1 },
          { label: 'Tổng số', span: 1 },
        ],
      ],
      rows: [['1', 'Hộ tịch', 601]],
      readOnly: [
        [0, 0],
        [0, 1],
      ],
      computed: [],
      merged: [],
      numeric: [false, false, true],
    };
    const root = document.querySelector('.cheetah-grid')!;
    const found = recogniseWidget(root, buildWidgetModel('g1', data), 'g1');
    expect(found.info.state).toBe('editable');
  });
});

describe('layoutTracker (the canvas grids keep their proxies on the drawn cells)', () => {
  it('makes one refresh per grid, subscribed once, that places the proxies once a frame', () => {
    const frames: (() => void)[] = [];
    const resize: (() => void)[] = [];
    const win = {
      requestAnimationFrame: (fn: () => void) => frames.push(fn),
      addEventListener: (type: string, fn: () => void) => type === 'resize' && resize.push(fn),
    } as unknown as Window;
    const placed: string[] = [];
    const listened: string[] = [];
    const track = layoutTracker<{ name: string }>(
      (grid) => placed.push(grid.name),
      (grid) => listened.push(grid.name),
    );
    const a = { name: 'a' };
    const refresh = track(a, win);
    expect(track(a, win)).toBe(refresh);
    track({ name: 'b' }, win);
    expect(listened).toEqual(['a', 'b']);
    expect(resize).toHaveLength(2);
    refresh();
    resize[0]();
    expect(placed).toEqual([]);
    for (const frame of frames.splice(0)) frame();
    expect(placed).toEqual(['a']);
  });
});

describe('page adapters recognise a library instance by its methods', () => {
  it.each(PAGE_ADAPTERS.map((a) => [a.library, a] as const))(
    '%s accepts none of: nothing, a number, an object lacking its methods',
    (_, adapter) => {
      for (const value of [null, undefined, 42, 'grid', {}, { getData: 1 }])
        expect(adapter.accepts(value)).toBe(false);
    },
  );

  it('hasMethods asks for every method named', () => {
    expect(hasMethods<{ a(): void; b(): void }>({ a() {}, b() {} }, 'a', 'b')).toBe(true);
    expect(hasMethods<{ a(): void; b(): void }>({ a() {}, b: 1 }, 'a', 'b')).toBe(false);
  });
});
