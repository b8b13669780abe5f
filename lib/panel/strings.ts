// The panel's own words, Vietnamese first. Findings carry their own message in both languages.

export type Lang = 'vi' | 'en';

const STRINGS = {
  title: { vi: 'Trợ lý Báo cáo', en: 'Report Assistant' },
  generic: { vi: 'Biểu chưa có mẫu — kiểm tra chung', en: 'Unknown form — generic checks' },
  readonly: { vi: 'Báo cáo ở trạng thái chỉ đọc: không điền', en: 'Report is read-only: filling disabled' },
  errors: { vi: 'lỗi', en: 'errors' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  infos: { vi: 'lưu ý', en: 'notes' },
  noFindings: { vi: 'Không phát hiện sai sót.', en: 'No problems found.' },
  save: { vi: 'Lưu nháp', en: 'Save draft' },
  fill: { vi: 'Điền từ nháp', en: 'Fill from draft' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  applyFix: { vi: 'Sửa thành', en: 'Change to' },
  collapse: { vi: 'Thu gọn', en: 'Collapse' },
  expand: { vi: 'Mở bảng kiểm tra', en: 'Open checks' },
  row: { vi: 'Dòng', en: 'Row' },
  column: { vi: 'Cột', en: 'Column' },
  period: { vi: 'Kỳ', en: 'Period' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  otherDrafts: {
    vi: 'Chưa có nháp cho kỳ này. Điền từ nháp khác:',
    en: 'No draft for this period. Fill from another:',
  },
  showOtherUnits: { vi: 'Xem nháp của đơn vị khác', en: 'Show other units’ drafts' },
  detail: { vi: 'Xem số của nháp khác', en: 'Show the other drafts’ figures' },
  hideDetail: { vi: 'Ẩn số của nháp khác', en: 'Hide the other drafts’ figures' },
  dockLeft: { vi: 'Chuyển sang trái', en: 'Dock left' },
  dockRight: { vi: 'Chuyển sang phải', en: 'Dock right' },
  language: { vi: 'English', en: 'Tiếng Việt' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}
