import { beforeAll, describe, expect, it } from 'vitest';
import { installGridBridge } from '@/lib/table/grid-bridge-page';
import { createGridBridge, readWidgetGrids } from '@/lib/table/widget';

// The page-world bridge against an instance-shaped stand-in for Handsontable kept in a page variable
// (`window.hot`); the real library runs in the end-to-end replica.

function fakeGrid(root: Element, typed = true) {
  const data: (string | number | null)[][] = [
    ['1', 'Hộ tịch', 3, 1, 2],
    ['', 'Tổng số', 3, 1, 2],
  ];
  const writes: { changes: unknown; source?: string }[] = [];
  return {
    writes,
    rootElement: root,
    countRows: () => data.length,
    countCols: () => 5,
    getData: () => data.map((r) => [...r]),
    getDataAtCell: (r: number, c: number) => data[r][c],
    setDataAtCell(changes: [number, number, unknown][], source?: string) {
      writes.push({ changes, source });
      for (const [r, c, v] of changes) data[r][c] = v as string | number | null;
    },
    getCellMeta: (r: number, c: number) => ({
      readOnly: c < 2 || r === 1,
      type: c >= 2 && typed ? 'numeric' : 'text',
    }),
    getSettings: () => ({ colHeaders: ['STT', 'Lĩnh vực', 'Tổng số', 'Trực tuyến', 'Trực tiếp'] }),
    getColHeader: (c: number) => ['STT', 'Lĩnh vực', 'Tổng số', 'Trực tuyến', 'Trực tiếp'][c],
  };
}

let grid: ReturnType<typeof fakeGrid>;

beforeAll(() => {
  document.body.innerHTML = '<div class="m2"><div class="handsontable"><table></table></div></div>';
  grid = fakeGrid(document.querySelector('.handsontable')!);
  (window as unknown as { hot: unknown }).hot = grid;
  installGridBridge(window);
  installGridBridge(window); // a second injection must not answer twice
});

describe('installGridBridge', () => {
  it('finds a grid kept in a page variable, marks its root and serves its data', async () => {
    const { tables, unsupported } = await readWidgetGrids(createGridBridge(document, 500), document);
    expect(unsupported).toBeNull();
    expect(tables).toHaveLength(1);
    const { model, root } = tables[0];
    expect(root).toBe(grid.rootElement);
    expect(model.columns.map((c) => c.path[0])).toEqual([
      'STT',
      'Lĩnh vực',
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp',
    ]);
    expect(model.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Hộ tịch', 'data'],
      ['Tổng số', 'total'],
    ]);
    expect(model.rows[0].cells.map((c) => c.editable)).toEqual([false, false, true, true, true]);
  });

  it('writes through setDataAtCell with its own source, numbers as numbers, and reads back', async () => {
    const bridge = createGridBridge(document, 500);
    const [{ id }] = await bridge.list();
    const cells = await bridge.write(id, [
      [0, 2, '1.234'],
      [0, 3, '-'],
      [1, 2, '5'],
    ]);
    expect(cells).toEqual([
      { value: 1234, before: 3 },
      { value: null, before: 1 },
      { value: 3, before: 3, error: 'read-only' },
    ]);
    expect(grid.writes.at(-1)).toEqual({
      changes: [
        [0, 2, 1234],
        [0, 3, null],
      ],
      source: 'tlbc',
    });
  });

  it('writes numbers as numbers into a column that holds numbers without a numeric type', async () => {
    const root = document.createElement('div');
    root.className = 'handsontable';
    root.append(document.createElement('table'));
    document.body.append(root);
    const untyped = fakeGrid(root, false);
    (window as unknown as { hot2: unknown }).hot2 = untyped;
    const bridge = createGridBridge(document, 500);
    const id = (await bridge.list()).find((g) => g.id !== 'g1')!.id;
    const cells = await bridge.write(id, [[0, 2, '1.245']]);
    expect(untyped.writes.at(-1)?.changes).toEqual([[0, 2, 1245]]);
    expect(cells).toEqual([{ value: 1245, before: 3 }]);
  });

  it('answers an unknown grid with an error', async () => {
    await expect(createGridBridge(document, 500).read('g404')).rejects.toThrow(/no grid/);
  });
});
