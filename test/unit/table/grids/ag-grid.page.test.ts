import { AllCommunityModule, createGrid, type GridApi, ModuleRegistry } from 'ag-grid-community';
import { beforeAll, describe, expect, it } from 'vitest';
import { agGridPage } from '@/lib/table/grids/ag-grid.page';
import { buildWidgetModel } from '@/lib/table/widget';

// The AG Grid page adapter against the real library (happy-dom: no layout, so AG Grid draws no
// rows, but its API and column model are all there).

ModuleRegistry.registerModules([AllCommunityModule]);

interface Row {
  key: string;
  stt: string;
  label: string;
  c3?: number;
  c4: number | null;
  c5: number | null;
  c6: number;
}
let api: GridApi<Row>;

beforeAll(() => {
  document.body.innerHTML = '<div id="g" style="height:300px;width:900px"></div>';
  api = createGrid<Row>(document.getElementById('g')!, {
    columnDefs: [
      { field: 'stt', headerName: 'STT' },
      { field: 'label', headerName: 'Lĩnh vực' },
      {
        headerName: 'Số hồ sơ',
        children: [
          { field: 'c3', headerName: 'Tổng số', valueGetter: (p) => (p.data?.c4 ?? 0) + (p.data?.c5 ?? 0) },
          {
            headerName: 'Trong đó',
            children: [
              { field: 'c4', headerName: 'Trực tuyến', cellDataType: 'number', editable: true },
              { field: 'c5', headerName: 'Trực tiếp', cellDataType: 'number', editable: true },
            ],
          },
          // no declared type: the page lets AG Grid go by the data, which holds numbers
          { field: 'c6', headerName: 'Từ kỳ trước', cellDataType: false, editable: true },
        ],
      },
      { headerName: 'Thao tác', cellRenderer: () => 'x' },
    ],
    rowSelection: { mode: 'multiRow', checkboxes: true },
    rowData: [
      { key: 'a', stt: '1', label: 'Hộ tịch', c4: 3, c5: null, c6: 7 },
      { key: 'b', stt: '', label: 'Tổng số', c4: 3, c5: null, c6: 7 },
    ],
    getRowId: (p) => p.data.key,
  });
});

describe('agGridPage', () => {
  it('is found through the grid’s own elements and its api leads back to the root', () => {
    expect(agGridPage.find(window)).toEqual([api]);
    expect(agGridPage.accepts(api)).toBe(true);
    expect(agGridPage.root(api as never)?.matches('.ag-root-wrapper')).toBe(true);
  });

  it('reads form columns only, groups padded above ungrouped leaves, computed and numeric cells', () => {
    const data = agGridPage.read(api as never);
    expect(data.colIds).toEqual(['stt', 'label', 'c3', 'c4', 'c5', 'c6']);
    expect(data.rows).toEqual([
      ['1', 'Hộ tịch', 3, 3, null, 7],
      ['', 'Tổng số', 3, 3, null, 7],
    ]);
    // c3 is computed (its value getter adds numbers), c6 holds numbers without saying so
    expect(data.numeric).toEqual([false, false, true, true, true, true]);
    expect(data.computed).toContainEqual([0, 2]);
    expect(data.readOnly).toContainEqual([0, 0]);
    expect(data.readOnly).not.toContainEqual([0, 3]);
    const { model } = buildWidgetModel('g1', data);
    expect(model.columns.map((c) => c.path)).toEqual([
      ['STT'],
      ['Lĩnh vực'],
      ['Số hồ sơ', 'Tổng số'],
      ['Số hồ sơ', 'Trong đó', 'Trực tuyến'],
      ['Số hồ sơ', 'Trong đó', 'Trực tiếp'],
      ['Số hồ sơ', 'Từ kỳ trước'],
    ]);
  });

  it('writes numbers as numbers through setDataValue, refuses read-only cells, tells before and after', async () => {
    const changes: unknown[] = [];
    api.addEventListener('cellValueChanged', (e) => changes.push([e.newValue, e.source]));
    const cells = agGridPage.write(
      api as never,
      [
        [0, 4, '1.245'],
        [0, 3, ''],
        [0, 2, '9'],
        [0, 5, '1.245'],
      ],
      window,
    );
    expect(cells).toEqual([
      { value: 1245, before: null },
      { value: null, before: 3 },
      // the computed total follows its parts: 0 + 1 245
      { value: 1245, before: 1245, error: 'read-only' },
      { value: 1245, before: 7 },
    ]);
    expect(api.getRowNode('a')?.data?.c5).toBe(1245);
    // the page's own edit hook hears the write, with our source (AG Grid fires it a moment later)
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toContainEqual([1245, 'tlbc']);
  });
});
