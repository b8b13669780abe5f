import { describe, expect, it } from 'vitest';
import { readPageInfo } from '@/lib/forms/read-page-info';
import { PageInfo } from '@/lib/page-info';

const HEADER = `Biểu số II.06a/VPCP/KSTT
TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC
Kỳ báo cáo: Quý I năm 2025
(Từ ngày 15/12/2024 đến ngày 14/3/2025)
- Đơn vị báo cáo: UBND xã Tịnh Khê
- Đơn vị nhận báo cáo: UBND huyện Sơn Tịnh
Đơn vị tính: Số hồ sơ TTHC`;

describe('readPageInfo reads a form header block', () => {
  it('reads the form, unit, period and state of the printed header', () => {
    const info = readPageInfo(HEADER);
    expect(PageInfo.parse(info)).toEqual(info);
    expect(info).toEqual({
      formCode: 'II.06a/VPCP/KSTT',
      unit: 'UBND xã Tịnh Khê',
      periodLabel: 'Quý I năm 2025',
      period: { from: '2024-12-15', to: '2025-03-14' },
      badDates: [],
      workflow: 'unknown',
      state: 'editable',
    });
  });

  it('reads the same header arriving in NFD with extra spaces', () => {
    const info = readPageInfo(HEADER.normalize('NFD').replace(/ /g, '  '));
    expect(info.formCode).toBe('II.06a/VPCP/KSTT');
    expect(info.unit).toBe('UBND xã Tịnh Khê');
    expect(info.periodLabel).toBe('Quý I năm 2025');
    expect(info.period).toEqual({ from: '2024-12-15', to: '2025-03-14' });
  });

  it('reads a header run together on one line', () => {
    const info = readPageInfo(
      'Mẫu số: II.06/VPCP/KSTT Đơn vị báo cáo: UBND huyện Sơn Tịnh Đơn vị nhận báo cáo: UBND tỉnh Kỳ báo cáo: Quý II năm 2025 (Từ ngày 15/3/2025 đến ngày 14/6/2025) Trạng thái: Đã gửi',
    );
    expect(info).toMatchObject({
      formCode: 'II.06/VPCP/KSTT',
      unit: 'UBND huyện Sơn Tịnh',
      periodLabel: 'Quý II năm 2025',
      period: { from: '2025-03-15', to: '2025-06-14' },
      workflow: 'da-gui',
      state: 'readonly',
    });
  });

  it('reads text joined without any separator, as textContent gives it', () => {
    const info = readPageInfo(
      'Biểu số II.06a/VPCP/KSTTĐơn vị báo cáo: UBND xã Tịnh KhêĐơn vị nhận báo cáo: UBND huyệnKỳ báo cáo: Quý I năm 2025(Từ ngày 15/12/2024 đến ngày 14/3/2025)Trạng thái: Chờ duyệt',
    );
    expect(info).toMatchObject({
      formCode: 'II.06a/VPCP/KSTT',
      unit: 'UBND xã Tịnh Khê',
      periodLabel: 'Quý I năm 2025',
      period: { from: '2024-12-15', to: '2025-03-14' },
      workflow: 'cho-duyet',
      state: 'readonly',
    });
  });

  it('reads values laid out in label and value cells', () => {
    const info = readPageInfo(
      'Đơn vị báo cáo\nSở Tư pháp\nKỳ báo cáo\n6 tháng đầu năm 2025\nTrạng thái\nLưu nháp',
    );
    expect(info).toMatchObject({
      unit: 'Sở Tư pháp',
      periodLabel: '6 tháng đầu năm 2025',
      workflow: 'luu-nhap',
    });
  });

  it.each([
    ['Từ ngày 15 tháng 12 năm 2024 đến ngày 14 tháng 3 năm 2025', { from: '2024-12-15', to: '2025-03-14' }],
    ['(Từ ngày 15-12-2024 đến ngày 14-03-2025)', { from: '2024-12-15', to: '2025-03-14' }],
    ['Từ ngày: 15/12/2024 Đến ngày: 14/3/2025', { from: '2024-12-15', to: '2025-03-14' }],
    ['từ ngày 15/12/2024 đến 14/3/2025.', { from: '2024-12-15', to: '2025-03-14' }],
  ])('reads the period %j', (text, period) => {
    expect(readPageInfo(text).period).toEqual(period);
  });

  it.each([
    ['(Từ ngày 15/12/2024 đến ngày 31/02/2025)', ['31/02/2025']],
    ['Từ ngày 15/12 đến ngày 14/3/2025', ['15/12']],
    ['Từ ngày 32/13/2024 đến ngày 30/2/2025', ['32/13/2024', '30/2/2025']],
  ])('keeps unreadable period dates %j for the date rule', (text, bad) => {
    const info = readPageInfo(text);
    expect(info.period).toBeNull();
    expect(info.badDates).toEqual(bad);
  });

  it('skips an empty date filter above the header', () => {
    const info = readPageInfo(`Lọc: Từ ngày  đến ngày \n${HEADER}`);
    expect(info.period).toEqual({ from: '2024-12-15', to: '2025-03-14' });
    expect(info.badDates).toEqual([]);
  });

  it('tolerates a header that says nothing', () => {
    expect(readPageInfo('')).toEqual({
      formCode: null,
      unit: '',
      periodLabel: '',
      period: null,
      badDates: [],
      workflow: 'unknown',
      state: 'editable',
    });
  });

  it('does not take the next label for an empty unit', () => {
    const info = readPageInfo('- Đơn vị báo cáo:\n- Đơn vị nhận báo cáo: UBND tỉnh Quảng Ngãi');
    expect(info.unit).toBe('');
  });

  it.each([
    ['Trạng thái: Chờ duyệt', false, 'readonly'],
    ['Trạng thái: Đã tiếp nhận', false, 'readonly'],
    ['Trạng thái: Đã gửi', false, 'readonly'],
    ['Trạng thái: Lưu nháp', false, 'editable'],
    ['Trạng thái: Yêu cầu chỉnh sửa', false, 'editable'],
    ['', false, 'editable'],
    ['', true, 'readonly'],
    ['Trạng thái: Lưu nháp', true, 'readonly'],
  ])('%j with all inputs disabled %s → %s', (text, disabled, state) => {
    expect(readPageInfo(text, disabled).state).toBe(state);
  });

  it('ignores state counts in a filter list', () => {
    const info = readPageInfo(`Lưu nháp (1) Chờ duyệt (3) Đã gửi (12)\n${HEADER}`);
    expect(info.workflow).toBe('unknown');
    expect(info.state).toBe('editable');
  });
});
