import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The options page's backup: export, import and what an import did; the refusals of a backup file
// (lib/drafts/backup.ts), each ending with what was kept.

const vi = {
  'backup.title': 'Sao lưu',
  'backup.intro':
    'Lưu mọi bản nháp (kèm các phiên bản cũ) vào một tệp, hoặc nhập lại từ tệp đó. Nhập không bao giờ xoá bản nháp nào: bản trùng được giữ cả hai, bản mới hơn được dùng.',
  'backup.export': 'Xuất bản sao lưu',
  'backup.import': 'Nhập bản sao lưu:',
  'backup.exported': { other: 'Đã xuất {count} bản nháp vào tệp {file}.' },
  'backup.exportedWithAside': {
    other: 'Đã xuất {count} bản nháp, kèm {aside} bản không đọc được, vào tệp {file}.',
  },
  'backup.unreadableFile': 'Không đọc được tệp {file}. Không có gì bị thay đổi.',
  'backup.imported': {
    other: 'Đã nhập {count} bản nháp ({added} mới, {merged} gộp với bản đã có, {unchanged} trùng).',
  },
  'backup.adopted': { other: '{count} bản nháp được dựng lại từ phiên bản cũ không kèm bản nháp.' },
  'backup.quarantined': {
    other: '{count} bản không đọc được được giữ nguyên ở mục “Bản nháp không đọc được”.',
  },
  'backup.ownFields': { other: 'Danh mục của tôi: thêm {count} tên lĩnh vực.' },
  'backup.ownFieldsAside': {
    other:
      'Danh mục của tôi: thêm {count} tên lĩnh vực, {aside} mục không đọc được được giữ riêng (xem phần Danh mục lĩnh vực của tôi).',
  },
  'backup.ownFieldsDamaged': 'phần tên lĩnh vực bị hỏng',

  'backup.refused.json':
    'Tệp không phải JSON hợp lệ nên không đọc được bản sao lưu. Không có gì bị thay đổi.',
  'backup.refused.notBackup': 'Tệp này không phải bản sao lưu của Trợ lý Báo cáo. Không có gì bị thay đổi.',
  'backup.refused.newer':
    'Bản sao lưu được tạo bởi phiên bản mới hơn của tiện ích (lược đồ {schema}, bản này biết đến {known}). Hãy cập nhật tiện ích rồi nhập lại. Không có gì bị thay đổi.',
  'backup.refused.draft':
    'Bản sao lưu bị hỏng: bản nháp thứ {n} không hợp lệ ({reason}). Không có gì bị thay đổi.',
  'backup.refused.revision':
    'Bản sao lưu bị hỏng: phiên bản cũ thứ {n} không hợp lệ ({reason}). Không có gì bị thay đổi.',
  'backup.refused.unreadable':
    'Bản sao lưu bị hỏng: bản không đọc được thứ {n} không hợp lệ ({reason}). Không có gì bị thay đổi.',
  'backup.reason.field': 'trường {field}',
  'backup.reason.fieldWhy': 'trường {field}: {reason}',
  'backup.reason.noRecord': 'thiếu bản ghi',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'backup.title': 'Backup',
  'backup.intro':
    'Save every draft (with its earlier versions) to one file, or bring them back from such a file. Importing never deletes a draft: of two that clash both are kept, the newer one is used.',
  'backup.export': 'Export backup',
  'backup.import': 'Import backup:',
  'backup.exported': {
    one: 'Exported {count} draft to {file}.',
    other: 'Exported {count} drafts to {file}.',
  },
  'backup.exportedWithAside': {
    one: 'Exported {count} draft, with {aside} unreadable records, to {file}.',
    other: 'Exported {count} drafts, with {aside} unreadable records, to {file}.',
  },
  'backup.unreadableFile': 'Could not read {file}. Nothing was changed.',
  'backup.imported': {
    one: 'Imported {count} draft ({added} new, {merged} merged with existing ones, {unchanged} already present).',
    other:
      'Imported {count} drafts ({added} new, {merged} merged with existing ones, {unchanged} already present).',
  },
  'backup.adopted': {
    one: '{count} draft was rebuilt from earlier versions that came without their draft.',
    other: '{count} drafts were rebuilt from earlier versions that came without their draft.',
  },
  'backup.quarantined': {
    one: '{count} unreadable record is kept as it is under “Drafts that cannot be read”.',
    other: '{count} unreadable records are kept as they are under “Drafts that cannot be read”.',
  },
  'backup.ownFields': {
    one: 'My field names: {count} name added.',
    other: 'My field names: {count} names added.',
  },
  'backup.ownFieldsAside': {
    one: 'My field names: {count} name added, {aside} unreadable entries kept aside (see My field names).',
    other: 'My field names: {count} names added, {aside} unreadable entries kept aside (see My field names).',
  },
  'backup.ownFieldsDamaged': 'the field-name part is damaged',

  'backup.refused.json': 'The file is not valid JSON, so the backup cannot be read. Nothing was changed.',
  'backup.refused.notBackup': 'This file is not a Report Assistant backup. Nothing was changed.',
  'backup.refused.newer':
    'The backup was made by a newer version of the extension (schema {schema}, this one knows {known}). Update the extension and import again. Nothing was changed.',
  'backup.refused.draft': 'The backup is damaged: draft {n} is invalid ({reason}). Nothing was changed.',
  'backup.refused.revision':
    'The backup is damaged: revision {n} is invalid ({reason}). Nothing was changed.',
  'backup.refused.unreadable':
    'The backup is damaged: unreadable record {n} is invalid ({reason}). Nothing was changed.',
  'backup.reason.field': 'field {field}',
  'backup.reason.fieldWhy': 'field {field}: {reason}',
  'backup.reason.noRecord': 'the record is missing',
};

export type BackupKey = keyof typeof vi;
export const backupMessages: Catalogue<typeof vi> = { vi, en };
