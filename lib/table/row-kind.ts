import { labelKey } from '../text';

// Row kinds from the label alone (domain.md §3): totals ("Tổng số", "Tổng cộng", "Tổng"), subtotals
// ("Cộng …", "Cộng cấp xã", "Tổng cấp huyện") and the level group headings of II.06 and its renderings.

/** Leading outline marks: "I.", "II)", "A.", "đ)", "1." — not part of what a heading says. */
const OUTLINE_MARK = /^(?:[ivxlc]+|[a-zđ]|\d{1,2})[.)]\s*/;

/** A labelKey without its leading outline mark ("i. cấp tỉnh" → "cấp tỉnh"). */
export function withoutOutlineMark(key: string): string {
  return key.replace(OUTLINE_MARK, '');
}
const ROMAN = /^[IVXLC]+\.?$/;
const END = '(?=$|[\\s:(,.;\\-])';

const TOTAL = new RegExp(`^tổng(?: cộng| số)?${END}`);
const NOT_TOTAL = /^tổng (?:hợp|kết|quát|thể)/;
const SUBTOTAL = new RegExp(`^cộng${END}`);
const GROUP = new RegExp(
  `^(?:các |ubnd |ủy ban nhân dân |uỷ ban nhân dân )?(?:cấp (?:tỉnh|huyện|xã)|sở ban ngành|huyện thị xã thành phố|xã phường thị trấn|khối (?:tỉnh|huyện|xã))${END}`,
);

/** labelKey with punctuation turned into single spaces: "Sở, ban, ngành" → "sở ban ngành". */
function headingKey(label: string): string {
  return labelKey(label)
    .replace(/[,;:/\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type LabelKind = 'total' | 'subtotal' | 'group' | null;

/** What the label alone says the row is; null when it says nothing (data, or decided by structure). */
export function kindFromLabel(label: string): LabelKind {
  const key = headingKey(label);
  if (key === '') return null;
  if (TOTAL.test(key) && !NOT_TOTAL.test(key)) {
    const rest = key.replace(TOTAL, '').trim();
    return GROUP.test(rest) ? 'subtotal' : 'total';
  }
  if (SUBTOTAL.test(key)) return 'subtotal';
  const bare = withoutOutlineMark(key);
  if (GROUP.test(bare) && bare.length <= 60) return 'group';
  return null;
}

/** "I", "II.", "IV": how group headings are numbered in the STT column. */
export function isRomanMark(stt: string): boolean {
  return ROMAN.test(stt.trim());
}

/** A label that starts with a Roman outline mark ("II. Cấp huyện"). */
export function startsWithRomanMark(label: string): boolean {
  return /^[IVXLC]+[.)]\s/.test(label.trim());
}
