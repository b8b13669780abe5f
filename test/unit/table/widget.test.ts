import { afterEach, describe, expect, it } from 'vitest';
import { pageMessages } from '@/lib/i18n/messages/page';
import { textIn } from '@/lib/i18n/translator';
import { buildWidgetModel, createGridBridge, readWidgetGrids } from '@/lib/table/widget';
import { GRID_ATTR, type GridData, REPLY_EVENT, REQUEST_EVENT } from '@/lib/table/widget-protocol';

// The content-script side of the widget-grid protocol, against a fake responder standing in for the
// page-world bridge.

const h = (label: string, span = 1) => ({ label, span });

const DATA: GridData = {
  library: 'handsontable',
  rows: [
    ['I', 'Cấp xã', null, null, null],
    ['1', 'Hộ tịch', 1501, 399, 1102],
    ['', 'Tổng số', 1501, 399, 1102],
  ],
  headers: [
    [h('STT'), h('Lĩnh vực'), h('Số hồ sơ nhận giải quyết', 3)],
    [h(''), h(''), h('Tổng số'), h('Trong đó', 2)],
    [h(''), h(''), h(''), h('Trực tuyến'), h('Trực tiếp')],
  ],
  readOnly: [
    [0, 0],
    [0, 1],
  ],
  computed: [[1, 2]],
  merged: [{ row: 0, col: 1, rowspan: 1, colspan: 4 }],
  numeric: [false, false, true, true, true],
};

type Responder = (request: { id: string; op: string; [k: string]: unknown }) => object | null;

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

function respond(handler: Responder): void {
  const listener = (event: Event) => {
    const request = JSON.parse((event as CustomEvent).detail);
    const body = handler(request);
    if (!body) return;
    queueMicrotask(() =>
      document.dispatchEvent(
        new CustomEvent(REPLY_EVENT, { detail: JSON.stringify({ id: request.id, ...body }) }),
      ),
    );
  };
  document.addEventListener(REQUEST_EVENT, listener);
  stop = () => document.removeEventListener(REQUEST_EVENT, listener);
}

describe('buildWidgetModel', () => {
  it('turns header rows into the header tree, blank cells continuing the cell above', () => {
    const { model } = buildWidgetModel('g1', DATA);
    expect(model.source).toBe('widget');
    expect(model.columns.map((c) => c.path)).toEqual([
      ['STT'],
      ['Lĩnh vực'],
      ['Số hồ sơ nhận giải quyết', 'Tổng số'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp'],
    ]);
    expect(model.headers[2].children.map((h) => h.label)).toEqual(['Tổng số', 'Trong đó']);
  });

  it('lets a leaf reach up through blank padding above it (AG Grid pads ungrouped columns)', () => {
    const padded: GridData = {
      ...DATA,
      headers: [
        [h(''), h(''), h('Số hồ sơ nhận giải quyết', 3)],
        [h(''), h(''), h(''), h('Trong đó', 2)],
        [h('STT'), h('Lĩnh vực'), h('Tổng số'), h('Trực tuyến'), h('Trực tiếp')],
      ],
    };
    const { model } = buildWidgetModel('g1', padded);
    expect(model.columns.map((c) => c.path)).toEqual([
      ['STT'],
      ['Lĩnh vực'],
      ['Số hồ sơ nhận giải quyết', 'Tổng số'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'],
      ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp'],
    ]);
  });

  it('reads numbers in Vietnamese notation, read-only cells as computed, rows by kind', () => {
    const { model, handles } = buildWidgetModel('g1', DATA);
    expect(model.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Cấp xã', 'group'],
      ['Hộ tịch', 'data'],
      ['Tổng số', 'total'],
    ]);
    expect(model.rows[1].cells[2]).toMatchObject({
      raw: '1.501',
      value: 1501,
      editable: false,
      computed: true,
    });
    expect(model.rows[1].cells[3]).toMatchObject({ raw: '399', value: 399, editable: true });
    expect(handles[1][3]).toMatchObject({ kind: 'widget', cell: null, grid: 'g1', row: 1, col: 3 });
    expect(handles[0][2].kind).toBe('static');
  });
});

describe('createGridBridge', () => {
  it('matches replies to requests by id and validates them', async () => {
    respond((req) => {
      if (req.op === 'read') return { ok: true, result: DATA };
      if (req.op === 'write') return { ok: true, result: { cells: [{ value: 7, before: null }] } };
      return null;
    });
    // a stray reply with another id and one with a bad shape are ignored
    document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: '{"id":"x","ok":true,"result":1}' }));
    document.dispatchEvent(new CustomEvent(REPLY_EVENT, { detail: 'not json' }));
    const bridge = createGridBridge(document, 200);
    const data = await bridge.read('g1');
    expect(data.rows[1][1]).toBe('Hộ tịch');
    expect(await bridge.write('g1', [[1, 3, '7']])).toEqual([{ value: 7, before: null }]);
  });

  it('rejects when the bridge reports an error, and when nobody answers', async () => {
    respond((req) => (req.op === 'read' ? { ok: false, error: 'no grid g9' } : null));
    const bridge = createGridBridge(document, 30);
    await expect(bridge.read('g9')).rejects.toThrow('no grid g9');
    await expect(bridge.list()).rejects.toThrow(/did not answer/);
  });

  it('rejects a reply whose result has the wrong shape', async () => {
    respond(() => ({ ok: true, result: { data: 'x' } }));
    await expect(createGridBridge(document, 100).read('g1')).rejects.toThrow(/unexpected shape/);
  });
});

describe('readWidgetGrids', () => {
  it('reads every grid the bridge lists and finds its root by the bridge mark', async () => {
    document.body.innerHTML = `<div class="handsontable" ${GRID_ATTR}="g1"><table></table></div>`;
    respond((req) => {
      if (req.op === 'list')
        return { ok: true, result: { grids: [{ id: 'g1', library: 'handsontable', rows: 3, cols: 5 }] } };
      return { ok: true, result: DATA };
    });
    const { tables, unsupported } = await readWidgetGrids(createGridBridge(document, 200), document);
    expect(unsupported).toBeNull();
    expect(tables).toHaveLength(1);
    expect(tables[0].root).toBe(document.querySelector('.handsontable'));
    expect(tables[0].model.rows).toHaveLength(3);
  });

  it('says the grid is not supported when the bridge cannot reach it', async () => {
    document.body.innerHTML = '<div class="handsontable"><table></table></div>';
    respond((req) => (req.op === 'list' ? { ok: true, result: { grids: [] } } : null));
    const { tables, unsupported } = await readWidgetGrids(createGridBridge(document, 100), document);
    expect(tables).toEqual([]);
    expect(textIn(pageMessages, 'vi', unsupported!)).toMatch(/^Trang dùng bảng Handsontable/);
    expect(textIn(pageMessages, 'en', unsupported!)).toMatch(/^The page uses a Handsontable grid/);
  });

  it('asks nothing when the page has no widget grid', async () => {
    document.body.innerHTML = '<table><tr><td>x</td></tr></table>';
    const { tables, unsupported } = await readWidgetGrids(createGridBridge(document, 10), document);
    expect([tables, unsupported]).toEqual([[], null]);
  });
});
