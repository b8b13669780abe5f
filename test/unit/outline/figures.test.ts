import { describe, expect, test } from 'vitest';
import { readOutlineFigures } from '@/lib/outline/figures';

const OUTLINE = `6. Kết quả giải quyết TTHC: Trong kỳ báo cáo (từ ngày 15/12/2024 đến ngày 14/3/2025), tổng số hồ sơ tiếp nhận giải quyết là 2.099 hồ sơ, trong đó: tiếp nhận trực tuyến 300 hồ sơ; trực tiếp, dịch vụ bưu chính 1.700 hồ sơ; từ kỳ trước chuyển sang 99 hồ sơ. Số hồ sơ đã giải quyết: 1.501 hồ sơ (trước hạn 399, đúng hạn 1.093, quá hạn 9). Số hồ sơ đang giải quyết: 562 hồ sơ (trong hạn 556, quá hạn 6).
Tổng số lượt đánh giá: 1.000 lượt, trong đó: Rất hài lòng: 800 lượt (80%); Hài lòng (hoặc bình thường): 150 lượt (15%); Chưa hài lòng (hoặc không hài lòng/rất tệ): 50 lượt (5%).`;

const values = (text: string) =>
  Object.fromEntries(Object.entries(readOutlineFigures(text)).map(([k, f]) => [k, [f.value, f.percent]]));

describe('readOutlineFigures', () => {
  test('dossier and rating figures in Vietnamese notation, dates left out', () => {
    expect(values(OUTLINE)).toEqual({
      received: [2099, undefined],
      online: [300, undefined],
      resolved: [1501, undefined],
      inProgress: [562, undefined],
      ratingsTotal: [1000, undefined],
      veryGood: [800, 80],
      good: [150, 15],
      notGood: [50, 5],
    });
  });
  test('NFD text reads the same', () => {
    expect(values(OUTLINE.normalize('NFD'))).toEqual(values(OUTLINE));
  });
  test('a figure written before its phrase, or missing, is not guessed', () => {
    expect(values('Tiếp nhận trực tuyến 300 hồ sơ.')).toEqual({ online: [300, undefined] });
    expect(values('Không có số liệu.')).toEqual({});
  });
});
