import type { Lang } from '../i18n/lang';
import { type DispatchKey, dispatchMessages } from '../i18n/messages/dispatch';
import { translator } from '../i18n/translator';
import type { Period } from '../page-info';
import { weekday, yearOf } from './dates';
import { holidaysOf, isWorkingDay } from './holidays';

// What a deadline read from a dispatch may get wrong, for the user to confirm against the text: it is
// kept as written, never moved. A weekend or a public holiday, a day before the data cut-off ends,
// or a weekday written beside the date that is not that date's.

export type DueFlag = 'weekend' | 'holiday' | 'before-cutoff' | 'weekday-mismatch';

/** "thứ Sáu, ngày", "thứ 6 ngày", "chủ nhật, ngày" at the end of a folded tail. */
export const WEEKDAY_BEFORE =
  /(?:thu\s*(hai|ba|tu|nam|sau|bay|[2-7])|(chu nhat|cn))\s*,?\s*(?:\(?\s*ngay\s*)?$/;
const WORDS = ['hai', 'ba', 'tu', 'nam', 'sau', 'bay'];

/** The weekday (0 = Sunday) written just before a date, if any. */
export function writtenWeekday(tail: string): number | undefined {
  const m = WEEKDAY_BEFORE.exec(tail);
  if (!m) return undefined;
  if (m[2]) return 0;
  const n = /\d/.test(m[1]) ? Number(m[1]) : WORDS.indexOf(m[1]) + 2;
  return n - 1;
}

export function dueFlags(due: string, window: Period, written?: number): DueFlag[] {
  const flags: DueFlag[] = [];
  const day = weekday(due);
  if (!isWorkingDay(due)) {
    flags.push(day === 0 || day === 6 ? 'weekend' : 'holiday');
  }
  if (due < window.to) flags.push('before-cutoff');
  if (written !== undefined && written !== day) flags.push('weekday-mismatch');
  return flags;
}

/** Why a flagged deadline needs confirming, in the page's language. */
export function flagText(flag: DueFlag, due: string, lang: Lang): string {
  const t = translator(dispatchMessages, lang);
  const day = t(`dispatch.day.${weekday(due)}` as DispatchKey);
  switch (flag) {
    case 'weekend':
      return t('dispatch.flag.weekend', { day });
    case 'holiday': {
      const holiday = holidaysOf(yearOf(due)).get(due);
      return t('dispatch.flag.holiday', {
        holiday: holiday ? t(`dispatch.holiday.${holiday}`) : t('dispatch.flag.dayOff'),
      });
    }
    case 'before-cutoff':
      return t('dispatch.flag.beforeCutoff');
    case 'weekday-mismatch':
      return t('dispatch.flag.weekdayMismatch', { day });
  }
}
