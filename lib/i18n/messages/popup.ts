import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The toolbar popup: deadlines, drafts, the checks per site and the page-structure export.

const vi = {
  'popup.title': 'Trợ lý Báo cáo',
  'popup.loading': 'Đang tải…',
  'popup.noLevel':
    'Chưa chọn cấp đơn vị. Hãy khai báo đơn vị của bạn trong Cài đặt để xem các báo cáo phải gửi và thời hạn.',
  'popup.openOptions': 'Mở Cài đặt',
  'popup.options': 'Cài đặt',
  'popup.today': '{unit} · hôm nay {date}',
  'popup.draftsError': 'Không đọc được danh sách bản nháp; trạng thái bản nháp có thể chưa đúng.',
  'popup.form': 'Biểu {form}',
  'popup.due': 'Hạn gửi: {date}',
  'popup.dueBefore': 'Hạn gửi: trước ngày {date}',
  'popup.estimated': '(dự kiến — dán công văn kỳ này trong Cài đặt để có hạn chính thức)',
  'popup.draft.none': 'Chưa có bản nháp',
  'popup.draft.saved': 'Đã lưu bản nháp',
  'popup.draft.findings': 'Đã lưu bản nháp, còn lỗi cần xem',
  'popup.findings': ' ({errors}, {warnings})',
  'popup.errors': { other: '{count} lỗi' },
  'popup.warnings': { other: '{count} cảnh báo' },
  'popup.openSite': 'Mở Hệ thống báo cáo',
  'popup.nothingDue': 'Không có báo cáo nào đến hạn.',
  'popup.next': 'Kỳ tiếp theo: {period}, hạn {date}.',
  'popup.nextEstimated': 'Kỳ tiếp theo: {period}, hạn dự kiến {date}.',
  'popup.districtsGone':
    'Từ 1/7/2025 chính quyền địa phương còn hai cấp, cấp huyện không còn báo cáo các kỳ sau. Nếu đơn vị của bạn đã chuyển, hãy chọn lại cấp đơn vị trong Cài đặt.',
  'popup.sites.legend': 'Kiểm tra số liệu khi nhập trên trang',
  'popup.sites.readError': 'Không đọc được cài đặt.',
  'popup.sites.saveError': 'Không lưu được cài đặt: bộ nhớ trình duyệt có thể đã đầy.',
  'popup.structure.export': 'Xuất cấu trúc trang',
  'popup.structure.tip': 'Mô tả cấu trúc trang đang mở (không kèm số liệu) để gửi người phát triển tiện ích',
  'popup.structure.when': ' khi trang không hiện bảng kiểm tra hoặc nhận sai biểu',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'popup.title': 'Report Assistant',
  'popup.loading': 'Loading…',
  'popup.noLevel':
    'Set your unit’s level in the settings to see the reports you must send and their deadlines.',
  'popup.openOptions': 'Open settings',
  'popup.options': 'Settings',
  'popup.today': '{unit} · today {date}',
  'popup.draftsError': 'Could not read the list of drafts; the drafts’ state may be wrong.',
  'popup.form': 'Form {form}',
  'popup.due': 'Due: {date}',
  'popup.dueBefore': 'Due: before {date}',
  'popup.estimated': '(estimated — paste this period’s dispatch in the settings for the official deadline)',
  'popup.draft.none': 'No draft yet',
  'popup.draft.saved': 'Draft saved',
  'popup.draft.findings': 'Draft saved, with problems to review',
  'popup.findings': ' ({errors}, {warnings})',
  'popup.errors': { one: '{count} error', other: '{count} errors' },
  'popup.warnings': { one: '{count} warning', other: '{count} warnings' },
  'popup.openSite': 'Open the reporting system',
  'popup.nothingDue': 'No report is due.',
  'popup.next': 'Next period: {period}, due {date}.',
  'popup.nextEstimated': 'Next period: {period}, due {date} (estimated).',
  'popup.districtsGone':
    'Since 1 July 2025 local government has two tiers: district level no longer reports later periods. If your unit has moved, choose its level again in the settings.',
  'popup.sites.legend': 'Check figures while typing on',
  'popup.sites.readError': 'Could not read the settings.',
  'popup.sites.saveError': 'Could not save the settings: the browser’s storage may be full.',
  'popup.structure.export': 'Export page structure',
  'popup.structure.tip': 'Describe the open page’s structure (without its figures) for the maintainers',
  'popup.structure.when': ' when the page shows no checks panel or recognises the wrong form',
};

export const popupMessages: Catalogue<typeof vi> = { vi, en };
