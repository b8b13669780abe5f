import { describe, expect, it } from 'vitest';
import { pathShape } from '@/lib/structure-report/build';
import { formLines } from '@/lib/structure-report/lines';
import { redact, secretsOf } from '@/lib/structure-report/redact';
import { classShape, shapeOf } from '@/lib/structure-report/shape';

// The parts of the report that decide what text may leave the page: the form lines kept, the last
// guard that takes unit names and typed text out wherever they turned up, and element shapes.

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

describe('form lines', () => {
  it('keeps the code, period, state and unit-of-count lines, and only the label of the unit lines', () => {
    const text = [
      'UBND XÃ TỊNH KHÊ',
      'Biểu số II.06a/VPCP/KSTT',
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC',
      '- Đơn vị báo cáo: UBND xã Tịnh Khê',
      '- Đơn vị nhận báo cáo: UBND huyện Sơn Tịnh',
      'Kỳ báo cáo: Quý I năm 2025 (Từ ngày 15/12/2024 đến ngày 14/3/2025)',
      'Tình trạng: Lưu nháp',
      'Đơn vị tính: Số hồ sơ TTHC',
      'Người lập biểu: Nguyễn Văn A',
    ].join('\n');
    expect(formLines(text)).toEqual([
      'Biểu số II.06a/VPCP/KSTT',
      '- Đơn vị báo cáo: …',
      '- Đơn vị nhận báo cáo: …',
      'Kỳ báo cáo: Quý I năm 2025 (Từ ngày 15/12/2024 đến ngày 14/3/2025)',
      'Tình trạng: Lưu nháp',
      'Đơn vị tính: Số hồ sơ TTHC',
    ]);
  });
});

describe('the last guard', () => {
  it('takes the units’ names out of every string, in any case', () => {
    const doc = page(
      '<p>- Đơn vị báo cáo: UBND xã Tịnh Khê</p><p>Đơn vị nhận báo cáo: UBND huyện Sơn Tịnh</p>',
    );
    const secrets = secretsOf([doc]);
    expect(secrets.names).toEqual(['UBND xã Tịnh Khê', 'UBND huyện Sơn Tịnh']);
    const report = { header: 'Báo cáo của UBND XÃ TỊNH KHÊ', cells: [{ text: 'gửi ubnd huyện sơn tịnh' }] };
    expect(redact(report, secrets)).toEqual({ header: 'Báo cáo của …', cells: [{ text: 'gửi …' }] });
  });

  it('leaves out whole any string that is part of what the user typed', () => {
    const doc = page(
      '<textarea>Ghi chú: số liệu quý này chưa đủ</textarea><div contenteditable="true"><p>Kỳ báo cáo này tiếp nhận nhiều hồ sơ</p></div><input value="1.234">',
    );
    const secrets = secretsOf([doc]);
    expect(secrets.typed).toHaveLength(2);
    const report = { lines: ['Kỳ báo cáo này tiếp nhận nhiều hồ sơ', 'Kỳ báo cáo: Quý I năm 2025'] };
    expect(redact(report, secrets)).toEqual({ lines: ['…', 'Kỳ báo cáo: Quý I năm 2025'] });
  });
});

describe('element shapes', () => {
  it('attribute names, structural values, class shapes; never an id, a title or a value', () => {
    const doc = page(
      '<table><tr><td id="cell-81723" class="x81 dx-datagrid-rowsview" colspan="2" aria-colindex="4" aria-label="Hộ tịch cột 5" title="1.234" data-row="Hộ tịch">x</td></tr></table>',
    );
    const shape = shapeOf(doc.querySelector('td')!);
    expect(shape).toEqual({
      tag: 'td',
      attrs: ['aria-colindex', 'aria-label', 'class', 'colspan', 'data-row', 'id', 'title'],
      values: { 'aria-colindex': '4', colspan: '2' },
      classes: ['a9'],
      libraryClasses: ['dx-datagrid-rowsview'],
    });
    expect(JSON.stringify(shape)).not.toMatch(/81723|Hộ tịch|1\.234/);
    expect(classShape('x81')).toBe('a9');
  });

  it('the page’s path keeps its words and form names, not the ids in it', () => {
    expect(pathShape('/bao-cao/nhap-lieu/ii06a')).toBe('/bao-cao/nhap-lieu/ii06a');
    expect(pathShape('/bao-cao/12345/sua')).toBe('/bao-cao/9/sua');
    expect(pathShape('/bieu-mau/3f2a9c1e-77b0-4c1e-9a0d-1b2c3d4e5f60')).not.toMatch(/3f2a|77b0|5f60/);
  });
});
