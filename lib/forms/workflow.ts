import { lazy } from '../lazy';
import type { WorkflowState } from '../page-info';

// The report's workflow state as the page shows it (domain.md §1). A state word in a filter list or a
// menu ("Chờ duyệt (3)") counts reports, it is not this report's state; "Trạng thái: …" is preferred.

const WORDS: [Exclude<WorkflowState, 'unknown'>, string[]][] = [
  ['yeu-cau-chinh-sua', ['Yêu cầu chỉnh sửa', 'Yêu cầu sửa', 'Bị trả lại', 'Trả lại']],
  ['da-tiep-nhan', ['Đã tiếp nhận']],
  ['cho-duyet', ['Đang chờ duyệt', 'Chờ phê duyệt', 'Chờ duyệt']],
  ['da-gui', ['Đã gửi báo cáo', 'Đã gửi']],
  ['luu-nhap', ['Đã lưu nháp', 'Lưu nháp', 'Bản nháp', 'Nháp', 'Chưa gửi']],
];

/** States in which the report must not be filled. */
export const READONLY_STATES: ReadonlySet<WorkflowState> = new Set(['cho-duyet', 'da-gui', 'da-tiep-nhan']);

// The word table and its two patterns are built on first read (lib/lazy.ts), not when the content
// script loads: a frame with no report never reads a state.
const stateWords = lazy(() => {
  const byWord = new Map<string, Exclude<WorkflowState, 'unknown'>>();
  for (const [state, words] of WORDS)
    for (const word of words) byWord.set(word.toLocaleLowerCase('vi'), state);
  const alternatives = [...byWord.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
  return {
    byWord,
    /** A state word standing alone: no letter around it, no count after it. */
    STATE_WORD: new RegExp(
      `(?<![\\p{L}\\p{M}])(${alternatives})(?![\\p{L}\\p{M}])(?!\\s*[(\\[]?\\s*\\d)`,
      'giu',
    ),
    LABELLED: new RegExp(
      `trạng\\s+thái(?:\\s+(?:báo\\s+cáo|biểu|hồ\\s+sơ))?\\s*[:：-]?\\s*[("'“\\[]?\\s*(${alternatives})(?![\\p{L}\\p{M}])`,
      'giu',
    ),
  };
});

function stateOf(word: string): Exclude<WorkflowState, 'unknown'> {
  return stateWords().byWord.get(word.toLocaleLowerCase('vi').replace(/\s+/g, ' '))!;
}

function startsUpperCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLocaleLowerCase('vi');
}

/**
 * The workflow state a text shows. "Trạng thái: Chờ duyệt" wins; otherwise the last state word that
 * stands as a badge would (capitalised, no count after it), the last being nearest to the table.
 */
export function readWorkflow(text: string): WorkflowState {
  const nfc = text.normalize('NFC');
  const { LABELLED, STATE_WORD } = stateWords();
  const labelled = [...nfc.matchAll(LABELLED)];
  if (labelled.length > 0) return stateOf(labelled[labelled.length - 1][1]);
  const badges = [...nfc.matchAll(STATE_WORD)].filter((m) => startsUpperCase(m[1]));
  return badges.length > 0 ? stateOf(badges[badges.length - 1][1]) : 'unknown';
}
