import { beforeEach, describe, expect, it } from 'vitest';
import { allInputsDisabled, formTextFor, recogniseTable } from '@/lib/forms/recognise';

const head =
  '<tr><th>STT</th><th>Lĩnh vực</th><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th><th>Từ kỳ trước</th></tr>';
const body = (attrs = '') =>
  `<tr><td>1</td><td>Tư pháp</td><td><input ${attrs} value="3"></td><td><input ${attrs} value="1"></td><td><input ${attrs}></td><td><input ${attrs}></td></tr>`;
const table = (id: string, attrs = '') => `<table id="${id}">${head}${body(attrs)}${body(attrs)}</table>`;

function byId(id: string): Element {
  return document.getElementById(id)!;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('recogniseTable reads the header block that belongs to a table', () => {
  it('reads a plain printed header above the table', () => {
    document.body.innerHTML = `
      <div class="q9"><div class="zz">
        <p>Biểu số II.06a/VPCP/KSTT</p>
        <h3>TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC</h3>
        <p>Kỳ báo cáo: Quý I năm 2025</p><p>(Từ ngày 15/12/2024 đến ngày 14/3/2025)</p>
        <p>- Đơn vị báo cáo: <b>UBND xã Tịnh Khê</b></p><p>- Đơn vị nhận báo cáo: UBND huyện Sơn Tịnh</p>
        <p>Đơn vị tính: Số hồ sơ TTHC</p>
        ${table('t1')}
      </div></div>`;
    const { info, form } = recogniseTable(byId('t1'));
    expect(info).toEqual({
      formCode: 'II.06a/VPCP/KSTT',
      unit: 'UBND xã Tịnh Khê',
      periodLabel: 'Quý I năm 2025',
      period: { from: '2024-12-15', to: '2025-03-14' },
      badDates: [],
      workflow: 'unknown',
      state: 'editable',
    });
    expect(form?.code).toBe('II.06a/VPCP/KSTT');
    expect(form?.structure).toBe('known');
  });

  it('reads a header laid out in a small table of label and value cells, with a select for the period', () => {
    document.body.innerHTML = `
      <section class="a1">
        <table class="b2"><tr><td>Mẫu số:</td><td>ii . 06 / vpcp / kstt</td></tr>
          <tr><td>Đơn vị báo cáo</td><td><input class="c" value="UBND huyện Sơn Tịnh"></td></tr>
          <tr><td>Kỳ báo cáo</td><td><select><option>Quý IV năm 2024</option><option selected>Quý I năm 2025</option></select></td></tr>
          <tr><td>Trạng thái</td><td><span class="k">Đã gửi</span></td></tr></table>
        <div class="x">${table('t2', 'disabled')}</div>
      </section>`;
    const { info } = recogniseTable(byId('t2'));
    expect(info).toMatchObject({
      formCode: 'II.06/VPCP/KSTT',
      unit: 'UBND huyện Sơn Tịnh',
      periodLabel: 'Quý I năm 2025',
      workflow: 'da-gui',
      state: 'readonly',
    });
  });

  it('reads a title row inside the table itself', () => {
    document.body.innerHTML = `<table id="t3">
      <tr><td colspan="6">Biểu mẫu số II.05a/VPCP/KSTT — Trạng thái: Lưu nháp</td></tr>${head}${body()}${body()}</table>`;
    const { info, form } = recogniseTable(byId('t3'));
    expect(info.formCode).toBe('II.05a/VPCP/KSTT');
    expect(info.workflow).toBe('luu-nhap');
    expect(form?.structure).toBe('generic');
  });

  it('gives each form in tabs its own header, code and state', () => {
    document.body.innerHTML = `
      <div class="shell">
        <nav class="m"><a>Lưu nháp (2)</a><a>Chờ duyệt (3)</a><a>Biểu số II.05a/VPCP/KSTT</a></nav>
        <ul role="tablist"><li role="tab">II.05a</li><li role="tab">II.06a</li></ul>
        <div class="p" role="tabpanel">
          <p>Biểu số II.05a/VPCP/KSTT</p><p>Trạng thái: Chờ duyệt</p>
          <p>Kỳ báo cáo: Quý I năm 2025</p>${table('tA')}
        </div>
        <div class="p" role="tabpanel">
          <p>Biểu số II.06a/VPCP/KSTT</p><p>Trạng thái: Yêu cầu chỉnh sửa</p>
          <p>Kỳ báo cáo: Quý II năm 2025</p>${table('tB')}
        </div>
      </div>`;
    expect(recogniseTable(byId('tA')).info).toMatchObject({
      formCode: 'II.05a/VPCP/KSTT',
      workflow: 'cho-duyet',
      state: 'readonly',
      periodLabel: 'Quý I năm 2025',
    });
    expect(recogniseTable(byId('tB')).info).toMatchObject({
      formCode: 'II.06a/VPCP/KSTT',
      workflow: 'yeu-cau-chinh-sua',
      state: 'editable',
      periodLabel: 'Quý II năm 2025',
    });
  });

  it('reads the shared header above tab panels, but not another panel’s text', () => {
    document.body.innerHTML = `
      <div class="r">
        <h2>Đơn vị báo cáo: Sở Tư pháp</h2><p>Kỳ báo cáo: Quý I năm 2025 (Từ ngày 15/12/2024 đến ngày 14/3/2025)</p>
        <div class="tabs">
          <div class="pane" hidden><p>Biểu số II.05a/VPCP/KSTT</p><p>Trạng thái: Đã gửi</p></div>
          <div class="pane"><p>Biểu số II.06a/VPCP/KSTT</p><div>${table('tC')}</div></div>
        </div>
      </div>`;
    const { info } = recogniseTable(byId('tC'));
    expect(info).toMatchObject({
      formCode: 'II.06a/VPCP/KSTT',
      unit: 'Sở Tư pháp',
      period: { from: '2024-12-15', to: '2025-03-14' },
      workflow: 'unknown',
      state: 'editable',
    });
  });

  it('ignores buttons and menus that carry state words', () => {
    document.body.innerHTML = `
      <div class="w"><div role="menu"><span>Đã tiếp nhận</span></div>
        <p>Biểu số II.06a/VPCP/KSTT</p>
        <div class="bar"><button>Lưu nháp</button><span role="button">Gửi báo cáo</span></div>
        ${table('tD')}</div>`;
    expect(recogniseTable(byId('tD')).info.workflow).toBe('unknown');
  });

  it('chooses a generic definition when the header names TT 05/2025', () => {
    document.body.innerHTML = `<div class="o">
      <p>Biểu số II.06a/VPCP/KSTT</p><p><i>(Ban hành kèm theo Thông tư số 05/2025/TT-VPCP)</i></p>${table('tE')}</div>`;
    const { form } = recogniseTable(byId('tE'));
    expect(form?.structure).toBe('generic');
    expect(form?.basis.version).toBe('05/2025');
  });

  it('reads an ARIA grid the same way', () => {
    document.body.innerHTML = `<div class="g"><p>Biểu số: II.06a</p><p>Trạng thái: Đã tiếp nhận</p>
      <div role="grid" id="gA"><div role="row"><div role="columnheader">STT</div></div></div></div>`;
    expect(recogniseTable(byId('gA')).info).toMatchObject({
      formCode: 'II.06a/VPCP/KSTT',
      state: 'readonly',
    });
  });
});

describe('formTextFor', () => {
  it('keeps the nearest text last and leaves out hidden and script text', () => {
    document.body.innerHTML = `<div class="u"><p>một</p><script>var x = "Chờ duyệt";</script>
      <p style="display: none">ẩn</p><div aria-hidden="true">ẩn</div><p>hai</p>${table('tF')}</div>`;
    expect(formTextFor(byId('tF'))).toBe('một\nhai');
  });
});

describe('allInputsDisabled', () => {
  it.each([
    ['disabled', true],
    ['readonly', true],
    ['aria-readonly="true"', true],
    ['', false],
  ])('inputs with %j → %s', (attrs, disabled) => {
    document.body.innerHTML = table('tG', attrs);
    expect(allInputsDisabled(byId('tG'))).toBe(disabled);
  });

  it('is false for a table with no inputs (a click-to-edit grid) and when one input is open', () => {
    document.body.innerHTML = `<table id="tH">${head}<tr><td>1</td><td>Tư pháp</td><td>3</td></tr></table>`;
    expect(allInputsDisabled(byId('tH'))).toBe(false);
    document.body.innerHTML = `<table id="tI">${head}<tr><td><input disabled></td><td><input></td></tr></table>`;
    expect(allInputsDisabled(byId('tI'))).toBe(false);
  });
});
