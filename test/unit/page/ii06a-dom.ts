// A small II.06a page as the Quảng Ngãi site might render it: header block, a three-row header with
// spans, the column-numbering row, inputs for columns 3–13, a total row. Ids and classes mean nothing.

export type RowValues = [label: string, values: number[]];

export const CLEAN_ROWS: RowValues[] = [
  // 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13, 3 = 7+11
  ['Hộ tịch', [120, 80, 30, 10, 100, 40, 55, 5, 20, 18, 2]],
  ['Chứng thực', [60, 20, 40, 0, 58, 30, 28, 0, 2, 2, 0]],
  ['Đất đai', [45, 15, 25, 5, 40, 10, 25, 5, 5, 4, 1]],
];

function totalOf(rows: RowValues[]): number[] {
  return rows[0][1].map((_, i) => rows.reduce((sum, [, v]) => sum + v[i], 0));
}

const vn = (n: number) => n.toLocaleString('de-DE');

export function ii06aPage(
  rows: RowValues[] = CLEAN_ROWS,
  options: { state?: string; total?: number[] } = {},
): string {
  const total = options.total ?? totalOf(rows);
  const disabled = options.state === 'Chờ duyệt' ? ' disabled' : '';
  const input = (v: number | string) => `<td class="q7"><input class="z1" value="${v}"${disabled}></td>`;
  const body = rows
    .map(
      ([label, values], i) =>
        `<tr class="r${i}"><td>${i + 1}</td><td class="k2">${label}</td>${values.map((v) => input(vn(v))).join('')}</tr>`,
    )
    .join('');
  return `
  <div class="a9f">
    <p>Biểu số II.06a/VPCP/KSTT</p>
    <p>- Đơn vị báo cáo: UBND xã Tịnh Ấn Tây</p>
    <p>- Đơn vị nhận báo cáo: UBND huyện Sơn Tịnh</p>
    <h3>TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC</h3>
    <p>Kỳ báo cáo: Quý I năm 2025</p>
    <p>(Từ ngày 15/12/2024 đến ngày 14/3/2025)</p>
    <p>Trạng thái: ${options.state ?? 'Lưu nháp'}</p>
    <p>Đơn vị tính: Số hồ sơ TTHC</p>
    <table class="x81">
      <thead>
        <tr><th rowspan="3">STT</th><th rowspan="3">Lĩnh vực, công việc giải quyết theo cấp</th>
          <th colspan="4">Số hồ sơ nhận giải quyết</th><th colspan="4">Số hồ sơ đã giải quyết</th>
          <th colspan="3">Số lượng hồ sơ đang giải quyết</th></tr>
        <tr><th rowspan="2">Tổng số</th><th colspan="2">Trong đó</th><th rowspan="2">Từ kỳ trước</th>
          <th rowspan="2">Tổng số</th><th rowspan="2">Trước hạn</th><th rowspan="2">Đúng hạn</th><th rowspan="2">Quá hạn</th>
          <th rowspan="2">Tổng số</th><th rowspan="2">Trong hạn</th><th rowspan="2">Quá hạn</th></tr>
        <tr><th>Trực tuyến</th><th>Trực tiếp, dịch vụ bưu chính</th></tr>
        <tr>${Array.from({ length: 13 }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>
      </thead>
      <tbody>${body}
        <tr><td></td><td>Tổng số</td>${total.map((v) => input(vn(v))).join('')}</tr>
      </tbody>
    </table>
  </div>`;
}
