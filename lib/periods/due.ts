import type { Lang } from '../i18n/lang';
import { periodsMessages } from '../i18n/messages/periods';
import { translator } from '../i18n/translator';
import type { Period } from '../page-info';
import { labelKey } from '../text';
import { addDays, daysBetween } from './dates';
import type { UnitLevel } from './levels';
import { type AppliedDispatches, itemsFor, scheduleFor } from './schedule';
import { kindOf, nextPeriod, type PeriodId, periodContaining, previousPeriod, windowOf } from './windows';

// Which reports are "due now" for a unit and how urgent each is.
//
// A period's reports are listed from two weeks before its cut-off (when clerks start entering data)
// until the next period's reports are listed, or 45 days after their deadline, whichever comes first;
// an overdue report therefore stays on the list for a while, because nothing tells the extension it
// was sent. Quarterly KSTT periods always count; other periods count when the user applied a dispatch.

export type DeadlineStatus = 'overdue' | 'due-today' | 'due-soon' | 'upcoming';
export type DraftState = 'none' | 'saved' | 'findings';

export const LIST_BEFORE_CUTOFF_DAYS = 14;
export const LIST_AFTER_DUE_DAYS = 45;
export const SOON_DAYS = 3;

export interface DraftInfo {
  form: string;
  /** "YYYY-MM-DD/YYYY-MM-DD". */
  period: string;
  unit: string;
  findings?: { errors: number; warnings: number };
}

export interface DueReport {
  form: string;
  period: PeriodId;
  window: Period;
  due: string;
  /** Days from today to the deadline; negative when overdue. */
  daysLeft: number;
  status: DeadlineStatus;
  /** The date follows earlier dispatches; this period's dispatch has not been applied. */
  estimated: boolean;
  before?: boolean;
  draft: DraftState;
  findings?: { errors: number; warnings: number };
}

export function statusOf(daysLeft: number): DeadlineStatus {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due-today';
  return daysLeft <= SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** "Còn 1 ngày", "Hôm nay", "Quá hạn 2 ngày" (or English). */
export function daysText(daysLeft: number, lang: Lang = 'vi'): string {
  const t = translator(periodsMessages, lang);
  if (daysLeft === 0) return t('periods.days.today');
  return t(daysLeft < 0 ? 'periods.days.overdue' : 'periods.days.left', { count: Math.abs(daysLeft) });
}

function listedOn(period: PeriodId, due: string, today: string): boolean {
  const window = windowOf(period)!;
  const next = windowOf(nextPeriod(period)!)!;
  const start = addDays(window.to, -LIST_BEFORE_CUTOFF_DAYS);
  const nextStart = addDays(next.to, -LIST_BEFORE_CUTOFF_DAYS);
  return start <= today && today < nextStart && today <= addDays(due, LIST_AFTER_DUE_DAYS);
}

const formKey = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** Same unit: equal as labels, or one name contains the other ("xã A" in "UBND xã A"). */
function sameUnit(a: string, b: string): boolean {
  const x = labelKey(a);
  const y = labelKey(b);
  return !x || !y || x === y || x.includes(y) || y.includes(x);
}

function draftOf(drafts: DraftInfo[], form: string, window: Period, unit: string) {
  const key = `${window.from}/${window.to}`;
  const mine = drafts.filter(
    (d) => formKey(d.form) === formKey(form) && d.period === key && sameUnit(d.unit, unit),
  );
  if (!mine.length) return { draft: 'none' as const };
  const withFindings = mine.find((d) => d.findings && d.findings.errors + d.findings.warnings > 0);
  return withFindings
    ? { draft: 'findings' as const, findings: withFindings.findings }
    : { draft: 'saved' as const };
}

/** The reports a unit has due on a date (ISO, the user's calendar), most urgent first. */
export function dueReports(
  profile: { level: UnitLevel | null; unit: string },
  applied: AppliedDispatches,
  today: string,
  drafts: DraftInfo[] = [],
): DueReport[] {
  const { level } = profile;
  if (!level) return [];
  const quarter = periodContaining('Q', today);
  const candidates = new Set<PeriodId>([previousPeriod(quarter)!, quarter, ...Object.keys(applied)]);
  const reports: DueReport[] = [];
  for (const period of candidates) {
    if (!kindOf(period)) continue;
    const schedule = scheduleFor(period, applied);
    if (!schedule) continue;
    for (const item of itemsFor(schedule, level)) {
      if (!listedOn(period, item.due, today)) continue;
      const daysLeft = daysBetween(today, item.due);
      const window = { from: item.from, to: item.to };
      for (const form of item.forms) {
        reports.push({
          form,
          period,
          window,
          due: item.due,
          daysLeft,
          status: statusOf(daysLeft),
          estimated: schedule.estimated,
          ...(item.before && { before: true }),
          ...draftOf(drafts, form, window, profile.unit),
        });
      }
    }
  }
  return reports.sort((a, b) => a.due.localeCompare(b.due));
}

/** What the toolbar badge counts: reports due within three days or overdue. */
export function urgentCount(reports: DueReport[]): number {
  return reports.filter((r) => r.status !== 'upcoming').length;
}

/** The next period's deadline for a level, to tell a user with nothing due when to expect work. */
export function nextDeadline(
  level: UnitLevel,
  applied: AppliedDispatches,
  today: string,
): { period: PeriodId; due: string; estimated: boolean } | null {
  let period = periodContaining('Q', today);
  for (let i = 0; i < 4; i++, period = nextPeriod(period)!) {
    const schedule = scheduleFor(period, applied);
    const item = schedule && itemsFor(schedule, level).find((it) => it.due >= today);
    if (schedule && item) return { period, due: item.due, estimated: schedule.estimated };
  }
  return null;
}
