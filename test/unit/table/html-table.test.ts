import { beforeEach, describe, expect, it } from 'vitest';
import { readHtmlTable } from '@/lib/table/html-table';
import { columnByNumber } from '@/lib/table/model';

// A rendering of II.06a: three header rows with rowspan/colspan, the 1…13 numbering row, one input per
// value cell, a computed total column, group headings and totals. Ids and classes mean nothing.
const HEAD = `
<tr><th rowspan="3" class="q1">STT</th><th rowspan="3" class="q2">Lĩnh vực, công việc giải quyết theo cấp</th>
  <th colspan="4">Số hồ sơ nhận giải quyết</th><th colspan="4">Số hồ sơ đã giải quyết</th>
  <th colspan="3">Số lượng hồ sơ đang giải quyết</th></tr>
<tr><th rowspan="2">Tổng số</th><th colspan="2">Trong đó</th><th rowspan="2">Từ kỳ trước</th>
  <th rowspan="2">Tổng số</th><th rowspan="2">Trước hạn</th><th rowspan="2">Đúng hạn</th><th rowspan="2">Quá hạn</th>
  <th rowspan="2">Tổng số</th><th rowspan="2">Trong hạn</th><th rowspan="2">Quá hạn</th></tr>
<tr><th>Trực tuyến</th><th>Trực tiếp, dịch vụ bưu chính</th></tr>
<tr>${Array.from({ length: 13 }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>`;

function inputs(values: string[], computed = false): string {
  return values
    .map((v, i) => `<td><input class="z${i}" value="${v}"${computed && i === 0 ? ' readonly' : ''}></td>`)
    .join('');
}

function form(body: string): HTMLTableElement {
  document.body.innerHTML = `<table id="t8x"><thead>${HEAD}</thead><tbody>${body}</tbody></table>`;
  return document.querySelector('table')!;
}

const ELEVEN = ['1.501', '399', '1.093', '9', '1.501', '399', '1.093', '9', '562', '556', '6'];

describe('readHtmlTable on an II.06a rendering', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads header paths, the numbering row as column numbers and skips it as data', () => {
    const table = form(`<tr><td>1</td><td>Hộ tịch</td>${inputs(ELEVEN)}</tr>`);
    const { model, numbered } = readHtmlTable(table)!;
    expect(numbered).toBe(true);
    expect(model.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(model.columns[3].path).toEqual(['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến']);
    expect(model.columns[2].path).toEqual(['Số hồ sơ nhận giải quyết', 'Tổng số']);
    expect(model.columns[0].path).toEqual(['STT']);
    expect(model.rows).toHaveLength(1);
    expect(model.labelColumn).toBe(1);
    expect(model.rows[0]).toMatchObject({ label: 'Hộ tịch', stt: '1', kind: 'data' });
    const c3 = model.rows[0].cells[columnByNumber(model, 3)];
    expect(c3).toMatchObject({ raw: '1.501', value: 1501, parse: 'number', editable: true });
  });

  it('builds the header tree with spans', () => {
    const table = form(`<tr><td>1</td><td>Hộ tịch</td>${inputs(ELEVEN)}</tr>`);
    const { model } = readHtmlTable(table)!;
    expect(model.headers.map((h) => [h.label, h.start, h.span])).toEqual([
      ['STT', 0, 1],
      ['Lĩnh vực, công việc giải quyết theo cấp', 1, 1],
      ['Số hồ sơ nhận giải quyết', 2, 4],
      ['Số hồ sơ đã giải quyết', 6, 4],
      ['Số lượng hồ sơ đang giải quyết', 10, 3],
    ]);
    const received = model.headers[2];
    expect(received.children.map((h) => h.label)).toEqual(['Tổng số', 'Trong đó', 'Từ kỳ trước']);
    expect(received.children[1].children.map((h) => [h.label, h.start])).toEqual([
      ['Trực tuyến', 3],
      ['Trực tiếp, dịch vụ bưu chính', 4],
    ]);
  });

  it('classifies group headings, subtotals and the total, and links rows to their group', () => {
    const table = form(`
      <tr><td>I</td><td colspan="12">Cấp tỉnh</td></tr>
      <tr><td>1</td><td>Hộ tịch</td>${inputs(ELEVEN)}</tr>
      <tr><td></td><td>Cộng cấp tỉnh</td>${inputs(ELEVEN, true)}</tr>
      <tr><td colspan="13">Xã, phường, thị trấn</td></tr>
      <tr><td>1</td><td>Đất đai</td>${inputs(ELEVEN)}</tr>
      <tr><td></td><td>Tổng cộng</td>${inputs(ELEVEN)}</tr>`);
    const { model } = readHtmlTable(table)!;
    expect(model.rows.map((r) => [r.label, r.kind, r.group])).toEqual([
      ['Cấp tỉnh', 'group', undefined],
      ['Hộ tịch', 'data', 0],
      ['Cộng cấp tỉnh', 'subtotal', 0],
      ['Xã, phường, thị trấn', 'group', undefined],
      ['Đất đai', 'data', 3],
      ['Tổng cộng', 'total', undefined],
    ]);
    expect(model.rows[0].stt).toBe('I');
    expect(model.rows[2].cells[2]).toMatchObject({ editable: false, computed: true, value: 1501 });
  });
});
