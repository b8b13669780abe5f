import { describe, expect, it } from 'vitest';
import { READONLY_STATES, readWorkflow } from '@/lib/forms/workflow';

describe('readWorkflow', () => {
  it.each([
    ['Trạng thái: Lưu nháp', 'luu-nhap'],
    ['Trạng thái: Chờ duyệt', 'cho-duyet'],
    ['Trạng thái: Đã gửi', 'da-gui'],
    ['Trạng thái: Đã tiếp nhận', 'da-tiep-nhan'],
    ['Trạng thái: Yêu cầu chỉnh sửa', 'yeu-cau-chinh-sua'],
    ['Trạng thái báo cáo: ĐÃ GỬI', 'da-gui'],
    ['trạng thái: chờ duyệt', 'cho-duyet'],
    ['Trạng thái\nChờ phê duyệt', 'cho-duyet'],
    ['Trạng thái: (Đã tiếp nhận)', 'da-tiep-nhan'],
    ['Trạng thái: Bị trả lại', 'yeu-cau-chinh-sua'],
    ['Trạng thái: Đã gửi'.normalize('NFD'), 'da-gui'],
    ['Biểu số II.06a/VPCP/KSTT\nChờ duyệt', 'cho-duyet'],
    ['Kỳ báo cáo: Quý I năm 2025 Đã tiếp nhận', 'da-tiep-nhan'],
    ['Bản nháp', 'luu-nhap'],
    ['Chưa gửi', 'luu-nhap'],
    ['', 'unknown'],
    ['Biểu số II.06a/VPCP/KSTT', 'unknown'],
  ])('%j → %s', (text, state) => {
    expect(readWorkflow(text)).toBe(state);
  });

  it('ignores counts in a filter list or menu', () => {
    expect(readWorkflow('Lưu nháp (2)  Chờ duyệt (3)  Đã gửi (10)  Đã tiếp nhận [4]')).toBe('unknown');
    expect(readWorkflow('Chờ duyệt (3)\nTrạng thái: Lưu nháp')).toBe('luu-nhap');
    expect(readWorkflow('Chờ duyệt (3)\nĐã gửi 12\nYêu cầu chỉnh sửa')).toBe('yeu-cau-chinh-sua');
  });

  it('prefers the labelled state over any badge, wherever it stands', () => {
    expect(readWorkflow('Trạng thái: Chờ duyệt\n…\nĐã gửi')).toBe('cho-duyet');
  });

  it('takes the state nearest to the table when several badges show', () => {
    expect(readWorkflow('Đã gửi\nBiểu số II.05a\nLưu nháp\nBiểu số II.06a')).toBe('luu-nhap');
  });

  it('does not read a state in running lower-case prose or inside other words', () => {
    expect(readWorkflow('Báo cáo sau khi đã gửi không sửa được; mọi yêu cầu chỉnh sửa gửi qua thư')).toBe(
      'unknown',
    );
    expect(readWorkflow('Đã gửiđi')).toBe('unknown');
  });

  it('treats Chờ duyệt, Đã gửi and Đã tiếp nhận as read-only', () => {
    expect([...READONLY_STATES].sort()).toEqual(['cho-duyet', 'da-gui', 'da-tiep-nhan']);
  });
});
