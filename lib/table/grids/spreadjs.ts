import type { GridAdapter } from './adapter';
import { cellProxy } from './canvas-cells';

// SpreadJS, content side. Its host element carries gcuielement="gcSpread"; cells are drawn on a
// canvas, so marks go on the proxies its page adapter lays over the drawn cells.

export const SPREADJS_ROOT = '[gcuielement="gcSpread"]';

export const spreadjs: GridAdapter = {
  library: 'spreadjs',
  rootSelector: SPREADJS_ROOT,
  renderedCell: cellProxy,
  unreachable: {
    reason:
      'Trang dùng bảng tính SpreadJS (bảng vẽ trên canvas, chưa đọc được): tiện ích không truy cập được dữ liệu của bảng, không thể kiểm tra hay tự điền. Vui lòng nhập và kiểm tra số liệu trực tiếp trên trang.',
    reasonEn:
      'The page uses a SpreadJS spreadsheet (a grid drawn on a canvas, not readable yet): the extension cannot reach its data, so it cannot be checked or filled. Please enter and check the figures directly on the page.',
  },
};
