import { describe, expect, it } from 'vitest';
import { readHtmlTable } from '@/lib/table/html-table';

// Other renderings of report tables: headers in plain <td> rows, letter marks in the numbering row,
// textarea / contenteditable / plain-text cells, disabled inputs, NFD text, a title row in the table.

function table(html: string): HTMLTableElement {
  document.body.innerHTML = `<div class="w3"><table class="k9">${html}</table></div>`;
  return document.querySelector('table.k9')!;
}

describe('readHtmlTable on other shapes', () => {
  it('finds headers in <td> rows and a bare "1 2 3" numbering row, with letters for the label columns', () => {
    const t = table(`
      <tr><td rowspan="2">TT</td><td rowspan="2">Nội dung</td><td colspan="3">Số phản ánh</td></tr>
      <tr><td>Tổng số</td><td>Đã xử lý</td><td>Đang xử lý</td></tr>
      <tr><td>A</td><td>B</td><td>1</td><td>2</td><td>3</td></tr>
      <tr><td>1</td><td>Phản ánh về quy định</td><td><input value="12"></td><td><input value="10"></td><td><input value="2"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.columns.map((c) => c.number)).toEqual([-1, -2, 1, 2, 3]);
    expect(model.columns[2].path).toEqual(['Số phản ánh', 'Tổng số']);
    expect(model.labelColumn).toBe(1);
    expect(model.rows).toHaveLength(1);
    expect(model.rows[0].cells.slice(2).map((c) => c.value)).toEqual([12, 10, 2]);
  });

  it('numbers columns by position when there is no numbering row, headers guessed from text rows', () => {
    const t = table(`
      <tr><td>STT</td><td>Tên lĩnh vực</td><td>Tiếp nhận</td><td>Đã giải quyết</td></tr>
      <tr><td>1</td><td>Tư pháp</td><td>1.234</td><td>1.200</td></tr>
      <tr><td>2</td><td>Xây dựng</td><td>15</td><td>-</td></tr>
      <tr><td></td><td>Tổng số</td><td>1.249</td><td>1.200</td></tr>`);
    const { model, numbered } = readHtmlTable(t)!;
    expect(numbered).toBe(false);
    expect(model.columns.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(model.rows.map((r) => r.kind)).toEqual(['data', 'data', 'total']);
    expect(model.rows[0].cells[2]).toMatchObject({ value: 1234, editable: false });
    expect(model.rows[1].cells[3]).toMatchObject({ raw: '-', value: null, parse: 'empty' });
    expect(model.rows[0].cells[2].computed).toBeUndefined();
  });

  it('reads textarea, contenteditable and disabled inputs, with the right handles', () => {
    const t = table(`
      <thead><tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th><th>Ghi chú</th></tr></thead>
      <tbody><tr><td>1</td><td>Tư pháp</td><td><input disabled value="7"></td>
        <td><div contenteditable="true">3</div></td><td contenteditable>4</td><td><textarea>không</textarea></td></tr></tbody>`);
    const { model, handles } = readHtmlTable(t)!;
    const [, , total, online, direct, note] = model.rows[0].cells;
    expect(total).toMatchObject({ value: 7, editable: false, computed: true });
    expect(online).toMatchObject({ value: 3, editable: true });
    expect(direct).toMatchObject({ value: 4, editable: true });
    expect(note).toMatchObject({ raw: 'không', parse: 'invalid', editable: true });
    const h = handles[0];
    expect(h[2].kind).toBe('field');
    expect(h[3]).toMatchObject({
      kind: 'contenteditable',
      field: t.querySelector('[contenteditable="true"]'),
    });
    expect(h[4]).toMatchObject({ kind: 'contenteditable', field: t.querySelectorAll('tbody td')[4] });
    expect(h[5].kind).toBe('field');
    expect(h[0]).toEqual({ kind: 'static', cell: t.querySelectorAll('tbody td')[0] });
  });

  it('cleans NFD labels to NFC and still recognises totals and headings', () => {
    const t = table(`
      <tr><td>STT</td><td>Lĩnh vực</td><td>Số hồ sơ</td></tr>
      <tr><td>II</td><td>${'Cấp huyện'.normalize('NFD')}</td><td></td></tr>
      <tr><td>1</td><td>${'Hộ tịch'.normalize('NFD')}</td><td><input value="5"></td></tr>
      <tr><td></td><td>${'Tổng   số'.normalize('NFD')}</td><td><input value="5"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Cấp huyện', 'group'],
      ['Hộ tịch', 'data'],
      ['Tổng số', 'total'],
    ]);
  });

  it('treats a Roman-numbered row without numbers as a group heading even with an unknown name', () => {
    const t = table(`
      <tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th></tr>
      <tr><td>III</td><td>Đơn vị trực thuộc</td><td></td></tr>
      <tr><td>1</td><td>Giáo dục</td><td><input value="2"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.rows.map((r) => [r.kind, r.group])).toEqual([
      ['group', undefined],
      ['data', 0],
    ]);
  });

  it('leaves a one-cell title row out of the header tree', () => {
    const t = table(`
      <tr><td colspan="3">Biểu số II.06a/VPCP/KSTT</td></tr>
      <tr><td>STT</td><td>Lĩnh vực</td><td>Tổng số</td></tr>
      <tr><td>1</td><td>2</td><td>3</td></tr>
      <tr><td>1</td><td>Tư pháp</td><td><input value="9"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.headers.map((h) => h.label)).toEqual(['STT', 'Lĩnh vực', 'Tổng số']);
    expect(model.columns[2]).toEqual({ index: 2, number: 3, path: ['Tổng số'] });
  });

  it('reads only its own rows, not those of a table nested in a cell', () => {
    const t = table(`
      <tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th></tr>
      <tr><td>1</td><td>Tư pháp<table><tr><td>x</td></tr></table></td><td><input value="1"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.rows).toHaveLength(1);
  });

  it('accepts "(3)=(4)+(5)" marks in the numbering row', () => {
    const t = table(`
      <tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th></tr>
      <tr><td>(1)</td><td>(2)</td><td>(3)=(4)+(5)</td><td>(4)</td><td>(5)</td></tr>
      <tr><td>1</td><td>Tư pháp</td><td><input value="3"></td><td><input value="1"></td><td><input value="2"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(model.rows).toHaveLength(1);
  });

  it('picks the widest text column as the label column when no header names it', () => {
    const t = table(`
      <tr><th>#</th><th>Mục</th><th>Giá trị</th></tr>
      <tr><td>1</td><td>Cấp phép xây dựng</td><td><input value="3"></td></tr>
      <tr><td>2</td><td>Đăng ký kinh doanh</td><td><input value="1"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.labelColumn).toBe(1);
    expect(model.rows.map((r) => r.stt)).toEqual(['1', '2']);
  });

  it('marks a page-computed total row as computed, and nothing in a table locked as a whole', () => {
    const rows = (attr: string) => `
      <tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th></tr>
      <tr><td>1</td><td>Tư pháp</td><td><input value="4"${attr}></td></tr>
      <tr><td></td><td>Tổng số</td><td><input value="4" readonly></td></tr>`;
    const open = readHtmlTable(table(rows('')))!.model;
    expect(open.rows[1].cells[2]).toMatchObject({ value: 4, editable: false, computed: true });
    const locked = readHtmlTable(table(rows(' disabled')))!.model;
    expect(locked.rows.flatMap((r) => r.cells).some((c) => c.computed || c.editable)).toBe(false);
  });

  it('keeps a group heading right under plain headers out of the header rows', () => {
    const t = table(`
      <tr><td>STT</td><td>Lĩnh vực</td><td>Tổng số</td></tr>
      <tr><td colspan="3">Sở, ban, ngành</td></tr>
      <tr><td>1</td><td>Tư pháp</td><td><input value="4"></td></tr>`);
    const { model } = readHtmlTable(t)!;
    expect(model.headers).toHaveLength(3);
    expect(model.rows.map((r) => [r.label, r.kind, r.group])).toEqual([
      ['Sở, ban, ngành', 'group', undefined],
      ['Tư pháp', 'data', 0],
    ]);
  });

  it('reads a label cell spanning two rows for both rows', () => {
    const t = table(`
      <tr><th>STT</th><th>Lĩnh vực</th><th>Kênh</th><th>Tổng số</th></tr>
      <tr><td rowspan="2">1</td><td rowspan="2">Hộ tịch</td><td>Trực tuyến</td><td><input value="1"></td></tr>
      <tr><td>Trực tiếp</td><td><input value="2"></td></tr>`);
    const { model, handles } = readHtmlTable(t)!;
    expect(model.rows.map((r) => r.label)).toEqual(['Hộ tịch', 'Hộ tịch']);
    expect(model.rows[1].cells[1]).toMatchObject({ raw: '', editable: false });
    expect(handles[1][1]).toEqual({ kind: 'static', cell: t.querySelectorAll('td')[1] });
  });
});
