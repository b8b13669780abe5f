import { describe, expect, it } from 'vitest';
import { readAriaGrid } from '@/lib/table/aria-grid';

// A click-to-edit ARIA grid: header rows of columnheader with aria-colspan, aria-colindex on every
// cell, value cells that show text until activated, read-only computed cells, a full-width heading.

function header(): string {
  return `
  <div role="rowgroup" class="h1">
    <div role="row" aria-rowindex="1">
      <div role="columnheader" aria-colindex="1">STT</div>
      <div role="columnheader" aria-colindex="2">Lĩnh vực</div>
      <div role="columnheader" aria-colindex="3" aria-colspan="3">Số hồ sơ nhận giải quyết</div>
    </div>
    <div role="row" aria-rowindex="2">
      <div role="columnheader" aria-colindex="3">Tổng số</div>
      <div role="columnheader" aria-colindex="4">Trực tuyến</div>
      <div role="columnheader" aria-colindex="5">Trực tiếp</div>
    </div>
  </div>`;
}

function grid(body: string, attrs = ''): Element {
  document.body.innerHTML = `<div class="p0"><div role="grid" class="g7" ${attrs}>${header()}
    <div role="rowgroup" class="b2">${body}</div></div></div>`;
  return document.querySelector('[role=grid]')!;
}

const DATA = `
  <div role="row" aria-rowindex="3">
    <div role="gridcell" aria-colindex="1" aria-readonly="true">1</div>
    <div role="rowheader" aria-colindex="2">Tư pháp</div>
    <div role="gridcell" aria-colindex="3" aria-readonly="true">1.234</div>
    <div role="gridcell" aria-colindex="4"><span>1.000</span></div>
    <div role="gridcell" aria-colindex="5">234</div>
  </div>`;

describe('readAriaGrid', () => {
  it('reads headers with aria-colspan into paths and shown text into cells', () => {
    const { model } = readAriaGrid(grid(DATA))!;
    expect(model.source).toBe('aria');
    expect(model.columns.map((c) => c.path)).toEqual([
      ['STT'],
      ['Lĩnh vực'],
      ['Số hồ sơ nhận giải quyết', 'Tổng số'],
      ['Số hồ sơ nhận giải quyết', 'Trực tuyến'],
      ['Số hồ sơ nhận giải quyết', 'Trực tiếp'],
    ]);
    expect(model.labelColumn).toBe(1);
    expect(model.rows[0]).toMatchObject({ label: 'Tư pháp', stt: '1', kind: 'data' });
    expect(model.rows[0].cells.slice(2).map((c) => [c.value, c.editable, c.computed])).toEqual([
      [1234, false, true],
      [1000, true, undefined],
      [234, true, undefined],
    ]);
  });

  it('gives click-to-edit cells an activate handle, read-only ones a static one', () => {
    const g = grid(DATA);
    const { handles } = readAriaGrid(g)!;
    const cells = g.querySelectorAll('[role=gridcell]');
    expect(handles[0][3]).toEqual({ kind: 'activate', cell: cells[2] });
    expect(handles[0][2]).toEqual({ kind: 'static', cell: cells[1] });
  });

  it('reads the value of the cell being edited from its editor, and activates it to write', () => {
    const editing = DATA.replace('<span>1.000</span>', '<input value="1.001">');
    const el = grid(editing);
    el.querySelector('input')!.focus();
    const { model, handles } = readAriaGrid(el)!;
    expect(model.rows[0].cells[3]).toMatchObject({ raw: '1.001', value: 1001, editable: true });
    expect(handles[0][3].kind).toBe('activate');
  });

  it('writes straight into inputs that stay in their cells', () => {
    const { handles } = readAriaGrid(grid(DATA.replace('<span>1.000</span>', '<input value="1.001">')))!;
    expect(handles[0][3].kind).toBe('field');
  });

  it('places cells by aria-colindex even when some are not rendered', () => {
    const sparse = `<div role="row"><div role="gridcell" aria-colindex="2">Hộ tịch</div>
      <div role="gridcell" aria-colindex="5">7</div></div>`;
    const { model } = readAriaGrid(grid(sparse))!;
    expect(model.rows[0].label).toBe('Hộ tịch');
    expect(model.rows[0].cells.map((c) => c.raw)).toEqual(['', 'Hộ tịch', '', '', '7']);
  });

  it('classifies a merged full-width heading and a total row', () => {
    const body = `
      <div role="row"><div role="gridcell" aria-colindex="1" aria-colspan="5">Cấp xã</div></div>
      ${DATA}
      <div role="row"><div role="gridcell" aria-colindex="2">Tổng cộng</div>
        <div role="gridcell" aria-colindex="3">1.234</div></div>`;
    const { model } = readAriaGrid(grid(body))!;
    expect(model.rows.map((r) => [r.label, r.kind, r.group])).toEqual([
      ['Cấp xã', 'group', undefined],
      ['Tư pháp', 'data', 0],
      ['Tổng cộng', 'total', undefined],
    ]);
    expect(model.rows[0].cells[0].editable).toBe(false);
  });

  it('marks nothing editable in a grid that is read-only as a whole', () => {
    const { model, handles } = readAriaGrid(grid(DATA, 'aria-readonly="true"'))!;
    expect(model.rows[0].cells.some((c) => c.editable)).toBe(false);
    expect(handles[0].every((h) => h.kind === 'static')).toBe(true);
  });
});
