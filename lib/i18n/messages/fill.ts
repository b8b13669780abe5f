import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// What a fill, fix or undo did (lib/fill/report.ts), as the panel's status line says it. The fill kit
// (a packaged file the content script loads on first use) carries both languages.

export const fillVi = {
  'fill.readonly': 'Không điền: báo cáo đang ở trạng thái chỉ đọc (Chờ duyệt, Đã gửi hoặc Đã tiếp nhận).',
  'fill.filled': { other: 'Đã điền {count} ô từ bản nháp' },
  'fill.fixed': { other: 'Đã điền {count} ô theo gợi ý sửa' },
  'fill.skippedReadonly': { other: 'bỏ qua {count} ô chỉ đọc' },
  'fill.skippedComputed': { other: 'bỏ qua {count} ô trang tự tính' },
  'fill.skippedSame': { other: '{count} ô đã đúng giá trị' },
  'fill.failures': { other: 'không điền được {count} ô: {list}' },
  'fill.missingOnPage': { other: '{count} dòng của bản nháp không có trên trang: {list}' },
  'fill.missingInDraft': { other: '{count} dòng trên trang không có trong bản nháp: {list}' },
  'fill.missingColumns': 'trang không có cột {columns}',
  'fill.otherColumn': 'không điền cột {number}: cột {number} trên trang là “{page}”, bản nháp là “{draft}”',
  'fill.cell': '“{label}” cột {number}',
  'fill.failure': '{where}: {why}{shown}',
  'fill.reason.mismatch': 'trang hiển thị giá trị khác',
  'fill.reason.detached': 'ô không còn trên trang',
  'fill.reason.no-editor': 'không mở được ô để nhập',
  'fill.reason.not-writable': 'ô không nhận nhập liệu (có thể là bảng vẽ bằng canvas)',
  'fill.reason.no-bridge': 'chưa kết nối được với bảng của trang',
  'fill.reason.bridge': 'bảng của trang từ chối giá trị',
  'fill.reason.not-a-count': 'giá trị quá lớn, không phải số hồ sơ',
  'fill.nothingToUndo': 'Không có gì để hoàn tác.',
  'fill.undoneFill': { other: 'Đã hoàn tác: khôi phục {count} ô như trước khi điền' },
  'fill.undoneFix': { other: 'Đã hoàn tác: khôi phục {count} ô như trước khi sửa' },
  'fill.keptEdited': { other: 'giữ nguyên {count} ô bạn đã sửa sau đó: {list}' },
  'fill.notRestored': { other: 'không khôi phục được {count} ô: {list}' },
} as const satisfies MessageTable;

const en: SameKeys<typeof fillVi> = {
  'fill.readonly': 'Not filled: the report is read-only (awaiting approval, sent or received).',
  'fill.filled': { one: 'Filled {count} cell from the draft', other: 'Filled {count} cells from the draft' },
  'fill.fixed': {
    one: 'Filled {count} cell with the suggested fix',
    other: 'Filled {count} cells with the suggested fix',
  },
  'fill.skippedReadonly': { one: 'skipped {count} read-only', other: 'skipped {count} read-only' },
  'fill.skippedComputed': {
    one: 'skipped {count} computed by the page',
    other: 'skipped {count} computed by the page',
  },
  'fill.skippedSame': { one: '{count} already held the value', other: '{count} already held the value' },
  'fill.failures': { one: 'could not fill {count}: {list}', other: 'could not fill {count}: {list}' },
  'fill.missingOnPage': {
    one: '{count} draft row not on the page: {list}',
    other: '{count} draft rows not on the page: {list}',
  },
  'fill.missingInDraft': {
    one: '{count} page row not in the draft: {list}',
    other: '{count} page rows not in the draft: {list}',
  },
  'fill.missingColumns': 'the page has no column {columns}',
  'fill.otherColumn': 'column {number} not filled: on the page it is “{page}”, in the draft “{draft}”',
  'fill.cell': '“{label}” column {number}',
  'fill.failure': '{where}: {why}{shown}',
  'fill.reason.mismatch': 'the page shows a different value',
  'fill.reason.detached': 'the cell is no longer on the page',
  'fill.reason.no-editor': 'the cell would not open for editing',
  'fill.reason.not-writable': 'the cell takes no input (maybe a canvas grid)',
  'fill.reason.no-bridge': 'no connection to the page’s grid',
  'fill.reason.bridge': 'the page’s grid refused the value',
  'fill.reason.not-a-count': 'the value is too large to be a count',
  'fill.nothingToUndo': 'Nothing to undo.',
  'fill.undoneFill': {
    one: 'Undone: restored {count} cell as before the fill',
    other: 'Undone: restored {count} cells as before the fill',
  },
  'fill.undoneFix': {
    one: 'Undone: restored {count} cell as before the fix',
    other: 'Undone: restored {count} cells as before the fix',
  },
  'fill.keptEdited': {
    one: 'kept {count} cell you edited since: {list}',
    other: 'kept {count} cells you edited since: {list}',
  },
  'fill.notRestored': {
    one: 'could not restore {count}: {list}',
    other: 'could not restore {count}: {list}',
  },
};

export const fillMessages: Catalogue<typeof fillVi> = { vi: fillVi, en };
