import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// Deadlines and periods as the popup, the background and the panel name them.

const vi = {
  'periods.days.today': 'Hôm nay',
  'periods.days.left': { other: 'Còn {count} ngày' },
  'periods.days.overdue': { other: 'Quá hạn {count} ngày' },
  'periods.M01': 'Tháng 1/{year}',
  'periods.M02': 'Tháng 2/{year}',
  'periods.M03': 'Tháng 3/{year}',
  'periods.M04': 'Tháng 4/{year}',
  'periods.M05': 'Tháng 5/{year}',
  'periods.M06': 'Tháng 6/{year}',
  'periods.M07': 'Tháng 7/{year}',
  'periods.M08': 'Tháng 8/{year}',
  'periods.M09': 'Tháng 9/{year}',
  'periods.M10': 'Tháng 10/{year}',
  'periods.M11': 'Tháng 11/{year}',
  'periods.M12': 'Tháng 12/{year}',
  'periods.Q1': 'Quý I/{year}',
  'periods.Q2': 'Quý II/{year}',
  'periods.Q3': 'Quý III/{year}',
  'periods.Q4': 'Quý IV/{year}',
  'periods.H1': '6 tháng đầu năm {year}',
  'periods.H2': '6 tháng cuối năm {year}',
  'periods.9M': '9 tháng năm {year}',
  'periods.Y': 'Năm {year}',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'periods.days.today': 'Today',
  'periods.days.left': { one: '{count} day left', other: '{count} days left' },
  'periods.days.overdue': { one: '{count} day overdue', other: '{count} days overdue' },
  'periods.M01': 'January {year}',
  'periods.M02': 'February {year}',
  'periods.M03': 'March {year}',
  'periods.M04': 'April {year}',
  'periods.M05': 'May {year}',
  'periods.M06': 'June {year}',
  'periods.M07': 'July {year}',
  'periods.M08': 'August {year}',
  'periods.M09': 'September {year}',
  'periods.M10': 'October {year}',
  'periods.M11': 'November {year}',
  'periods.M12': 'December {year}',
  'periods.Q1': 'Q1 {year}',
  'periods.Q2': 'Q2 {year}',
  'periods.Q3': 'Q3 {year}',
  'periods.Q4': 'Q4 {year}',
  'periods.H1': 'First half of {year}',
  'periods.H2': 'Second half of {year}',
  'periods.9M': 'First nine months of {year}',
  'periods.Y': 'Year {year}',
};

export const periodsMessages: Catalogue<typeof vi> = { vi, en };
