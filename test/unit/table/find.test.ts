import { describe, expect, it } from 'vitest';
import { findReportTables } from '@/lib/table/find';
import { readTable } from '@/lib/table/read';

// Report tables are picked by structure and labels: the page also holds layout tables, a list of
// reports, a small info table and an ARIA grid. Ids and classes mean nothing.

const REPORT = `
<table class="r1"><thead>
  <tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th></tr>
  <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr></thead>
  <tbody><tr><td>1</td><td>Tư pháp</td><td><input value="3"></td><td><input value="1"></td><td><input value="2"></td></tr>
  <tr><td></td><td>Tổng số</td><td><input value="3"></td><td><input value="1"></td><td><input value="2"></td></tr></tbody>
</table>`;

const LIST = `
<table class="r2"><tr><th>STT</th><th>Tên báo cáo</th><th>Kỳ báo cáo</th><th>Trạng thái</th></tr>
  <tr><td>1</td><td>Biểu II.06a</td><td>Quý I năm 2025</td><td>Đã gửi</td></tr>
  <tr><td>2</td><td>Biểu II.05a</td><td>Quý I năm 2025</td><td>Lưu nháp</td></tr></table>`;

const INFO = `<table class="r3"><tr><td>Đơn vị báo cáo:</td><td>UBND xã A</td></tr>
  <tr><td>Kỳ báo cáo:</td><td>Quý I năm 2025</td></tr></table>`;

describe('findReportTables', () => {
  it('finds the report table inside layout tables and leaves the others out', () => {
    document.body.innerHTML = `<table class="l0"><tr><td>${INFO}</td></tr><tr><td><table class="l1"><tr><td>${REPORT}</td></tr></table></td></tr></table>${LIST}`;
    const found = findReportTables(document);
    expect(found).toEqual([document.querySelector('table.r1')]);
  });

  it('finds several report tables on one page in document order, and an ARIA grid', () => {
    document.body.innerHTML = `<section>${REPORT}</section><div role="grid" class="a9">
      <div role="row"><div role="columnheader">STT</div><div role="columnheader">Lĩnh vực</div>
        <div role="columnheader">Tổng số</div><div role="columnheader">Trong đó</div></div>
      <div role="row"><div role="gridcell">1</div><div role="gridcell">Hộ tịch</div>
        <div role="gridcell">4</div><div role="gridcell">2</div></div></div>${REPORT}`;
    const found = findReportTables(document.body);
    expect(found).toHaveLength(3);
    expect(found[1].getAttribute('role')).toBe('grid');
  });

  it('finds a read-only report shown as plain text with a total row', () => {
    document.body.innerHTML = `<table class="x"><tr><td>STT</td><td>Lĩnh vực</td><td>Tổng số</td><td>Đã giải quyết</td></tr>
      <tr><td>1</td><td>Tư pháp</td><td>1.501</td><td>1.200</td></tr>
      <tr><td></td><td>Tổng cộng</td><td>1.501</td><td>1.200</td></tr></table>`;
    expect(findReportTables(document)).toHaveLength(1);
  });

  it('finds nothing on a login page', () => {
    document.body.innerHTML = `<form><table><tr><td>Tên đăng nhập</td><td><input></td></tr>
      <tr><td>Mật khẩu</td><td><input type="password"></td></tr></table></form>`;
    expect(findReportTables(document)).toEqual([]);
  });

  it('leaves Handsontable markup to the widget reader', () => {
    document.body.innerHTML = `<div class="handsontable"><div class="ht_master handsontable">${REPORT}</div></div>`;
    expect(findReportTables(document)).toEqual([]);
  });
});

describe('readTable', () => {
  it('reads a <table role="grid"> as a table: cells without a role keep their place, gridcells activate', () => {
    document.body.innerHTML = `<table role="grid" class="c4"><tr><th>STT</th>
      <th>Lĩnh vực</th><th>Tổng số</th><th>Trực tuyến</th></tr>
      <tr role="row"><td>1</td><td>Tư pháp</td><td role="gridcell">5</td>
      <td role="gridcell" aria-readonly="true">3</td></tr></table>${REPORT}`;
    const [grid, html] = Array.from(document.querySelectorAll('table'));
    const read = readTable(grid)!;
    expect(read.model.columns.map((c) => c.path.at(-1))).toEqual([
      'STT',
      'Lĩnh vực',
      'Tổng số',
      'Trực tuyến',
    ]);
    expect(read.model.rows[0].label).toBe('Tư pháp');
    expect(read.handles[0].map((h) => h.kind)).toEqual(['static', 'static', 'activate', 'static']);
    expect(readTable(html)?.model.source).toBe('html');
    expect(readTable(document.body)).toBeNull();
  });
});
