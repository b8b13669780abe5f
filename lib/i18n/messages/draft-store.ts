import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The draft store's answers (lib/drafts: store, handlers, storage errors) and the store of the user's
// own field names (lib/fields/own-*), shown by the options page and the panel.

const vi = {
  'draftStore.migrating':
    'Chưa mở được kho bản nháp vì chưa chuyển xong các bản nháp cũ sang định dạng mới; tiện ích sẽ thử lại ở lần dùng sau.',
  'draftStore.full':
    'Không lưu được bản nháp: bộ nhớ trình duyệt đã đầy. Hãy xoá bớt bản nháp cũ hoặc giải phóng dung lượng ổ đĩa rồi thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.blocked':
    'Không mở được kho bản nháp: một trang khác của tiện ích đang giữ phiên bản cũ. Hãy đóng các tab Cài đặt của tiện ích rồi thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.newer':
    'Kho bản nháp do một phiên bản mới hơn của tiện ích tạo ra. Hãy cập nhật tiện ích. Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.closed':
    'Kho bản nháp vừa được nâng cấp hoặc đóng lại. Hãy thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.other': 'Không truy cập được kho bản nháp ({name}). Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.root': '(gốc)',
  'draftStore.invalidDraft':
    'Bản nháp không hợp lệ nên chưa được lưu (trường {field}). Các bản nháp đã lưu vẫn còn nguyên.',
  'draftStore.notFound': 'Không tìm thấy bản nháp này (có thể đã bị xoá ở một tab khác).',
  'draftStore.undeleteUnreadable':
    'Không khôi phục được: bản nháp đã xoá không đọc được ({reason}). Nó vẫn ở trong thùng rác.',
  'draftStore.refused':
    'Thao tác này chỉ thực hiện được từ trang Cài đặt của tiện ích. Không có gì bị thay đổi.',
  'draftStore.invalidRequest':
    'Yêu cầu không hợp lệ nên không thực hiện (trường {field}). Không có gì bị thay đổi.',

  'draftStore.own.notEntry': 'không phải một mục tên lĩnh vực',
  'draftStore.own.newer': 'được ghi bởi phiên bản mới hơn của tiện ích (lược đồ {version})',
  'draftStore.own.invalidField': 'trường {field} không hợp lệ',
  'draftStore.own.entry': 'mục',
  'draftStore.own.emptyName': 'tên lĩnh vực trống',
  'draftStore.own.damaged': 'dữ liệu đã lưu bị hỏng',
  'draftStore.own.damagedEntry': 'mục hỏng',
  'draftStore.own.invalidRequest': 'Yêu cầu thêm tên lĩnh vực không hợp lệ. Không có gì bị thay đổi.',
  'draftStore.own.notSaved':
    'Không lưu được danh mục của tôi: bộ nhớ trình duyệt có thể đã đầy. Không có gì bị thay đổi.',
  'draftStore.own.nameLength': 'Tên lĩnh vực phải có từ 1 đến 200 ký tự.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'draftStore.migrating':
    'The draft store was not opened because older drafts could not be brought to the new format yet; the extension tries again next time.',
  'draftStore.full':
    'Could not save the draft: browser storage is full. Delete old drafts or free disk space and try again. Saved drafts are unchanged.',
  'draftStore.blocked':
    "Could not open the draft store: another extension page holds an older version open. Close the extension's settings tabs and try again. Saved drafts are unchanged.",
  'draftStore.newer':
    'The draft store was created by a newer version of the extension. Please update it. Saved drafts are unchanged.',
  'draftStore.closed':
    'The draft store was just upgraded or closed. Please try again. Saved drafts are unchanged.',
  'draftStore.other': 'Could not access the draft store ({name}). Saved drafts are unchanged.',
  'draftStore.root': '(root)',
  'draftStore.invalidDraft':
    'The draft is invalid and was not saved (field {field}). Saved drafts are unchanged.',
  'draftStore.notFound': 'This draft was not found (it may have been deleted in another tab).',
  'draftStore.undeleteUnreadable':
    'Could not undo: the deleted draft cannot be read ({reason}). It is still in the trash.',
  'draftStore.refused':
    'This action is only available from the extension settings page. Nothing was changed.',
  'draftStore.invalidRequest': 'Invalid request, not carried out (field {field}). Nothing was changed.',

  'draftStore.own.notEntry': 'not a field-name entry',
  'draftStore.own.newer': 'written by a newer version of the extension (schema {version})',
  'draftStore.own.invalidField': 'field {field} is invalid',
  'draftStore.own.entry': 'entry',
  'draftStore.own.emptyName': 'the field name is empty',
  'draftStore.own.damaged': 'the stored data is damaged',
  'draftStore.own.damagedEntry': 'damaged entry',
  'draftStore.own.invalidRequest': 'Invalid request to add a field name. Nothing was changed.',
  'draftStore.own.notSaved':
    'Could not save my field names: the browser storage may be full. Nothing was changed.',
  'draftStore.own.nameLength': 'A field name must have 1 to 200 characters.',
};

export type DraftStoreKey = keyof typeof vi;
export const draftStoreMessages: Catalogue<typeof vi> = { vi, en };
