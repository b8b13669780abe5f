import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The findings' sentences (lib/rules): what is wrong and what would be right. Figures come in as
// parameters already in Vietnamese notation (the site's); the content script bundles only `rulesVi`.

export const rulesVi = {
  'rules.sum': 'Cột ({col}) ghi {actual} nhưng {parts} = {expected}{blanks}: phải là {expected}.',
  'rules.sum.empty': 'Cột ({col}) đang trống nhưng {parts} = {expected}{blanks}: phải là {expected}.',
  'rules.sum.blanks': ' (ô trống tính là 0)',
  'rules.balance.short': {
    other: 'Cột ({col}) ghi {actual} nhưng {sums}: chênh {gap} hồ sơ — kiểm tra hồ sơ trả lại, xin rút.',
  },
  'rules.balance.over': {
    other:
      'Cột ({col}) ghi {actual} nhưng {sums}: thừa {gap} hồ sơ — kiểm tra số đã giải quyết, đang giải quyết và số từ kỳ trước.',
  },
  'rules.totalRow': 'Cột ({col}) ghi {actual} nhưng {what} là {expected}: phải là {expected}.',
  'rules.districtRows': {
    other:
      'Nhóm «{label}» có số liệu ở {count} dòng, nhưng từ {since} không còn cấp huyện: kỳ này{period} chỉ báo cáo cấp tỉnh và cấp xã — chuyển các lĩnh vực này sang nhóm của cơ quan nay giải quyết.',
  },
  'rules.totalRow.empty': 'Cột ({col}) đang trống nhưng {what} là {expected}: phải là {expected}.',
  'rules.totalRow.rows': 'tổng các dòng',
  'rules.totalRow.group': 'tổng các dòng trong nhóm',
  'rules.number.ambiguous':
    '"{raw}" không rõ là {thousands} hay {raw}: dấu chấm ngăn hàng nghìn, dấu phẩy là phần thập phân — ghi {thousands} nếu là số nguyên.',
  'rules.number.tooLarge':
    '"{raw}" quá lớn, không phải số hồ sơ (nhiều hơn {digits} chữ số): kiểm tra lại ô này; không tính tổng với giá trị này.',
  'rules.number.unreadable': '"{raw}" không đọc được là số: {hint}.',
  'rules.number.hintCount': 'nhập số nguyên không âm, ví dụ 1.234',
  'rules.number.hintNotation': 'kiểm tra lại cách ghi số, ví dụ 1.234 hoặc 12,5',
  'rules.number.negative': 'Số hồ sơ không thể âm ({value}): nhập số nguyên không âm.',
  'rules.number.fraction': 'Số hồ sơ phải là số nguyên, không có phần thập phân ({value}).',
  'rules.date.invalid':
    'Ngày «{raw}» không hợp lệ: {why}. Ghi ngày theo dạng ngày/tháng/năm, ví dụ 14/3/2025.',
  'rules.date.year': 'năm {year} không hợp lệ',
  'rules.date.month': 'không có tháng {month}',
  'rules.date.day': 'tháng {month}/{year} không có ngày {day} (chỉ có {last} ngày)',
  'rules.date.notOne': '"{text}" không phải là ngày (dd/mm/yyyy)',
  'rules.date.unreadable': 'không đọc được',
  'rules.date.reversed': 'Kỳ báo cáo kết thúc ({to}) trước ngày bắt đầu ({from}).',
  'rules.period.schedule': 'Thời gian lấy số liệu ghi {shown}, nhưng theo {source} là {expected}.',
  'rules.period.scheduleFor':
    'Thời gian lấy số liệu ghi {shown}, nhưng theo {source} cho {period} là {expected}.',
  'rules.period.dispatch': 'công văn đang áp dụng',
  'rules.period.default': 'lịch báo cáo',
  'rules.period.official':
    'Thời gian lấy số liệu ghi {shown}, nhưng {period} theo Nghị định 09/2019/NĐ-CP là {expected}.',
  'rules.fieldName.usual':
    '{label} là tên đã công bố, nhưng danh mục ghi nhận tên thường dùng là {preferred}: kiểm tra theo quyết định công bố áp dụng cho đơn vị.',
  'rules.fieldName.variant':
    '{label} là cách ghi địa phương, không phải tên lĩnh vực đã công bố: ghi {names}.',
  'rules.fieldName.near': '{label} không có trong danh mục lĩnh vực đã công bố; tên gần nhất: {near}.',
  'rules.fieldName.unknown':
    '{label} không có trong danh mục lĩnh vực đã công bố: tra cứu tên lĩnh vực trên Cổng Dịch vụ công quốc gia.',
  'rules.fieldName.own': '«{name}» (danh mục của tôi)',
  'rules.or': '{first} hoặc {rest}',
  'rules.list': '{first}, {rest}',
  'rules.fieldDuplicate':
    'Lĩnh vực «{label}» đã có ở {where} («{other}») trong cùng nhóm: gộp số liệu vào một dòng.',
  'rules.fieldDuplicate.stt': 'dòng STT {stt}',
  'rules.fieldDuplicate.row': 'dòng {row}',
  'rules.fieldLevel.commune':
    'Lĩnh vực «{label}» ít gặp ở cấp xã: kiểm tra lại lĩnh vực thuộc thẩm quyền của xã theo quyết định công bố của Chủ tịch UBND tỉnh.',
  'rules.fieldLevel.department':
    'Lĩnh vực «{label}» thường do cấp xã giải quyết, ít gặp ở sở, ban, ngành: kiểm tra lại.',
  'rules.carryOver':
    'Từ kỳ trước ({col}) ghi {actual}, khác số hồ sơ đang giải quyết ({prev}) của kỳ trước: kiểm tra lại, trừ khi lĩnh vực đã được phân loại lại.',
  'rules.carryOver.quoted':
    'Bản nháp kỳ trước còn {expected} hồ sơ đang giải quyết ({prev}): cột ({col}) phải là {expected}.',
  'rules.aggregate':
    'Cột ({col}) ghi {actual}, khác tổng cột này của các báo cáo II.06a đơn vị cấp dưới đang có.',
  'rules.aggregate.quoted':
    'Cộng {units} báo cáo II.06a của đơn vị cấp dưới đang có là {expected}: phải là {expected}.',
  'rules.aggregate.missing':
    'Đơn vị cấp dưới có báo cáo một lĩnh vực mà biểu tổng hợp chưa có dòng: thêm lĩnh vực vào biểu.',
  'rules.aggregate.missingQuoted': 'Lĩnh vực đơn vị cấp dưới đã báo cáo: «{label}».',
  'rules.satisfaction.count': 'Số lượt "{bucket}" phải là số nguyên không âm (đang ghi {value}).',
  'rules.satisfaction.total':
    'Tổng số lượt đánh giá ghi {total} nhưng ba mức cộng lại là {sum} ({veryGood} + {good} + {notGood}): phải là {sum}.',
  'rules.satisfaction.share':
    'Tỷ lệ "{bucket}" ghi {stated}% nhưng {part}/{sum} là {computed}%: phải là {computed}%.',
  'rules.satisfaction.veryGood': 'Rất hài lòng',
  'rules.satisfaction.good': 'Hài lòng (hoặc bình thường)',
  'rules.satisfaction.notGood': 'Chưa hài lòng (hoặc không hài lòng/rất tệ)',
  'rules.outline':
    'Đề cương ghi {written} {what} nhưng dòng tổng biểu II.06 cột ({col}) là {expected}: sửa cho khớp.',
  'rules.outline.received': 'hồ sơ tiếp nhận',
  'rules.outline.online': 'hồ sơ tiếp nhận trực tuyến',
  'rules.outline.resolved': 'hồ sơ đã giải quyết',
  'rules.outline.inProgress': 'hồ sơ đang giải quyết',
  'rules.match.differs': 'Cấu trúc biểu khác mẫu {code}: {problems}. Biểu được kiểm tra theo cấu trúc chung.',
  'rules.match.renamed': 'cột {column} trên trang là "{shown}"',
  'rules.match.missing': 'thiếu cột {column}',
  'rules.match.emptyHeader': '(trống)',
  'rules.match.emptyColumn': '({number}) (trống)',
  'rules.match.extra': 'thừa cột {column}',
  'rules.match.numbered': 'cột {column} được đánh số ({number})',
  'rules.match.list': '{first}; {rest}',
  'rules.match.more': { other: 'và {count} khác biệt khác' },
  'rules.structure': 'Cấu trúc biểu khác mẫu: {reason}. Chỉ áp dụng các kiểm tra chung.',
} as const satisfies MessageTable;

