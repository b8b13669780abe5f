import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The teach kit (lib/page/teach.ts, components/panel/TeachStructure.tsx): the panel's correspondence
// editor, the notice of a page checked by a taught structure and what a confirm did. The kit is a
// bundle of its own, loaded on first use, so it carries both languages.

const vi = {
  'teach.open': 'Dạy cấu trúc biểu này…',
  'teach.emptyHeader': '(trống)',
  'teach.edit': 'Sửa cấu trúc đã dạy…',
  'teach.intro': 'Mỗi cột trên trang là cột nào của mẫu {form}:',
  'teach.none': 'Không có trong mẫu',
  'teach.confirm': 'Xác nhận cấu trúc',
  'teach.cancel': 'Đóng',
  'teach.refused':
    'Đã bỏ qua một thao tác không phải của người dùng (do trang web tạo ra): không có gì thay đổi.',
  'teach.notice':
    'Biểu được kiểm tra theo cấu trúc đã dạy: các cột trên trang được đối chiếu với mẫu {form} như đã xác nhận. Gỡ cấu trúc này ở trang Cài đặt, mục “Cấu trúc biểu đã dạy”.',
  'teach.saved': 'Đã lưu cấu trúc: biểu được kiểm tra theo mẫu {form}.',
  'teach.notSaved': 'Chưa lưu: {problem}',
  'teach.invalid': 'Cấu trúc không hợp lệ.',
  'teach.mismatch': 'cột không khớp với bảng.',
  'teach.noFigure': 'Chưa lưu: hãy chọn ít nhất một cột số liệu của mẫu.',
  'teach.saveFailed': 'Không lưu được: {message}',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'teach.open': 'Teach this table’s structure…',
  'teach.emptyHeader': '(empty)',
  'teach.edit': 'Edit the taught structure…',
  'teach.intro': 'Which column of the form {form} each page column is:',
  'teach.none': 'Not in the form',
  'teach.confirm': 'Confirm the structure',
  'teach.cancel': 'Close',
  'teach.refused': 'Ignored an action the user did not make (the web page made it): nothing changed.',
  'teach.notice':
    'The table is checked by the taught structure: the page’s columns correspond to form {form} as confirmed. Remove it in Settings, “Taught form structures”.',
  'teach.saved': 'Structure saved: the table is checked as form {form}.',
  'teach.notSaved': 'Not saved: {problem}',
  'teach.invalid': 'The structure is not valid.',
  'teach.mismatch': 'the columns do not match the table.',
  'teach.noFigure': 'Not saved: choose at least one figure column of the form.',
  'teach.saveFailed': 'Could not save: {message}',
};

export type TeachKey = keyof typeof vi;
export const teachMessages: Catalogue<typeof vi> = { vi, en };
