import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The options page's dispatch (công văn) section: pasting, what was read, applying; the parser's
// refusals (lib/periods/dispatch.ts), the store's answers (dispatch-store.ts) and why a deadline needs
// confirming (dispatch-flags.ts).

const vi = {
  'dispatch.title': 'Công văn kỳ báo cáo',
  'dispatch.intro':
    'Dán nội dung công văn đôn đốc báo cáo của kỳ này; thời hạn trong công văn sẽ thay cho thời hạn dự kiến.',
  'dispatch.textLabel': 'Nội dung công văn',
  'dispatch.read': 'Đọc công văn',
  'dispatch.nothingRead': 'Không đọc được đơn vị, biểu mẫu và thời hạn nào trong văn bản này.',
  'dispatch.flagged': { other: 'Có {count} thời hạn được đánh dấu: hãy đối chiếu lại với công văn.' },
  'dispatch.notSaved': 'Không lưu được công văn, hãy thử lại.',
  'dispatch.period': 'Kỳ báo cáo:',
  'dispatch.periodUnknown': 'không xác định',
  'dispatch.window': '(chốt số liệu từ {from} đến {to})',
  'dispatch.unit': 'Đơn vị',
  'dispatch.form': 'Biểu',
  'dispatch.due': 'Hạn gửi',
  'dispatch.assumed': '(theo chế độ báo cáo, công văn không ghi)',
  'dispatch.before': 'trước ngày {date}',
  'dispatch.confirm': '— cần xác nhận: {why}',
  'dispatch.appendices':
    'Công văn dẫn chiếu {appendices}: biểu mẫu theo chế độ báo cáo của từng cấp được áp dụng, hãy đối chiếu với phụ lục.',
  'dispatch.unparsed': 'Các câu về thời hạn chưa đọc được (hãy tự kiểm tra):',
  'dispatch.apply': 'Áp dụng thời hạn này',
  'dispatch.applied': 'Công văn đã áp dụng',
  'dispatch.appliedAssumed': '(theo chế độ báo cáo)',
  'dispatch.appliedFlagged': '(cần xác nhận)',
  'dispatch.remove': 'Bỏ áp dụng',
  'dispatch.removeHint': 'Thôi dùng công văn này; thời hạn dự kiến được dùng lại',

  'dispatch.refused.length':
    'Văn bản dán vào dài {length} ký tự, vượt giới hạn {max} ký tự nên chưa được đọc: hãy chỉ dán phần công văn nói về thời hạn chốt số liệu và thời hạn gửi báo cáo.',
  'dispatch.refused.entries':
    'Văn bản này đọc ra {entries} dòng (đơn vị, biểu mẫu, thời hạn), quá {max} dòng, nên không giống một công văn kỳ báo cáo: hãy chỉ dán phần công văn nói về thời hạn chốt số liệu và thời hạn gửi báo cáo.',
  'dispatch.store.noPeriod':
    'Không xác định được kỳ báo cáo: công văn cần ghi thời hạn chốt số liệu (từ ngày … đến ngày …) theo Nghị định 09/2019.',
  'dispatch.store.noItems': 'Công văn không có đơn vị, biểu mẫu và thời hạn nào đọc được: chưa áp dụng.',
  'dispatch.store.applied': 'Đã áp dụng thời hạn {period}.',

  'dispatch.flag.weekend': 'rơi vào {day}',
  'dispatch.flag.holiday': 'rơi vào ngày nghỉ ({holiday})',
  'dispatch.flag.dayOff': 'ngày nghỉ',
  'dispatch.flag.beforeCutoff': 'trước khi kết thúc thời gian chốt số liệu',
  'dispatch.flag.weekdayMismatch': 'thứ ghi trong công văn không khớp (ngày này là {day})',
  'dispatch.day.0': 'Chủ nhật',
  'dispatch.day.1': 'thứ Hai',
  'dispatch.day.2': 'thứ Ba',
  'dispatch.day.3': 'thứ Tư',
  'dispatch.day.4': 'thứ Năm',
  'dispatch.day.5': 'thứ Sáu',
  'dispatch.day.6': 'thứ Bảy',
  'dispatch.holiday.new-year': 'Tết Dương lịch',
  'dispatch.holiday.tet': 'Tết Nguyên đán',
  'dispatch.holiday.hung-kings': 'Giỗ Tổ Hùng Vương',
  'dispatch.holiday.victory-labour': 'Ngày Chiến thắng và Quốc tế Lao động',
  'dispatch.holiday.national-day': 'Quốc khánh',
  'dispatch.holiday.substitute': 'Nghỉ bù',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'dispatch.title': "This period's dispatch",
  'dispatch.intro':
    "Paste the text of this period's dispatch urging the reports; the deadlines it sets replace the estimated ones.",
  'dispatch.textLabel': 'Text of the dispatch',
  'dispatch.read': 'Read the dispatch',
  'dispatch.nothingRead': 'No unit, form and deadline could be read in this text.',
  'dispatch.flagged': {
    one: '{count} deadline is flagged: check it against the dispatch.',
    other: '{count} deadlines are flagged: check them against the dispatch.',
  },
  'dispatch.notSaved': 'Could not save the dispatch, please try again.',
  'dispatch.period': 'Period:',
  'dispatch.periodUnknown': 'not known',
  'dispatch.window': '(data from {from} to {to})',
  'dispatch.unit': 'Unit',
  'dispatch.form': 'Form',
  'dispatch.due': 'Due',
  'dispatch.assumed': "(the regime's form; the dispatch names none)",
  'dispatch.before': 'before {date}',
  'dispatch.confirm': '— to confirm: {why}',
  'dispatch.appendices':
    "The dispatch refers to {appendices}: each level's forms under the reporting regime apply; check them against the appendices.",
  'dispatch.unparsed': 'Sentences about deadlines that were not understood (check them yourself):',
  'dispatch.apply': 'Apply these deadlines',
  'dispatch.applied': 'Applied dispatches',
  'dispatch.appliedAssumed': "(the regime's forms)",
  'dispatch.appliedFlagged': '(to confirm)',
  'dispatch.remove': 'Stop applying',
  'dispatch.removeHint': 'Stop using this dispatch; the estimated dates apply again',

  'dispatch.refused.length':
    'The pasted text is {length} characters long, over the limit of {max}, so it was not read: paste only the part of the dispatch about the data cut-off and the reporting deadlines.',
  'dispatch.refused.entries':
    'This text reads as {entries} entries (unit, form, deadline), more than {max}, so it does not look like a reporting dispatch: paste only the part of the dispatch about the data cut-off and the reporting deadlines.',
  'dispatch.store.noPeriod':
    'The reporting period is not known: the dispatch must give the data cut-off (from … to …) under Decree 09/2019.',
  'dispatch.store.noItems':
    'The dispatch has no unit, form and deadline that could be read: nothing applied.',
  'dispatch.store.applied': 'Applied the deadlines of {period}.',

  'dispatch.flag.weekend': 'falls on a {day}',
  'dispatch.flag.holiday': 'falls on a day off ({holiday})',
  'dispatch.flag.dayOff': 'day off',
  'dispatch.flag.beforeCutoff': 'before the data cut-off ends',
  'dispatch.flag.weekdayMismatch':
    'the weekday written in the dispatch does not match (this date is a {day})',
  'dispatch.day.0': 'Sunday',
  'dispatch.day.1': 'Monday',
  'dispatch.day.2': 'Tuesday',
  'dispatch.day.3': 'Wednesday',
  'dispatch.day.4': 'Thursday',
  'dispatch.day.5': 'Friday',
  'dispatch.day.6': 'Saturday',
  'dispatch.holiday.new-year': 'New Year’s Day',
  'dispatch.holiday.tet': 'Lunar New Year (Tết)',
  'dispatch.holiday.hung-kings': 'Hùng Kings’ Commemoration Day',
  'dispatch.holiday.victory-labour': 'Reunification Day and Labour Day',
  'dispatch.holiday.national-day': 'National Day',
  'dispatch.holiday.substitute': 'a day off in lieu',
};

export type DispatchKey = keyof typeof vi;
export const dispatchMessages: Catalogue<typeof vi> = { vi, en };
