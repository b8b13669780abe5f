import type { GridAdapter } from './adapter';
import { cellProxy } from './canvas-cells';

// Cheetah Grid, content side. Its element carries `.cheetah-grid`; everything is drawn on one
// canvas, so marks go on the proxies its page adapter lays over the drawn cells. The instance is not
// linked from the DOM: reachable only when the page keeps it in a variable.

export const CHEETAH_ROOT = '.cheetah-grid';

export const cheetah: GridAdapter = {
  library: 'cheetah-grid',
  rootSelector: CHEETAH_ROOT,
  renderedCell: cellProxy,
  unreachable: {
    reason:
      'Trang dùng Cheetah Grid, bảng vẽ trên canvas, chưa đọc được: trang không để lộ đối tượng bảng nên tiện ích không thể kiểm tra hay tự điền. Vui lòng nhập và kiểm tra số liệu trực tiếp trên trang.',
    reasonEn:
      'The page uses Cheetah Grid, a grid drawn on a canvas that cannot be read yet: the page does not expose the grid object, so the extension cannot check or fill it. Please enter and check the figures directly on the page.',
  },
};
