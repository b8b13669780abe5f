import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// What the background shows: the toolbar button's title over the badge, and deadline reminders.

const vi = {
  'background.title': 'Trợ lý Báo cáo',
  'background.badge': { other: 'Trợ lý Báo cáo: {count} báo cáo đến hạn trong 3 ngày hoặc quá hạn' },
  'background.remind.today': '{period}: hôm nay là hạn cuối',
  'background.remind.left': { other: '{period}: còn {count} ngày' },
  'background.remind.overdue': { other: '{period}: quá hạn {count} ngày' },
  'background.remind.forms': 'Hạn gửi {date}: {forms}.',
  'background.remind.unitForms': 'Hạn gửi {date} ({unit}): {forms}.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'background.title': 'Report Assistant',
  'background.badge': {
    one: 'Report Assistant: {count} report due within 3 days or overdue',
    other: 'Report Assistant: {count} reports due within 3 days or overdue',
  },
  'background.remind.today': '{period}: the deadline is today',
  'background.remind.left': { one: '{period}: {count} day left', other: '{period}: {count} days left' },
  'background.remind.overdue': {
    one: '{period}: {count} day overdue',
    other: '{period}: {count} days overdue',
  },
  'background.remind.forms': 'Due {date}: {forms}.',
  'background.remind.unitForms': 'Due {date} ({unit}): {forms}.',
};

export const backgroundMessages: Catalogue<typeof vi> = { vi, en };
