import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// Why a draft record could not be read and was kept aside (lib/drafts/migrations): stored with the
// record as a key and its parameters, and said in the page's language by the options page and in
// backup refusals. `{field}` is the record's field path as stored ("rows.0.label").

const vi = {
  'quarantine.newer': 'phiên bản lược đồ {schema} mới hơn phiên bản tiện ích biết ({known})',
  'quarantine.field': 'trường {field}: đầu vào không hợp lệ',
  'quarantine.fieldType': 'trường {field}: đầu vào không hợp lệ, cần {expected}',
  'quarantine.root': 'trường (gốc): đầu vào không hợp lệ',
  'quarantine.formCode': 'trường {field}: thiếu mã biểu mẫu',
  'quarantine.periodFormat': 'trường {field}: kỳ phải có dạng YYYY-MM-DD/YYYY-MM-DD',
  'quarantine.periodUnreal': 'trường {field}: kỳ có ngày không có thật',
  'quarantine.instant': 'trường {field}: thời điểm phải theo ISO 8601, ví dụ 2025-03-14T08:00:00.000Z',
  'quarantine.notInstant': 'thời điểm phải theo ISO 8601, ví dụ 2025-03-14T08:00:00.000Z',
  'quarantine.v0.date': 'ngày không đọc được: "{text}"',
  'quarantine.v0.unrealDate': 'ngày không có thật: "{text}"',
  'quarantine.v0.period': 'kỳ không đọc được: "{text}"',
  'quarantine.other': 'lỗi khi chuyển định dạng: {detail}',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'quarantine.newer': 'schema version {schema} is newer than this version of the extension knows ({known})',
  'quarantine.field': 'field {field}: invalid input',
  'quarantine.fieldType': 'field {field}: invalid input, expected {expected}',
  'quarantine.root': 'field (root): invalid input',
  'quarantine.formCode': 'field {field}: the form code is missing',
  'quarantine.periodFormat': 'field {field}: the period must read YYYY-MM-DD/YYYY-MM-DD',
  'quarantine.periodUnreal': 'field {field}: the period has a day that does not exist',
  'quarantine.instant': 'field {field}: the time must be ISO 8601, for example 2025-03-14T08:00:00.000Z',
  'quarantine.notInstant': 'the time must be ISO 8601, for example 2025-03-14T08:00:00.000Z',
  'quarantine.v0.date': 'unreadable date: "{text}"',
  'quarantine.v0.unrealDate': 'the day does not exist: "{text}"',
  'quarantine.v0.period': 'unreadable period: "{text}"',
  'quarantine.other': 'error while converting the format: {detail}',
};

export type QuarantineKey = keyof typeof vi;
export const quarantineMessages: Catalogue<typeof vi> = { vi, en };
