import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLang } from '@/lib/i18n/language';
import { parseDispatch } from '@/lib/periods/dispatch';
import { applyDispatch } from '@/lib/periods/dispatch-store';
import type { DueReport } from '@/lib/periods/due';
import {
  handleAlarm,
  REFRESH_ALARM,
  refreshDeadlines,
  reminderText,
  startReminders,
} from '@/lib/periods/reminders';
import { saveProfile } from '@/lib/profile';

const at = (iso: string) => new Date(iso);
const reminderAlarms = async () =>
  (await browser.alarms.getAll())
    .filter((a) => a.name.startsWith('tlbc:remind'))
    .map((a) => [a.name, new Date(a.scheduledTime).toISOString()])
    .sort();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('badge and reminders', () => {
  it('counts the commune reports due within three days on the badge and schedules 08:00 reminders', async () => {
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    await refreshDeadlines(at('2025-03-14T02:00:00Z'));
    expect(await browser.action.getBadgeText({})).toBe('3');
    // 14/3 08:00 (three days before) has passed; one day before and the day itself remain.
    expect(await reminderAlarms()).toEqual([
      ['tlbc:remind|0|2025-Q1|2025-03-17', '2025-03-17T01:00:00.000Z'],
      ['tlbc:remind|1|2025-Q1|2025-03-17', '2025-03-16T01:00:00.000Z'],
    ]);
  });

  it('shows no count when nothing is close, and removes reminders when they are turned off', async () => {
    await saveProfile({ level: 'so', unit: '', remindersOn: true });
    await refreshDeadlines(at('2025-03-01T00:00:00Z'));
    expect(await browser.action.getBadgeText({})).toBe('');
    expect(await reminderAlarms()).toHaveLength(3);
    await saveProfile({ level: 'so', unit: '', remindersOn: false });
    await refreshDeadlines(at('2025-03-01T00:00:00Z'));
    expect(await reminderAlarms()).toEqual([]);
  });

  it('moves reminders to the dates of an applied dispatch', async () => {
    await saveProfile({ level: 'xa', unit: '', remindersOn: true });
    await refreshDeadlines(at('2025-09-01T00:00:00Z'));
    expect((await reminderAlarms()).map(([n]) => n)).toContain('tlbc:remind|0|2025-Q3|2025-09-15');
    await applyDispatch(
      parseDispatch(
        'Chốt số liệu từ ngày 15/6/2025 đến ngày 14/9/2025. UBND cấp xã gửi biểu II.06a chậm nhất ngày 18/9/2025.',
      ),
    );
    await refreshDeadlines(at('2025-09-01T00:00:00Z'));
    expect((await reminderAlarms()).map(([n]) => n)).toEqual([
      'tlbc:remind|0|2025-Q3|2025-09-18',
      'tlbc:remind|1|2025-Q3|2025-09-18',
      'tlbc:remind|3|2025-Q3|2025-09-18',
    ]);
  });

  it('notifies in Vietnamese when a reminder alarm fires', async () => {
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    await handleAlarm('tlbc:remind|1|2025-Q1|2025-03-17', at('2025-03-16T01:00:00Z'));
    const shown = await browser.notifications.getAll();
    expect(Object.values(shown)).toEqual([
      expect.objectContaining({
        title: 'Quý I/2025: còn 1 ngày',
        message: 'Hạn gửi 17/03/2025 (UBND xã Hòa Bình): II.05a, II.06a, II.01-ĐC.',
      }),
    ]);
  });

  it('notifies in the language set, and titles the button with what the badge counts', async () => {
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    await refreshDeadlines(at('2025-03-14T02:00:00Z'));
    expect(await browser.action.getTitle({})).toBe(
      'Trợ lý Báo cáo: 3 báo cáo đến hạn trong 3 ngày hoặc quá hạn',
    );
    await setLang('en');
    await refreshDeadlines(at('2025-03-14T02:00:00Z'));
    expect(await browser.action.getTitle({})).toBe(
      'Report Assistant: 3 reports due within 3 days or overdue',
    );
    await handleAlarm('tlbc:remind|1|2025-Q1|2025-03-17', at('2025-03-16T01:00:00Z'));
    expect(Object.values(await browser.notifications.getAll())).toEqual([
      expect.objectContaining({
        title: 'Q1 2025: 1 day left',
        message: 'Due 17/03/2025 (UBND xã Hòa Bình): II.05a, II.06a, II.01-ĐC.',
      }),
    ]);
  });

  it('says when the deadline is today, or how late it is', () => {
    const report = { period: '2025-Q1', due: '2025-03-17', form: 'II.06a/VPCP/KSTT' } as DueReport;
    expect(reminderText([{ ...report, daysLeft: 0 }], '', 'vi')).toEqual({
      title: 'Quý I/2025: hôm nay là hạn cuối',
      message: 'Hạn gửi 17/03/2025: II.06a.',
    });
    expect(reminderText([{ ...report, daysLeft: -2 }], '', 'en').title).toBe('Q1 2025: 2 days overdue');
    expect(reminderText([{ ...report, daysLeft: 3 }], '', 'vi').title).toBe('Quý I/2025: còn 3 ngày');
  });

  it('stays quiet when reminders are off', async () => {
    await saveProfile({ level: 'xa', unit: '', remindersOn: false });
    await handleAlarm('tlbc:remind|1|2025-Q1|2025-03-17', at('2025-03-16T01:00:00Z'));
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('rebuilds from storage when the service worker starts, and opens the options page on install', async () => {
    const openOptions = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2025-03-10T03:00:00Z'));
    await saveProfile({ level: 'xa', unit: '', remindersOn: true });
    startReminders();
    await vi.waitFor(async () => expect(await browser.alarms.get(REFRESH_ALARM)).toBeDefined());
    await vi.waitFor(async () => expect((await reminderAlarms()).length).toBeGreaterThan(0));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(openOptions).toHaveBeenCalledTimes(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    expect(openOptions).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
