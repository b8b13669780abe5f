import { z } from 'zod/mini';
import type { Lang } from '../i18n/lang';
import { periodsMessages } from '../i18n/messages/periods';
import { translator } from '../i18n/translator';
import { lazy } from '../lazy';
import type { Period } from '../page-info';
import { looseKey } from '../text';
import { isoDate } from './dates';

// Data cut-off windows of Nghị định 09/2019/NĐ-CP Art. 12 (plus the provinces' 9 months), each with a
// stable id: 2025-M07, 2025-Q1, 2025-H1, 2025-H2, 2025-9M, 2025-Y.

/** Built on first use (lib/lazy.ts): the content script imports this module. */
export const PeriodId = lazy(() => z.string().check(z.regex(/^\d{4}-(M(0[1-9]|1[0-2])|Q[1-4]|H[12]|9M|Y)$/)));
export type PeriodId = z.infer<ReturnType<typeof PeriodId>>;

export type PeriodKind = 'M' | 'Q' | 'H' | '9M' | 'Y';
export type { Lang };

const ROMAN = ['I', 'II', 'III', 'IV'];

interface Parts {
  year: number;
  kind: PeriodKind;
  /** Month 1–12, quarter 1–4, half 1–2; 0 for 9M and Y. */
  index: number;
}

function parts(id: string): Parts | null {
  if (!PeriodId().safeParse(id).success) return null;
  const year = Number(id.slice(0, 4));
  const tail = id.slice(5);
  if (tail === '9M' || tail === 'Y') return { year, kind: tail, index: 0 };
  const kind = tail[0] as PeriodKind;
  return { year, kind, index: Number(tail.slice(1)) };
}

function idOf({ year, kind, index }: Parts): PeriodId {
  if (kind === '9M' || kind === 'Y') return `${year}-${kind}`;
  return `${year}-${kind}${kind === 'M' ? String(index).padStart(2, '0') : index}`;
}

/** Cut-off day 15 of the month before `month` (which may fall in the previous year) … 14 of `month`. */
function span(year: number, fromMonth: number, toMonth: number): Period {
  const fromYear = fromMonth < 1 ? year - 1 : year;
  const from = isoDate(fromYear, fromMonth < 1 ? fromMonth + 12 : fromMonth, 15)!;
  return { from, to: isoDate(year, toMonth, 14)! };
}

/** The cut-off window of a period id, both ends inclusive; null for an unknown id. */
export function windowOf(id: string): Period | null {
  const p = parts(id);
  if (!p) return null;
  switch (p.kind) {
    case 'M':
      return span(p.year, p.index - 1, p.index);
    case 'Q':
      return span(p.year, 3 * p.index - 3, 3 * p.index);
    case 'H':
      return p.index === 1 ? span(p.year, 0, 6) : span(p.year, 6, 12);
    case '9M':
      return span(p.year, 0, 9);
    case 'Y':
      return span(p.year, 0, 12);
  }
}

export function kindOf(id: string): PeriodKind | null {
  return parts(id)?.kind ?? null;
}

/** "Quý I/2025", "6 tháng đầu năm 2025", "Tháng 7/2025", "9 tháng năm 2025", "Năm 2025" (or English). */
export function periodLabel(id: string, lang: Lang = 'vi'): string {
  if (!parts(id)) return id;
  // A valid id's tail (M07, Q1, H2, 9M, Y) names its label.
  const key = `periods.${id.slice(5)}` as keyof typeof periodsMessages.vi;
  return translator(periodsMessages, lang)(key, { year: id.slice(0, 4) });
}

const ALL_OF_YEAR = (year: number): PeriodId[] => [
  ...Array.from({ length: 12 }, (_, i) => idOf({ year, kind: 'M', index: i + 1 })),
  ...[1, 2, 3, 4].map((index) => idOf({ year, kind: 'Q', index })),
  `${year}-H1`,
  `${year}-H2`,
  `${year}-9M`,
  `${year}-Y`,
];

/** The period whose cut-off window is exactly this one, or null (a window of no standard period). */
export function periodOfWindow(window: Period): PeriodId | null {
  const year = Number(window.to.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  for (const id of ALL_OF_YEAR(year)) {
    const w = windowOf(id)!;
    if (w.from === window.from && w.to === window.to) return id;
  }
  return null;
}

function romanOrDigit(text: string): number | null {
  const n = /^\d$/.test(text) ? Number(text) : ROMAN.indexOf(text.toUpperCase()) + 1;
  return n >= 1 && n <= 4 ? n : null;
}

/**
 * The period a "Kỳ báo cáo" text names: "Quý I năm 2025", "quý 1/2025", "6 tháng đầu năm 2025",
 * "Tháng 07/2025", "9 tháng năm 2025", "Năm 2025". Null when it names none or several kinds.
 */
export function periodFromLabel(text: string): PeriodId | null {
  const key = ` ${looseKey(text)} `;
  let m = /\bquy (i{1,3}|iv|[1-4]) (?:nam )?(\d{4})\b/.exec(key) ?? /\bq([1-4]) (\d{4})\b/.exec(key);
  if (m) {
    const q = romanOrDigit(m[1]);
    return q ? idOf({ year: Number(m[2]), kind: 'Q', index: q }) : null;
  }
  m = /\b(?:6 thang|sau thang|nua) (dau|cuoi)? ?nam (\d{4})\b/.exec(key);
  if (m) return `${m[2]}-H${m[1] === 'cuoi' ? 2 : 1}`;
  m = /\b(?:9|chin) thang (?:dau )?nam (\d{4})\b/.exec(key);
  if (m) return `${m[1]}-9M`;
  m = /\bthang (\d{1,2}) (?:nam )?(\d{4})\b/.exec(key);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? idOf({ year: Number(m[2]), kind: 'M', index: month }) : null;
  }
  m = /(?:^| )(?:bao cao |ky )?nam (\d{4})\b/.exec(key);
  return m ? `${m[1]}-Y` : null;
}

/** What a page's "Kỳ báo cáo" and "Từ ngày … đến ngày …" say together: the dates win when standard. */
export function periodOf(label: string, window: Period | null): PeriodId | null {
  return (window && periodOfWindow(window)) ?? periodFromLabel(label);
}

/** The period of a kind whose window holds a date. */
export function periodContaining(kind: PeriodKind, date: string): PeriodId {
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const id of ALL_OF_YEAR(y)) {
      if (kindOf(id) !== kind) continue;
      const w = windowOf(id)!;
      if (w.from <= date && date <= w.to) return id;
    }
  }
  // Only 9 months leaves a gap (15/9–14/12): such a date belongs to the next 9-month window.
  return `${year + 1}-9M`;
}

/** The next period of the same kind ("2025-Q4" → "2026-Q1"). */
export function nextPeriod(id: string): PeriodId | null {
  const p = parts(id);
  if (!p) return null;
  const count = { M: 12, Q: 4, H: 2, '9M': 0, Y: 0 }[p.kind];
  if (p.index < count) return idOf({ ...p, index: p.index + 1 });
  return idOf({ ...p, year: p.year + 1, index: count ? 1 : 0 });
}

export function previousPeriod(id: string): PeriodId | null {
  const p = parts(id);
  if (!p) return null;
  const count = { M: 12, Q: 4, H: 2, '9M': 0, Y: 0 }[p.kind];
  if (p.index > 1) return idOf({ ...p, index: p.index - 1 });
  return idOf({ ...p, year: p.year - 1, index: count });
}
