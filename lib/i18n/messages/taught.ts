import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The options page's taught structures (components/options/TaughtSection.tsx): the list, export,
// import and removal, and the refusals of a structures file (lib/forms/taught/file.ts), each ending
// with what was kept. Why a structure cannot be used is in the storage catalogue (storage.taught.*).

const vi = {
  'taught.title': 'Cấu trúc biểu đã dạy',
  'taught.intro':
    'Cấu trúc bạn đã xác nhận trong bảng kiểm tra cho các biểu có tiêu đề khác mẫu. Xuất ra tệp để gửi đơn vị khác; nhập tệp nhận được để dùng ngay.',
  'taught.empty': 'Chưa có cấu trúc nào.',
  'taught.summary': {
    other: '{code}: {count} cột trên trang, {mapped} cột ứng với mẫu; dạy ngày {day}',
  },
  'taught.summaryBasis': {
    other: '{code} theo {document}: {count} cột trên trang, {mapped} cột ứng với mẫu; dạy ngày {day}',
  },
  'taught.remove': 'Gỡ',
  'taught.removeHint': 'Gỡ: biểu này lại được kiểm tra theo cấu trúc chung',
  'taught.export': 'Xuất tệp cấu trúc',
  'taught.import': 'Nhập tệp cấu trúc:',
  'taught.exported': { other: 'Đã xuất {count} cấu trúc biểu vào tệp {file}.' },
  'taught.unreadable': 'Không đọc được tệp {file}. Không có gì bị thay đổi.',
  'taught.imported': {
    other: 'Đã nhập {count} cấu trúc biểu ({added} mới, {replaced} thay cấu trúc đã có).',
  },
  'taught.importFailed': 'Không nhập được: {message}',
  'taught.removed': 'Đã gỡ cấu trúc {code}: biểu có tiêu đề này được kiểm tra theo cấu trúc chung.',
  'taught.file.refused': '{reason} Không có gì bị thay đổi.',
  'taught.file.tooLarge': 'Tệp quá lớn để là tệp cấu trúc biểu.',
  'taught.file.notJson': 'Tệp không phải JSON đọc được.',
  'taught.file.other': 'Tệp này không phải tệp cấu trúc biểu đã dạy của Trợ lý Báo cáo.',
  'taught.file.newer': 'Tệp được tạo bởi phiên bản mới hơn của tiện ích (cấu trúc {schema}).',
  'taught.file.damaged': 'Tệp bị hỏng. {reason}',
  'taught.file.structure': 'Cấu trúc thứ {n}: {problem}',
  'taught.file.repeated': 'Cấu trúc thứ {n} trùng dấu nhận dạng với một cấu trúc trước nó.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'taught.title': 'Taught form structures',
  'taught.intro':
    'Structures you confirmed in the panel for tables whose header differs from the known forms. Export them to a file to give to another office; import a file you received to use it at once.',
  'taught.empty': 'No structure taught yet.',
  'taught.summary': {
    one: '{code}: {count} column on the page, {mapped} matching the form; taught on {day}',
    other: '{code}: {count} columns on the page, {mapped} matching the form; taught on {day}',
  },
  'taught.summaryBasis': {
    one: '{code} under {document}: {count} column on the page, {mapped} matching the form; taught on {day}',
    other:
      '{code} under {document}: {count} columns on the page, {mapped} matching the form; taught on {day}',
  },
  'taught.remove': 'Remove',
  'taught.removeHint': 'Remove: this table is checked generically again',
  'taught.export': 'Export structures file',
  'taught.import': 'Import structures file:',
  'taught.exported': {
    one: 'Exported {count} structure to {file}.',
    other: 'Exported {count} structures to {file}.',
  },
  'taught.unreadable': 'Could not read {file}. Nothing was changed.',
  'taught.imported': {
    one: 'Imported {count} structure ({added} new, {replaced} replacing an existing one).',
    other: 'Imported {count} structures ({added} new, {replaced} replacing existing ones).',
  },
  'taught.importFailed': 'Could not import: {message}',
  'taught.removed': 'Removed the {code} structure: a table with this header is checked generically.',
  'taught.file.refused': '{reason} Nothing was changed.',
  'taught.file.tooLarge': 'The file is too large to be a structures file.',
  'taught.file.notJson': 'The file is not readable JSON.',
  'taught.file.other': 'This is not a Report Assistant taught-structures file.',
  'taught.file.newer': 'The file was made by a newer version of the extension (structure {schema}).',
  'taught.file.damaged': 'The file is damaged. {reason}',
  'taught.file.structure': 'Structure {n}: {problem}',
  'taught.file.repeated': 'Structure {n} repeats an earlier one’s fingerprint.',
};

export type TaughtKey = keyof typeof vi;
export const taughtMessages: Catalogue<typeof vi> = { vi, en };
