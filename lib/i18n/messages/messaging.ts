import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The failure every page shows when the background does not answer (lib/messaging.ts). A catalogue of
// its own: the content script carries it in both languages, since the failure crosses as `error` and
// `errorEn`, and nothing else of the draft store's wording.

const vi = {
  'messaging.unreachable':
    'Không liên lạc được với phần nền của tiện ích. Hãy tải lại trang (hoặc bật lại tiện ích) rồi thử lại; dữ liệu đã lưu không bị ảnh hưởng.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'messaging.unreachable':
    'Could not reach the extension background. Reload the page (or re-enable the extension) and try again; saved data is unaffected.',
};

export const messagingMessages: Catalogue<typeof vi> = { vi, en };
