import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// Failures that cross messaging as `error` and `errorEn` from the content script's side: the
// background not answering (lib/messaging.ts), the structure report not built (lib/structure-report/
// content.ts). A catalogue of its own: the content script carries these in both languages, and
// nothing else of the draft store's or the report page's wording.

const vi = {
  'messaging.unreachable':
    'Không liên lạc được với phần nền của tiện ích. Hãy tải lại trang (hoặc bật lại tiện ích) rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.',
  'messaging.structureFailed': 'Không lập được báo cáo cấu trúc trang: {error}',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'messaging.unreachable':
    'Could not reach the extension background. Reload the page (or re-enable the extension) and try again; saved data is unaffected.',
  'messaging.structureFailed': 'Could not build the page-structure report: {error}',
};

export const messagingMessages: Catalogue<typeof vi> = { vi, en };
