import { browser } from 'wxt/browser';
import { shortForm } from '../forms/code';
import type { Lang } from '../i18n/lang';
import { currentLang } from '../i18n/language';
import { backgroundMessages } from '../i18n/messages/background';
import { translator } from '../i18n/translator';
import { loadProfile, openOptionsOnInstall, PROFILE_KEY } from '../profile';
import { SETTINGS_KEY } from '../settings';
import { REPORT_SITE } from '../sites';
import { calendarDate, instantAt, viDate } from './dates';
import { DISPATCHES_KEY, loadApplied } from './dispatch-store';
import { type DueReport, dueReports, urgentCount } from './due';
import { periodLabel } from './windows';

// The background side of deadlines: the toolbar badge (reports due within three days or overdue) and
// reminders at 08:00 Vietnam time three days before, one day before and on the day. Everything is
// recomputed from storage on every service-worker start, hourly and whenever the profile or an applied
// dispatch changes; alarms persist across restarts, so nothing depends on in-memory state. The button's
// title and the reminders speak the extension's language setting, read when they are made.

export const REFRESH_ALARM = 'tlbc:refresh';
const REMINDER_PREFIX = 'tlbc:remind|';
export const REMIND_DAYS_BEFORE = [3, 1, 0];
const REMIND_HOUR = 8;

export interface Reminder {
  /** "tlbc:remind|<days before>|<period>|<due>": one alarm per deadline and moment, not per form. */
  name: string;
  when: number;
}

/** The reminders a list of due reports calls for that are still ahead of `now` (epoch ms). */
export function plannedReminders(reports: DueReport[], now: number): Reminder[] {
  const planned = new Map<string, Reminder>();
  for (const report of reports) {
    for (const days of REMIND_DAYS_BEFORE) {
      const when = instantAt(report.due, REMIND_HOUR) - days * 86_400_000;
      const name = `${REMINDER_PREFIX}${days}|${report.period}|${report.due}`;
      if (when > now) planned.set(name, { name, when });
    }
  }
  return [...planned.values()];
}

async function syncAlarms(planned: Reminder[]): Promise<void> {
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(REMINDER_PREFIX));
  const wanted = new Set(planned.map((r) => r.name));
  for (const alarm of existing) if (!wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  for (const r of planned) {
    if (!existing.some((a) => a.name === r.name)) await browser.alarms.create(r.name, { when: r.when });
  }
}

async function currentReports(
  now: Date,
): Promise<{ reports: DueReport[]; remindersOn: boolean; unit: string }> {
  const [profile, applied] = await Promise.all([loadProfile(), loadApplied()]);
  return {
    reports: dueReports(profile, applied, calendarDate(now)),
    remindersOn: profile.remindersOn,
    unit: profile.unit,
  };
}

/** Recomputes the badge and the reminder alarms from storage; returns the reports due now. */
export async function refreshDeadlines(now = new Date()): Promise<DueReport[]> {
  const { reports, remindersOn } = await currentReports(now);
  const count = urgentCount(reports);
  const t = translator(backgroundMessages, await currentLang());
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  await browser.action.setTitle({ title: count ? t('background.badge', { count }) : t('background.title') });
  await browser.action.setBadgeBackgroundColor({
    color: reports.some((r) => r.status === 'overdue') ? '#c5221f' : '#e37400',
  });
  await syncAlarms(remindersOn ? plannedReminders(reports, now.getTime()) : []);
  return reports;
}

/** A reminder's title ("Quý I/2025: còn 1 ngày") and message (the deadline, the unit, the forms). */
export function reminderText(
  forms: DueReport[],
  unit: string,
  lang: Lang,
): { title: string; message: string } {
  const t = translator(backgroundMessages, lang);
  const { period, due, daysLeft } = forms[0];
  const days = { period: periodLabel(period, lang), count: Math.abs(daysLeft) };
  const params = { date: viDate(due), unit, forms: forms.map((r) => shortForm(r.form)).join(', ') };
  return {
    title:
      daysLeft === 0
        ? t('background.remind.today', days)
        : t(daysLeft < 0 ? 'background.remind.overdue' : 'background.remind.left', days),
    message: t(unit ? 'background.remind.unitForms' : 'background.remind.forms', params),
  };
}

/** Shows the notification a reminder alarm stands for, if the deadline still holds and reminders are on. */
export async function handleAlarm(name: string, now = new Date()): Promise<void> {
  if (name.startsWith(REMINDER_PREFIX)) {
    const [, , period, due] = name.split('|');
    const { reports, remindersOn, unit } = await currentReports(now);
    const forms = reports.filter((r) => r.period === period && r.due === due);
    if (remindersOn && forms.length) {
      await browser.notifications.create(name, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        ...reminderText(forms, unit, await currentLang()),
      });
    }
  }
  if (name.startsWith(REMINDER_PREFIX) || name === REFRESH_ALARM) await refreshDeadlines(now);
}

function report(error: unknown): void {
  console.warn('Trợ lý Báo cáo: không cập nhật được nhắc hạn', error);
}

/** Starts deadline reminders (alarms, notifications) and the toolbar badge in the background. */
export function startReminders(): void {
  openOptionsOnInstall();
  browser.alarms.onAlarm.addListener((alarm) => {
    handleAlarm(alarm.name).catch(report);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // The settings hold the language the button's title speaks.
    if (area === 'local' && (PROFILE_KEY in changes || DISPATCHES_KEY in changes || SETTINGS_KEY in changes))
      refreshDeadlines().catch(report);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMINDER_PREFIX)) return;
    browser.notifications.clear(id).catch(report);
    browser.tabs.create({ url: REPORT_SITE }).catch(report);
  });
  (async () => {
    if (!(await browser.alarms.get(REFRESH_ALARM)))
      await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
    await refreshDeadlines();
  })().catch(report);
}