const en: SameKeys<typeof rulesVi> = {
  'rules.sum': 'Column ({col}) says {actual} but {parts} = {expected}{blanks}: it should be {expected}.',
  'rules.sum.empty': 'Column ({col}) is empty but {parts} = {expected}{blanks}: it should be {expected}.',
  'rules.sum.blanks': ' (empty cells count as 0)',
  'rules.balance.short': {
    one: 'Column ({col}) says {actual} but {sums}: {gap} dossier unaccounted for — check returned or withdrawn dossiers.',
    other:
      'Column ({col}) says {actual} but {sums}: {gap} dossiers unaccounted for — check returned or withdrawn dossiers.',
  },
  'rules.balance.over': {
    one: 'Column ({col}) says {actual} but {sums}: {gap} dossier too many — check resolved, in-progress and carried-over counts.',
    other:
      'Column ({col}) says {actual} but {sums}: {gap} dossiers too many — check resolved, in-progress and carried-over counts.',
  },
  'rules.totalRow': 'Column ({col}) says {actual} but {what} is {expected}: it should be {expected}.',
  'rules.districtRows': {
    one: 'The «{label}» group holds figures in {count} row, but there is no district level from {since}: this period{period} reports the province and communes only — move these fields to the group of the body that handles them now.',
    other:
      'The «{label}» group holds figures in {count} rows, but there is no district level from {since}: this period{period} reports the province and communes only — move these fields to the group of the body that handles them now.',
  },
  'rules.totalRow.empty': 'Column ({col}) is empty but {what} is {expected}: it should be {expected}.',
  'rules.totalRow.rows': 'the sum of the rows',
  'rules.totalRow.group': "the sum of the group's rows",
  'rules.number.ambiguous':
    '"{raw}" could be {thousands} or {raw}: in Vietnamese notation a dot groups thousands and a comma marks decimals — write {thousands} for a whole number.',
  'rules.number.tooLarge':
    '"{raw}" is too large to be a count (more than {digits} digits): check this cell; no sum is computed with it.',
  'rules.number.unreadable': '"{raw}" is not a readable number: {hint}.',
  'rules.number.hintCount': 'enter a whole number ≥ 0, e.g. 1.234',
  'rules.number.hintNotation': 'check the notation, e.g. 1.234 or 12,5',
  'rules.number.negative': 'A count cannot be negative ({value}): enter a whole number ≥ 0.',
  'rules.number.fraction': 'A count must be a whole number without decimals ({value}).',
  'rules.date.invalid':
    'The date «{raw}» is not valid: {why}. Write dates as day/month/year, e.g. 14/3/2025.',
  'rules.date.year': 'year {year} is not valid',
  'rules.date.month': 'there is no month {month}',
  'rules.date.day': '{month}/{year} has no day {day} (only {last} days)',
  'rules.date.notOne': '"{text}" is not a date (dd/mm/yyyy)',
  'rules.date.unreadable': 'cannot be read',
  'rules.date.reversed': 'The reporting period ends ({to}) before it starts ({from}).',
  'rules.period.schedule': 'The data period says {shown}, but {source} sets {expected}.',
  'rules.period.scheduleFor': 'The data period says {shown}, but {source} for {period} sets {expected}.',
  'rules.period.dispatch': 'the dispatch in force',
  'rules.period.default': 'the schedule',
  'rules.period.official': 'The data period says {shown}, but {period} under Decree 09/2019 runs {expected}.',
  'rules.fieldName.usual':
    '{label} is a published name, but the catalogue records {preferred} as the usual one: check the publication that applies to your unit.',
  'rules.fieldName.variant': '{label} is a local spelling, not a published field name: write {names}.',
  'rules.fieldName.near': '{label} is not in the catalogue of published field names; closest: {near}.',
  'rules.fieldName.unknown':
    '{label} is not in the catalogue of published field names: look the field up on the National Public Service Portal.',
  'rules.fieldName.own': '«{name}» (my list)',
  'rules.or': '{first} or {rest}',
  'rules.list': '{first}, {rest}',
  'rules.fieldDuplicate':
    'Field «{label}» already appears at {where} («{other}») in the same group: merge the figures into one row.',
  'rules.fieldDuplicate.stt': 'row No. {stt}',
  'rules.fieldDuplicate.row': 'row {row}',
  'rules.fieldLevel.commune':
    'Field «{label}» is unusual at commune level: check the fields the province assigned to communes.',
  'rules.fieldLevel.department':
    'Field «{label}» is usually handled by communes, not by provincial departments: please check.',
  'rules.carryOver':
    'Carried over ({col}) says {actual}, which differs from the dossiers still in progress ({prev}) last period: check it, unless the field was re-classified.',
  'rules.carryOver.quoted':
    "The previous period's draft left {expected} dossiers in progress ({prev}): column ({col}) should be {expected}.",
  'rules.aggregate':
    "Column ({col}) says {actual}, which differs from the sum of this column in the lower units' II.06a reports at hand.",
  'rules.aggregate.quoted':
    "The {units} lower units' II.06a reports at hand add up to {expected}: it should be {expected}.",
  'rules.aggregate.missing': 'Lower units reported a field the aggregate has no row for: add the field.',
  'rules.aggregate.missingQuoted': 'The field lower units reported: «{label}».',
  'rules.satisfaction.count': 'The "{bucket}" count must be a whole number ≥ 0 (it says {value}).',
  'rules.satisfaction.total':
    'The total ratings say {total} but the three levels add up to {sum} ({veryGood} + {good} + {notGood}): it should be {sum}.',
  'rules.satisfaction.share':
    'The "{bucket}" share says {stated}% but {part}/{sum} is {computed}%: it should be {computed}%.',
  'rules.satisfaction.veryGood': 'Very satisfied',
  'rules.satisfaction.good': 'Satisfied (or neutral)',
  'rules.satisfaction.notGood': 'Not satisfied',
  'rules.outline':
    'The outline says {written} {what} but the II.06 total row, column ({col}), says {expected}: make them agree.',
  'rules.outline.received': 'dossiers received',
  'rules.outline.online': 'dossiers received online',
  'rules.outline.resolved': 'dossiers resolved',
  'rules.outline.inProgress': 'dossiers in progress',
  'rules.match.differs':
    "The table's structure differs from form {code}: {problems}. The table is checked generically.",
  'rules.match.renamed': 'column {column} reads "{shown}" on the page',
  'rules.match.missing': 'column {column} is missing',
  'rules.match.emptyHeader': '(empty)',
  'rules.match.emptyColumn': '({number}) (empty)',
  'rules.match.extra': 'extra column {column}',
  'rules.match.numbered': 'column {column} is numbered ({number})',
  'rules.match.list': '{first}; {rest}',
  'rules.match.more': { one: 'and {count} more difference', other: 'and {count} more differences' },
  'rules.structure': "The table's structure differs from the form: {reason}. Only the generic checks apply.",
};

export const rulesMessages: Catalogue<typeof rulesVi> = { vi: rulesVi, en };
export type RulesKey = keyof typeof rulesVi;
