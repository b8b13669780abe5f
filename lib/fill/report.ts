import type { UndoReport } from './undo';
import type { FailReason } from './write';

// What a fill, fix or undo did, as the panel's tlbc-status says it: Vietnamese first, English beside.

export interface FillFailure {
  label: string;
  /** Form column number. */
  number: number;
  value: string;
  /** What the page shows instead. */
  shown: string;
  /** 'mismatch': the page holds another value (a number read back differently counts). */
  reason: FailReason | 'mismatch' | 'not-a-count';
}

export interface FillReport {
  kind: 'fill' | 'fix';
  /** Why nothing was written at all, when so. */
  refused: 'readonly' | null;
  filled: number;
  skippedReadonly: number;
  skippedComputed: number;
  skippedSame: number;
  failures: FillFailure[];
  /** Draft rows the page does not have. */
  missingOnPage: string[];
  /** Data rows of the page the draft does not have. */
  missingInDraft: string[];
  /** Form column numbers the draft has and the page does not. */
  missingColumns: number[];
  /** Draft columns whose number the page gives to a column of another meaning: not filled. */
  otherColumns: Array<{ number: number; page: string; draft: string }>;
}

export interface StatusText {
  vi: string;
  en: string;
}

const LIST_MAX = 5;

function list(items: string[]): string {
  const shown = items.slice(0, LIST_MAX).map((s) => `“${s}”`);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} (+${more})` : shown.join(', ');
}

/** “label” cột 3, “label” cột 4 … */
function places(cells: { label: string; number: number }[], column: string): string {
  const shown = cells.slice(0, LIST_MAX).map((c) => `“${c.label}” ${column} ${c.number}`);
  const more = cells.length - shown.length;
  return more > 0 ? `${shown.join(', ')} (+${more})` : shown.join(', ');
}

const REASON_VI: Record<FillFailure['reason'], string> = {
  mismatch: 'trang hiển thị giá trị khác',
  detached: 'ô không còn trên trang',
  'no-editor': 'không mở được ô để nhập',
  'not-writable': 'ô không nhận nhập liệu (có thể là bảng vẽ bằng canvas)',
  'no-bridge': 'chưa kết nối được với bảng của trang',
  bridge: 'bảng của trang từ chối giá trị',
  'not-a-count': 'giá trị quá lớn, không phải số hồ sơ',
};

const REASON_EN: Record<FillFailure['reason'], string> = {
  mismatch: 'the page shows a different value',
  detached: 'the cell is no longer on the page',
  'no-editor': 'the cell would not open for editing',
  'not-writable': 'the cell takes no input (maybe a canvas grid)',
  'no-bridge': 'no connection to the page’s grid',
  bridge: 'the page’s grid refused the value',
  'not-a-count': 'the value is too large to be a count',
};

function failureText(f: FillFailure, lang: 'vi' | 'en'): string {
  const where = lang === 'vi' ? `“${f.label}” cột ${f.number}` : `“${f.label}” column ${f.number}`;
  const why = lang === 'vi' ? REASON_VI[f.reason] : REASON_EN[f.reason];
  const shown = f.reason === 'mismatch' ? ` (${f.value} → ${f.shown || '∅'})` : '';
  return `${where}: ${why}${shown}`;
}

function failuresText(failures: FillFailure[], lang: 'vi' | 'en'): string {
  const shown = failures.slice(0, LIST_MAX).map((f) => failureText(f, lang));
  const more = failures.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (+${more})` : shown.join('; ');
}

export function describeFill(r: FillReport): StatusText {
  if (r.refused === 'readonly') {
    return {
      vi: 'Không điền: báo cáo đang ở trạng thái chỉ đọc (Chờ duyệt, Đã gửi hoặc Đã tiếp nhận).',
      en: 'Not filled: the report is read-only (awaiting approval, sent or received).',
    };
  }
  const source = r.kind === 'fill' ? ' từ bản nháp' : ' theo gợi ý sửa';
  const vi = [`Đã điền ${r.filled} ô${source}`];
  const en = [
    `Filled ${r.filled} cell${r.filled === 1 ? '' : 's'}${r.kind === 'fill' ? ' from the draft' : ' with the suggested fix'}`,
  ];
  if (r.skippedReadonly > 0) {
    vi.push(`bỏ qua ${r.skippedReadonly} ô chỉ đọc`);
    en.push(`skipped ${r.skippedReadonly} read-only`);
  }
  if (r.skippedComputed > 0) {
    vi.push(`bỏ qua ${r.skippedComputed} ô trang tự tính`);
    en.push(`skipped ${r.skippedComputed} computed by the page`);
  }
  if (r.skippedSame > 0) {
    vi.push(`${r.skippedSame} ô đã đúng giá trị`);
    en.push(`${r.skippedSame} already held the value`);
  }
  if (r.failures.length > 0) {
    vi.push(`không điền được ${r.failures.length} ô: ${failuresText(r.failures, 'vi')}`);
    en.push(`could not fill ${r.failures.length}: ${failuresText(r.failures, 'en')}`);
  }
  if (r.missingOnPage.length > 0) {
    vi.push(`${r.missingOnPage.length} dòng của bản nháp không có trên trang: ${list(r.missingOnPage)}`);
    en.push(`${r.missingOnPage.length} draft rows not on the page: ${list(r.missingOnPage)}`);
  }
  if (r.missingInDraft.length > 0) {
    vi.push(`${r.missingInDraft.length} dòng trên trang không có trong bản nháp: ${list(r.missingInDraft)}`);
    en.push(`${r.missingInDraft.length} page rows not in the draft: ${list(r.missingInDraft)}`);
  }
  if (r.missingColumns.length > 0) {
    vi.push(`trang không có cột ${r.missingColumns.join(', ')}`);
    en.push(`the page has no column ${r.missingColumns.join(', ')}`);
  }
  for (const c of (r.otherColumns ?? []).slice(0, LIST_MAX)) {
    vi.push(
      `không điền cột ${c.number}: cột ${c.number} trên trang là “${c.page}”, bản nháp là “${c.draft}”`,
    );
    en.push(`column ${c.number} not filled: on the page it is “${c.page}”, in the draft “${c.draft}”`);
  }
  return { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` };
}

export function describeUndo(r: UndoReport): StatusText {
  if (r.empty) return { vi: 'Không có gì để hoàn tác.', en: 'Nothing to undo.' };
  const vi = [`Đã hoàn tác: khôi phục ${r.restored} ô như trước khi ${r.kind === 'fix' ? 'sửa' : 'điền'}`];
  const en = [`Undone: restored ${r.restored} cell${r.restored === 1 ? '' : 's'} as before the ${r.kind}`];
  const edited = r.failures.filter((f) => f.reason === 'edited');
  const failed = r.failures.filter((f) => f.reason === 'failed');
  const where = (fs: typeof r.failures) => places(fs, 'cột');
  const whereEn = (fs: typeof r.failures) => places(fs, 'column');
  if (edited.length > 0) {
    vi.push(`giữ nguyên ${edited.length} ô bạn đã sửa sau đó: ${where(edited)}`);
    en.push(`kept ${edited.length} cells you edited since: ${whereEn(edited)}`);
  }
  if (failed.length > 0) {
    vi.push(`không khôi phục được ${failed.length} ô: ${where(failed)}`);
    en.push(`could not restore ${failed.length}: ${whereEn(failed)}`);
  }
  return { vi: `${vi.join('; ')}.`, en: `${en.join('; ')}.` };
}
