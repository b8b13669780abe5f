import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// Stored records this version could not read (lib/storage): what each is and why it was kept aside.

const vi = {
  'storage.item.profile': 'Thông tin đơn vị',
  'storage.item.settings': 'Cài đặt bảng kiểm tra',
  'storage.item.dispatches': 'Công văn đã áp dụng',
  'storage.item.taught': 'Cấu trúc biểu đã dạy',
  'storage.item.keptAside': 'Bản ghi để riêng',
  'storage.invalid': 'Sai cấu trúc ở: {paths}.',
  'storage.invalidWhole': 'Sai cấu trúc ở: (toàn bộ).',
  'storage.newer':
    'Ghi bởi phiên bản mới hơn của tiện ích (cấu trúc {version}, phiên bản này đọc đến {known}).',
  'storage.listDamaged': 'Danh sách bản ghi để riêng bị hỏng.',
  'storage.dispatch.notList': 'Không phải danh sách công văn.',
  'storage.dispatch.noPeriods': 'Không có danh sách công văn theo kỳ.',
  'storage.dispatch.otherPeriod': 'Công văn ghi kỳ {written} nhưng được lưu ở kỳ {stored}.',
  'storage.taught.notList': 'Không phải danh sách cấu trúc biểu.',
  'storage.taught.noList': 'Không có danh sách cấu trúc biểu.',
  'storage.taught.otherFingerprint': 'Cấu trúc ghi dấu nhận dạng {written} nhưng được lưu ở {stored}.',
  'storage.taught.noForm': 'Tiện ích không có mẫu {form} để đối chiếu các cột.',
  'storage.taught.noColumn': 'Mẫu {form} không có cột ({column}).',
  'storage.taught.sameNumber': 'Có hai cột cùng số trên trang.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'storage.item.profile': 'Unit profile',
  'storage.item.settings': 'Panel settings',
  'storage.item.dispatches': 'Applied dispatches',
  'storage.item.taught': 'Taught form structures',
  'storage.item.keptAside': 'Kept aside',
  'storage.invalid': 'Wrong structure at: {paths}.',
  'storage.invalidWhole': 'Wrong structure: the whole record.',
  'storage.newer':
    'Written by a newer version of the extension (structure {version}, this version reads up to {known}).',
  'storage.listDamaged': 'The list of records kept aside is damaged.',
  'storage.dispatch.notList': 'Not a list of dispatches.',
  'storage.dispatch.noPeriods': 'No list of dispatches by period.',
  'storage.dispatch.otherPeriod': 'The dispatch names the period {written} but is stored under {stored}.',
  'storage.taught.notList': 'Not a list of form structures.',
  'storage.taught.noList': 'No list of form structures.',
  'storage.taught.otherFingerprint':
    'The structure names the fingerprint {written} but is stored under {stored}.',
  'storage.taught.noForm': 'The extension has no form {form} to match the columns against.',
  'storage.taught.noColumn': 'Form {form} has no column ({column}).',
  'storage.taught.sameNumber': 'Two columns on the page have the same number.',
};

export type StorageKey = keyof typeof vi;
export const storageMessages: Catalogue<typeof vi> = { vi, en };
