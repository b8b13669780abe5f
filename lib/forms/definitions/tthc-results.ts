import type { FormColumn, OutlineColumns, Relation } from '../schema';

// The 13 columns and relations shared by II.06a and II.06 (domain.md §3, confirmed structure):
// dossiers received (3 = 4 + 5 + 6), resolved (7 = 8 + 9 + 10) and still in progress (11 = 12 + 13).

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RECEIVED_ALIASES = ['Tiếp nhận', 'Số hồ sơ tiếp nhận', 'Số hồ sơ nhận', 'Nhận giải quyết'];
const RESOLVED = 'Số hồ sơ đã giải quyết';
const RESOLVED_ALIASES = ['Đã giải quyết', 'Số hồ sơ giải quyết', 'Kết quả giải quyết'];
const IN_PROGRESS = 'Số lượng hồ sơ đang giải quyết';
const IN_PROGRESS_ALIASES = ['Số hồ sơ đang giải quyết', 'Đang giải quyết'];
const TOTAL_ALIASES = ['Tổng cộng', 'Tổng'];

export const TTHC_RESULT_COLUMNS: FormColumn[] = [
  { number: 1, key: 'stt', header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'] },
  {
    number: 2,
    key: 'linhVuc',
    header: 'Lĩnh vực, công việc giải quyết theo cấp',
    aliases: ['Lĩnh vực, công việc giải quyết', 'Lĩnh vực giải quyết', 'Lĩnh vực', 'Tên lĩnh vực'],
  },
  {
    number: 3,
    key: 'nhanTongSo',
    header: 'Tổng số',
    group: RECEIVED,
    aliases: TOTAL_ALIASES,
    groupAliases: RECEIVED_ALIASES,
  },
  {
    number: 4,
    key: 'nhanTrucTuyen',
    header: 'Trực tuyến',
    group: RECEIVED,
    aliases: ['Số mới tiếp nhận trực tuyến', 'Tiếp nhận trực tuyến'],
    groupAliases: RECEIVED_ALIASES,
  },
  {
    number: 5,
    key: 'nhanTrucTiep',
    header: 'Trực tiếp, dịch vụ bưu chính',
    group: RECEIVED,
    aliases: [
      'Trực tiếp, dịch vụ bưu chính công ích',
      'Trực tiếp, bưu chính',
      'Trực tiếp, bưu chính công ích',
      'Số mới tiếp nhận trực tiếp, dịch vụ bưu chính',
    ],
    groupAliases: RECEIVED_ALIASES,
  },
  {
    number: 6,
    key: 'nhanTuKyTruoc',
    header: 'Từ kỳ trước',
    group: RECEIVED,
    aliases: [
      'Kỳ trước chuyển qua',
      'Kỳ trước chuyển sang',
      'Từ kỳ trước chuyển qua',
      'Từ kỳ trước chuyển sang',
    ],
    groupAliases: RECEIVED_ALIASES,
  },
  {
    number: 7,
    key: 'daGiaiQuyetTongSo',
    header: 'Tổng số',
    group: RESOLVED,
    aliases: TOTAL_ALIASES,
    groupAliases: RESOLVED_ALIASES,
  },
  {
    number: 8,
    key: 'daGiaiQuyetTruocHan',
    header: 'Trước hạn',
    group: RESOLVED,
    groupAliases: RESOLVED_ALIASES,
  },
  {
    number: 9,
    key: 'daGiaiQuyetDungHan',
    header: 'Đúng hạn',
    group: RESOLVED,
    groupAliases: RESOLVED_ALIASES,
  },
  {
    number: 10,
    key: 'daGiaiQuyetQuaHan',
    header: 'Quá hạn',
    group: RESOLVED,
    groupAliases: RESOLVED_ALIASES,
  },
  {
    number: 11,
    key: 'dangGiaiQuyetTongSo',
    header: 'Tổng số',
    group: IN_PROGRESS,
    aliases: TOTAL_ALIASES,
    groupAliases: IN_PROGRESS_ALIASES,
  },
  {
    number: 12,
    key: 'dangGiaiQuyetTrongHan',
    header: 'Trong hạn',
    group: IN_PROGRESS,
    aliases: ['Chưa đến hạn', 'Còn hạn'],
    groupAliases: IN_PROGRESS_ALIASES,
  },
  {
    number: 13,
    key: 'dangGiaiQuyetQuaHan',
    header: 'Quá hạn',
    group: IN_PROGRESS,
    groupAliases: IN_PROGRESS_ALIASES,
  },
];

export const TTHC_RESULT_LABEL_COLUMN = 2;
export const TTHC_RESULT_COUNT_COLUMNS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

/** R1–R4, R6, R7 of domain.md §3 with their severities. */
export const TTHC_RESULT_RELATIONS: Relation[] = [
  { id: 'R1', kind: 'sum', total: 3, parts: [4, 5, 6], severity: 'error' },
  { id: 'R2', kind: 'sum', total: 7, parts: [8, 9, 10], severity: 'error' },
  { id: 'R3', kind: 'sum', total: 11, parts: [12, 13], severity: 'error' },
  // Returned or withdrawn dossiers leave a gap (Lạng Sơn 7/2019: 2 099 ≠ 1 501 + 562): only a warning.
  { id: 'R4', kind: 'balance', total: 3, parts: [7, 11], severity: 'warning' },
  { id: 'R6', kind: 'total-row', severity: 'error' },
  // Drifts when fields are re-classified between periods: a warning, never an error.
  { id: 'R7', kind: 'carry-over', column: 6, previousColumn: 11, severity: 'warning' },
];

/** The total-row figures an II.01-ĐC outline quotes from II.06a / II.06. */
export const TTHC_RESULT_OUTLINE_COLUMNS: OutlineColumns = {
  received: 3,
  online: 4,
  resolved: 7,
  inProgress: 11,
};
