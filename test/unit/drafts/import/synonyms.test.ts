import { describe, expect, it } from 'vitest';
import { placeColumn } from '@/lib/drafts/import/place-column';

// The exporters' vocabulary of issue 15, each phrase where it must go on II.06a.

const where = (...path: string[]) => {
  const p = placeColumn(path);
  return p.number ?? p.kind ?? p.options;
};

describe('the one-stop exporters’ header words', () => {
  it.each([
    [['Tồn kỳ trước'], 6],
    [['Kỳ trước chuyển qua'], 6],
    [['Tiếp nhận trong kỳ', 'Trực tuyến toàn trình'], 4],
    [['Mới tiếp nhận', 'Trực tuyến một phần'], 4],
    [['Tiếp nhận trong kỳ', 'Trực tiếp'], 5],
    [['Mới tiếp nhận', 'Bưu chính công ích (BCCI)'], 5],
    [['Tiếp nhận', 'Trực tiếp/ qua dịch vụ bưu chính'], 5],
    [['Tiếp nhận', 'Tổng số'], 3],
    [['Số hồ sơ tiếp nhận', 'Trong đó', 'Trực tiếp, BCCI'], 5],
    [['Số hồ sơ tiếp nhận', 'Trong đó', 'Trực tiếp và qua bưu chính'], 5],
    [['Kết quả giải quyết', 'Trong đó', 'Trễ hạn'], 10],
    [['Kết quả giải quyết', 'Rút hồ sơ'], 'none'],
    [['Mới tiếp nhận', 'Tổng số'], 'new-total'],
    [['Đã giải quyết', 'Trước hạn'], 8],
    [['Đã xử lý', 'Sớm'], 8],
    [['Đã giải quyết', 'Đúng hạn'], 9],
    [['Đã giải quyết', 'Quá hạn'], 10],
    [['Đã xử lý', 'Trễ'], 10],
    [['Đã giải quyết', 'Tổng số'], 7],
    [['Đã giải quyết', 'Đúng và trước hạn'], 'merged'],
    [['Đã giải quyết', 'Trong hạn'], 'merged'],
    [['Đang giải quyết', 'Trong hạn'], 12],
    [['Đang xử lý', 'Chưa đến hạn'], 12],
    [['Đang xử lý', 'Quá hạn'], 13],
    [['Đang giải quyết', 'Tổng số'], 11],
    [['Đã giải quyết'], 7],
    [['Đang xử lý'], 11],
    [['Rút hồ sơ'], 'none'],
    [['Dừng xử lý'], 'none'],
    [['Không được tiếp nhận'], 'none'],
    [['Thanh toán trực tuyến'], 'none'],
    [['Phi địa giới'], 'none'],
    [['Lĩnh vực'], 2],
    [['Tổng số'], [3, 7, 11]],
    [['Quá hạn'], [10, 13]],
  ])('%j → %j', (path, expected) => {
    expect(where(...path)).toEqual(expected);
  });

  it('takes near words as such, and says they were near', () => {
    expect(placeColumn(['Da xu ly', 'Qua han'])).toMatchObject({ number: 10, fuzzy: true });
    expect(placeColumn(['Truc tuyen toan trinh'])).toMatchObject({ number: 4, fuzzy: true });
    expect(placeColumn(['Đã giải quyêt', 'Quá hạn'])).toMatchObject({ number: 10, fuzzy: true });
  });

  it('does not take unrelated words for a column', () => {
    expect(where('Họ và tên')).toBe('unknown');
    expect(where('Ngày sinh')).toBe('unknown');
    expect(where('Trẻ')).toBe('unknown');
  });
});
