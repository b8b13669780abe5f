import { TabulatorFull as Tabulator } from 'tabulator-tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { tabulatorPage } from '@/lib/table/grids/tabulator.page';
import { buildWidgetModel } from '@/lib/table/widget';

// The Tabulator page adapter against the real library in happy-dom: helper columns (row numbers,
// selection, a delete button) left out, leaves of shallower columns in the bottom header row (here
// the numbering row), writes through cell.setValue with numbers as numbers.

let table: InstanceType<typeof Tabulator>;

beforeAll(async () => {
  document.body.innerHTML = '<div id="t"></div>';
  const editable = (cell: { getRow(): { getData(): { key: string } } }) =>
    cell.getRow().getData().key !== 'total';
  table = new Tabulator('#t', {
    index: 'key',
    rowHeader: { formatter: 'rownum', headerSort: false },
    columns: [
      { formatter: 'rowSelection', titleFormatter: 'rowSelection', headerSort: false },
      { title: 'STT', columns: [{ title: '(1)', field: 'stt' }] },
      { title: 'Lĩnh vực', columns: [{ title: '(2)', field: 'label' }] },
      {
        title: 'Số hồ sơ',
        columns: [
          { title: 'Tổng số', columns: [{ title: '(3)', field: 'c3', editor: 'number', editable }] },
          {
            title: 'Trong đó',
            columns: [
              { title: 'Trực tuyến', columns: [{ title: '(4)', field: 'c4', editor: 'number', editable }] },
              {
                title: 'Trực tiếp',
                columns: [{ title: '(5)', field: 'c5', editor: 'input', sorter: 'number' }],
              },
            ],
          },
        ],
      },
      { title: 'Xoá', formatter: 'buttonCross' },
    ],
    data: [
      { key: 'a', stt: '1', label: 'Hộ tịch', c3: 3, c4: 1, c5: 2 },
      { key: 'total', stt: '', label: 'Tổng số', c3: 3, c4: 1, c5: 2 },
    ],
  });
  await new Promise<void>((resolve) => table.on('tableBuilt', () => resolve()));
});

describe('tabulatorPage', () => {
  it('is found in the library’s own registry', () => {
    (window as unknown as { Tabulator: unknown }).Tabulator = Tabulator;
    expect(tabulatorPage.find(window)).toEqual([table]);
  });

  it('reads form columns only, with the numbering row as the last header row', () => {
    const data = tabulatorPage.read(table as never);
    expect(data.colIds).toEqual(['stt', 'label', 'c3', 'c4', 'c5']);
    expect(data.rows[0]).toEqual(['1', 'Hộ tịch', 3, 1, 2]);
    expect(data.numeric).toEqual([false, false, true, true, true]);
    expect(data.readOnly).toEqual(
      expect.arrayContaining([
        [0, 0],
        [1, 2],
        [1, 3],
      ]),
    );
    const { model, numbered } = buildWidgetModel('g1', data);
    expect(numbered).toBe(true);
    expect(model.columns.map((c) => [c.number, c.path.join(' / ')])).toEqual([
      [1, 'STT'],
      [2, 'Lĩnh vực'],
      [3, 'Số hồ sơ / Tổng số'],
      [4, 'Số hồ sơ / Trong đó / Trực tuyến'],
      [5, 'Số hồ sơ / Trong đó / Trực tiếp'],
    ]);
  });

  it('writes numbers as numbers, refuses read-only cells', () => {
    const cells = tabulatorPage.write(
      table as never,
      [
        [0, 3, '1.245'],
        [1, 3, '7'],
      ],
      window,
    );
    expect(cells).toEqual([
      { value: 1245, before: 1 },
      { value: 1, before: 1, error: 'read-only' },
    ]);
    expect(table.getRow('a').getData().c4).toBe(1245);
  });
});
