import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The options page's II.06 aggregation from II.06a drafts, and what lib/drafts/aggregate.ts leaves out
// of the sums. Row labels of the built form ("Cộng cấp xã", "Tổng số") are the form's own: not here.

const vi = {
  'aggregate.title': 'Tổng hợp biểu II.06 từ các biểu II.06a',
  'aggregate.loading': 'Đang tải…',
  'aggregate.empty': 'Chưa có bản nháp II.06a nào để tổng hợp.',
  'aggregate.period': 'Kỳ báo cáo',
  'aggregate.pick': 'Chọn',
  'aggregate.unit': 'Đơn vị',
  'aggregate.saved': 'Lưu lần cuối',
  'aggregate.level': 'Nhóm cấp',
  'aggregate.noUnit': '(chưa rõ đơn vị)',
  'aggregate.include': 'Tổng hợp {unit}',
  'aggregate.levelOf': 'Nhóm cấp của {unit}',
  'aggregate.level.tinh': 'Cấp tỉnh',
  'aggregate.level.huyen': 'Cấp huyện',
  'aggregate.level.xa': 'Cấp xã',
  'aggregate.tickAll': 'Chọn tất cả',
  'aggregate.untickAll': 'Bỏ chọn tất cả',
  'aggregate.aggregatingUnit': 'Đơn vị tổng hợp',
  'aggregate.unitExample': 'UBND huyện …',
  'aggregate.run': 'Tổng hợp',
  'aggregate.tickFirst': 'Hãy chọn ít nhất một bản nháp II.06a.',
  'aggregate.tickOne': 'Hãy chọn ít nhất một bản nháp II.06a để tổng hợp.',
  'aggregate.noneRead': 'Không đọc được bản nháp nào đã chọn; chưa có gì để lưu.',
  'aggregate.done': {
    other: 'Đã tổng hợp {count} bản nháp II.06a. Kiểm tra bảng dưới đây rồi bấm “Lưu thành bản nháp II.06”.',
  },
  'aggregate.needUnit': 'Hãy nhập tên đơn vị tổng hợp (đơn vị báo cáo biểu II.06).',
  'aggregate.savedDraft': {
    other: 'Đã lưu bản nháp {draft} ({count} dòng). Các bản nháp II.06a không bị thay đổi.',
  },
  'aggregate.replaces':
    'Đã có bản nháp II.06 của kỳ này và đơn vị này; khi lưu, bản cũ được giữ làm phiên bản cũ.',
  'aggregate.save': 'Lưu thành bản nháp II.06',
  'aggregate.draftName': { other: 'Tổng hợp từ {count} biểu II.06a' },
  'aggregate.preview': 'Xem trước biểu II.06 · {period}',
  'aggregate.fieldHeading': 'Lĩnh vực, công việc giải quyết theo cấp',
  'aggregate.kind.group': 'Nhóm',
  'aggregate.kind.subtotal': 'Cộng nhóm',
  'aggregate.kind.total': 'Tổng số',
  'aggregate.missing': 'Không đọc được bản nháp của {unit}; bản nháp này không được cộng.',
  'aggregate.problem.column':
    '{unit}: cột ({col}) của bản nháp là “{own}”, biểu {form} là “{header}”, nên cột này không được cộng.',
  'aggregate.problem.notNumber':
    '{unit}: “{label}” cột ({col}) ghi “{value}”, không phải số nên không được cộng.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'aggregate.title': 'Build II.06 from II.06a drafts',
  'aggregate.loading': 'Loading…',
  'aggregate.empty': 'No II.06a drafts to aggregate yet.',
  'aggregate.period': 'Period',
  'aggregate.pick': 'Include',
  'aggregate.unit': 'Unit',
  'aggregate.saved': 'Last saved',
  'aggregate.level': 'Level group',
  'aggregate.noUnit': '(unit not known)',
  'aggregate.include': 'Aggregate {unit}',
  'aggregate.levelOf': 'Level group of {unit}',
  'aggregate.level.tinh': 'Province',
  'aggregate.level.huyen': 'District',
  'aggregate.level.xa': 'Commune',
  'aggregate.tickAll': 'Tick all',
  'aggregate.untickAll': 'Untick all',
  'aggregate.aggregatingUnit': 'Aggregating unit',
  'aggregate.unitExample': 'UBND huyện …',
  'aggregate.run': 'Aggregate',
  'aggregate.tickFirst': 'Tick at least one II.06a draft.',
  'aggregate.tickOne': 'Tick at least one II.06a draft to aggregate.',
  'aggregate.noneRead': 'None of the chosen drafts could be read; nothing to save.',
  'aggregate.done': {
    one: 'Aggregated {count} II.06a draft. Check the table below, then press “Save as an II.06 draft”.',
    other: 'Aggregated {count} II.06a drafts. Check the table below, then press “Save as an II.06 draft”.',
  },
  'aggregate.needUnit': 'Enter the aggregating unit (the unit reporting II.06).',
  'aggregate.savedDraft': {
    one: 'Saved the draft {draft} ({count} row). The II.06a drafts are unchanged.',
    other: 'Saved the draft {draft} ({count} rows). The II.06a drafts are unchanged.',
  },
  'aggregate.replaces':
    'An II.06 draft for this period and unit exists; when saving, the old one is kept as an earlier version.',
  'aggregate.save': 'Save as an II.06 draft',
  'aggregate.draftName': { one: 'Built from {count} II.06a form', other: 'Built from {count} II.06a forms' },
  'aggregate.preview': 'Preview of II.06 · {period}',
  'aggregate.fieldHeading': 'Field, work handled by level',
  'aggregate.kind.group': 'Group',
  'aggregate.kind.subtotal': 'Group subtotal',
  'aggregate.kind.total': 'Total',
  'aggregate.missing': 'Could not read the draft of {unit}; it is not added.',
  'aggregate.problem.column':
    "{unit}: the draft's column ({col}) is “{own}”, form {form}'s is “{header}”, so it is not added.",
  'aggregate.problem.notNumber':
    '{unit}: “{label}” column ({col}) holds “{value}”, not a number, so it is not added.',
};

export type AggregateKey = keyof typeof vi;
export const aggregateMessages: Catalogue<typeof vi> = { vi, en };
