import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The draft store's refusals and failures (lib/drafts), which the background answers in both
// languages (Failure: error, errorEn) to the panel and the extension's pages.

export const draftsVi = {
  'drafts.refused': 'Thao tác này chỉ thực hiện được từ trang Cài đặt của tiện ích. Không có gì bị thay đổi.',
  'drafts.invalidRequest':
    'Yêu cầu không hợp lệ nên không thực hiện (trường {where}). Không có gì bị thay đổi.',
  'drafts.notFound': 'Không tìm thấy bản nháp này (có thể đã bị xoá ở một tab khác).',
  'drafts.invalidDraft':
    'Bản nháp không hợp lệ nên chưa được lưu (trường {where}). Các bản nháp đã lưu vẫn còn nguyên.',
  'drafts.unreadableTrash':
    'Không khôi phục được: bản nháp đã xoá không đọc được ({reason}). Nó vẫn ở trong thùng rác.',
  'drafts.migrating':
    'Chưa mở được kho bản nháp vì chưa chuyển xong các bản nháp cũ sang định dạng mới; tiện ích sẽ thử lại ở lần dùng sau. {why}',
  'drafts.full':
    'Không lưu được bản nháp: bộ nhớ trình duyệt đã đầy. Hãy xoá bớt bản nháp cũ hoặc giải phóng dung lượng ổ đĩa rồi thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'drafts.blocked':
    'Không mở được kho bản nháp: một trang khác của tiện ích đang giữ phiên bản cũ. Hãy đóng các tab Cài đặt của tiện ích rồi thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'drafts.newer':
    'Kho bản nháp do một phiên bản mới hơn của tiện ích tạo ra. Hãy cập nhật tiện ích. Các bản nháp đã lưu vẫn còn nguyên.',
  'drafts.closed':
    'Kho bản nháp vừa được nâng cấp hoặc đóng lại. Hãy thử lại. Các bản nháp đã lưu vẫn còn nguyên.',
  'drafts.inaccessible': 'Không truy cập được kho bản nháp ({name}). Các bản nháp đã lưu vẫn còn nguyên.',
} as const satisfies MessageTable;

const en: SameKeys<typeof draftsVi> = {
  'drafts.refused': 'This action is only available from the extension settings page. Nothing was changed.',
  'drafts.invalidRequest': 'Invalid request, not carried out (field {where}). Nothing was changed.',
  'drafts.notFound': 'This draft was not found (it may have been deleted in another tab).',
  'drafts.invalidDraft':
    'The draft is invalid and was not saved (field {where}). Saved drafts are unchanged.',
  'drafts.unreadableTrash':
    'Could not undo: the deleted draft cannot be read ({reason}). It is still in the trash.',
  'drafts.migrating':
    'The draft store was not opened because older drafts could not be brought to the new format yet; the extension tries again next time. {why}',
  'drafts.full':
    'Could not save the draft: browser storage is full. Delete old drafts or free disk space and try again. Saved drafts are unchanged.',
  'drafts.blocked':
    "Could not open the draft store: another extension page holds an older version open. Close the extension's settings tabs and try again. Saved drafts are unchanged.",
  'drafts.newer':
    'The draft store was created by a newer version of the extension. Please update it. Saved drafts are unchanged.',
  'drafts.closed':
    'The draft store was just upgraded or closed. Please try again. Saved drafts are unchanged.',
  'drafts.inaccessible': 'Could not access the draft store ({name}). Saved drafts are unchanged.',
};

export const draftsMessages: Catalogue<typeof draftsVi> = { vi: draftsVi, en };
