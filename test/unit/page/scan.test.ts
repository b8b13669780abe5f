import { beforeEach, describe, expect, it } from 'vitest';
import { scanDocuments } from '@/lib/page/scan';

// Finding the report on pages shaped like the sites' grids: what the panel is built from.

const HEADER = `<p>Biểu số II.06a/VPCP/KSTT</p><p>- Đơn vị báo cáo: UBND xã Tịnh Ấn Tây</p>
  <p>Kỳ báo cáo: Quý I năm 2025</p><p>(Từ ngày 15/12/2024 đến ngày 14/3/2025)</p>`;
const LEAVES = [
  'Tổng số',
  'Trực tuyến',
  'Trực tiếp, dịch vụ bưu chính',
  'Từ kỳ trước',
  'Tổng số',
  'Trước hạn',
];

describe('scanDocuments', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('reads an ARIA grid whose numbering row is made of plain gridcells, not as a data row', () => {
    const cell = (text: string, c: number, role = 'gridcell') =>
      `<div role="${role}" aria-colindex="${c}" class="g${c}">${text}</div>`;
    const head = ['STT', 'Lĩnh vực', ...LEAVES].map((t, i) => cell(t, i + 1, 'columnheader')).join('');
    const numbers = Array.from({ length: 8 }, (_, i) => cell(`(${i + 1})`, i + 1)).join('');
    const data = ['1', 'Hộ tịch', '10', '4', '6', '0', '8', '8']
      .map((t, i) => cell(i > 1 ? `<input class="q" value="${t}">` : t, i + 1))
      .join('');
    document.body.innerHTML = `${HEADER}<div role="grid" class="x"><div role="row">${head}</div>
      <div role="row">${numbers}</div><div role="row">${data}</div></div>`;
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report') throw new Error(scan.kind);
    expect(scan.report.built.model.rows.map((r) => r.label)).toEqual(['Hộ tịch']);
    expect(scan.report.built.model.columns.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads a click-to-edit <table role="grid"> whose label cells carry no role', () => {
    const head = `<tr><th>STT</th><th>Lĩnh vực</th>${LEAVES.map((t) => `<th>${t}</th>`).join('')}</tr>
      <tr>${Array.from({ length: 8 }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>`;
    const row = `<tr role="row"><td>1</td><td>Hộ tịch</td>${['10', '4', '6', '0', '8', '8']
      .map((v) => `<td role="gridcell" tabindex="0" class="k">${v}</td>`)
      .join('')}</tr>`;
    document.body.innerHTML = `${HEADER}<table role="grid" class="t"><thead>${head}</thead><tbody>${row}</tbody></table>`;
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report') throw new Error(scan.kind);
    const { model, handles } = scan.report.built;
    expect(model.rows[0].label).toBe('Hộ tịch');
    expect(handles[0][2].kind).toBe('activate');
    expect(model.rows[0].cells[2]).toMatchObject({ value: 10, editable: true });
  });

  it('says a canvas grid cannot be read, on a page that names a form', () => {
    document.body.innerHTML = `${HEADER}<div class="w"><canvas width="1100" height="400"></canvas></div>`;
    expect(scanDocuments([document])).toMatchObject({
      kind: 'unsupported',
      info: { formCode: 'II.06a/VPCP/KSTT' },
      reason: { key: 'page.grid.canvas' },
    });
  });

  it('leaves a page that names no form alone, canvas or not', () => {
    document.body.innerHTML = '<h1>Đăng nhập</h1><canvas width="1100" height="400"></canvas>';
    expect(scanDocuments([document]).kind).toBe('none');
  });
});
