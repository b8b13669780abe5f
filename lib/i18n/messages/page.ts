import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// What the content script says about the report page in the panel's status line and notice: what an
// action did, why a page cannot be checked (lib/page). The content script bundles only `pageVi`.

export const pageVi = {
  'page.bridgeFailed':
    'Không nạp được phần đọc bảng lưới vào trang nên chưa kiểm tra được biểu này. Tiện ích sẽ thử lại khi trang thay đổi (hoặc hãy tải lại trang).',
  'page.scanFailed':
    'Có lỗi khi đọc biểu trên trang nên chưa kiểm tra được. Tiện ích sẽ thử lại khi trang thay đổi (hoặc hãy tải lại trang).',
  'page.refusedClick':
    'Đã bỏ qua một cú bấm không phải của người dùng (do trang web tạo ra): không có gì thay đổi.',
  'page.failed': 'Không thực hiện được: {reason}',
  'page.noPeriod':
    'Không xác định được kỳ báo cáo (Từ ngày … đến ngày …) trên trang, nên chưa lưu hay điền theo kỳ được.',
  'page.saved': 'Đã lưu bản nháp (lần lưu thứ {revision}).',
  'page.savedWithFindings': 'Đã lưu bản nháp (lần lưu thứ {revision}), còn {errors} và {warnings}.',
  'page.noDraftOwnUnit':
    'Chưa có bản nháp của biểu này cho kỳ này. Có thể điền từ một bản nháp khác của đơn vị bên dưới.',
  'page.noDraftOtherUnits':
    'Chưa có bản nháp của biểu này cho kỳ và đơn vị này. Có thể xem nháp của đơn vị khác bên dưới.',
  'page.noDraft':
    'Chưa có bản nháp nào của biểu này. Hãy nhập số liệu rồi bấm “Lưu nháp”, hoặc nhập từ tệp Excel trong trang Cài đặt.',
  'page.draftGone': 'Bản nháp không còn nữa.',
  'page.ownFieldAdded':
    'Đã thêm «{name}» ({level}) vào danh mục của tôi: trên máy này tên này không còn bị báo.',
  'page.versionUnpublished':
    'Biểu {code} theo {doc}: cấu trúc cột của mẫu này chưa được công bố, nên biểu được kiểm tra theo cấu trúc chung (cột đọc từ tiêu đề trên trang), không theo mẫu {template}.',
  'page.versionUnknown':
    'Biểu {code} ban hành kèm theo {doc}, tiện ích chưa có mẫu theo văn bản này (chỉ có theo {shipped}): biểu được kiểm tra theo cấu trúc chung.',
  'page.structureOpened': 'Đã mở cấu trúc trang trong thẻ mới: xem rồi bấm “Lưu tệp”.',
  'page.structureNotOpened': 'Không mở được: hãy dùng cửa sổ của tiện ích.',
  'page.noBackground': 'Không liên lạc được với phần nền của tiện ích: hãy tải lại trang rồi thử lại.',
  'page.grid.unreachable':
    'Trang dùng bảng {name} nhưng tiện ích không truy cập được dữ liệu của bảng: không thể kiểm tra hay tự điền bảng này.',
  'page.grid.cheetah':
    'Trang dùng Cheetah Grid, bảng vẽ trên canvas, chưa đọc được: trang không để lộ đối tượng bảng nên tiện ích không thể kiểm tra hay tự điền. Vui lòng nhập và kiểm tra số liệu trực tiếp trên trang.',
  'page.grid.spreadjs':
    'Trang dùng bảng tính SpreadJS (bảng vẽ trên canvas, chưa đọc được): tiện ích không truy cập được dữ liệu của bảng, không thể kiểm tra hay tự điền. Vui lòng nhập và kiểm tra số liệu trực tiếp trên trang.',
  'page.grid.canvas':
    'Bảng của biểu mẫu được vẽ trên canvas (kiểu bảng tính SpreadJS), không có ô để đọc hay điền: tiện ích chưa hỗ trợ loại bảng này. Vui lòng nhập và kiểm tra số liệu trực tiếp trên trang.',
} as const satisfies MessageTable;

const en: SameKeys<typeof pageVi> = {
  'page.bridgeFailed':
    'Could not load the grid reader into the page, so this form is not checked yet. It is tried again when the page changes (or reload the page).',
  'page.scanFailed':
    'Reading the form on this page failed, so it is not checked yet. It is tried again when the page changes (or reload the page).',
  'page.refusedClick': 'Ignored a click the user did not make (the web page made it): nothing changed.',
  'page.failed': 'Could not complete: {reason}',
  'page.noPeriod':
    'The page shows no readable report period (from … to …), so drafts cannot be matched to it.',
  'page.saved': 'Draft saved (save #{revision}).',
  'page.savedWithFindings': 'Draft saved (save #{revision}), with {errors} and {warnings}.',
  'page.noDraftOwnUnit':
    'No draft of this form for this period. You can fill from another draft of this unit below.',
  'page.noDraftOtherUnits':
    'No draft of this form for this period and unit. You can look at other units’ drafts below.',
  'page.noDraft':
    'No draft of this form yet. Enter the figures and press “Save draft”, or import an Excel file in Settings.',
  'page.draftGone': 'That draft no longer exists.',
  'page.ownFieldAdded': 'Added «{name}» ({level}) to my field names: no longer flagged on this machine.',
  'page.versionUnpublished':
    "Form {code} under {doc}: its column structure is not published yet, so the table is checked generically (columns read from the page's header), not against the {template} template.",
  'page.versionUnknown':
    'Form {code} is issued under {doc}, which this version does not know (only {shipped}): the table is checked generically.',
  'page.structureOpened': 'Opened in a new tab: look, then save.',
  'page.structureNotOpened': 'Could not open it: use the extension’s popup.',
  'page.noBackground': 'Could not reach the extension background: reload the page and try again.',
  'page.grid.unreachable':
    'The page uses a {name} grid but the extension cannot reach its data: this grid cannot be checked or filled.',
  'page.grid.cheetah':
    'The page uses Cheetah Grid, a grid drawn on a canvas that cannot be read yet: the page does not expose the grid object, so the extension cannot check or fill it. Please enter and check the figures directly on the page.',
  'page.grid.spreadjs':
    'The page uses a SpreadJS spreadsheet (a grid drawn on a canvas, not readable yet): the extension cannot reach its data, so it cannot be checked or filled. Please enter and check the figures directly on the page.',
  'page.grid.canvas':
    'The form’s table is drawn on a canvas (a SpreadJS-style spreadsheet) with no cells to read or fill: this kind of grid is not supported yet. Please enter and check the figures directly on the page.',
};

export const pageMessages: Catalogue<typeof pageVi> = { vi: pageVi, en };
