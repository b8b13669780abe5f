import { formatDateVi, parseDate } from '../dates';
import type { Period } from '../page-info';
import { periodFromLabel, periodLabel, windowOf } from '../periods/windows';
import type { RuleContext } from './context';
import type { WholeFamily } from './family';
import type { Finding } from './finding';

// period and date: the "Từ ngày … đến ngày …" the page shows against the window in force — the
// schedule the caller passes (a dispatch the user applied overrides the default), else the official
// cut-off of Nghị định 09/2019 Art. 12 for the period the "Kỳ báo cáo" label names. Dates that do not
// exist, or an end before the start, are errors. All form-level (no row, no column).

const span = (p: Period) => `${formatDateVi(p.from)} – ${formatDateVi(p.to)}`;

/** Dates that do not exist, or a period that ends before it starts. */
function dateRule(ctx: RuleContext, out: Finding[]): void {
  const page = ctx.page;
  if (!page) return;
  for (const raw of page.badDates) {
    const parsed = parseDate(raw);
    const [why, whyEn] = parsed.ok ? ['không đọc được', 'cannot be read'] : [parsed.reason, parsed.reasonEn];
    out.push({
      rule: 'date',
      severity: 'error',
      message: `Ngày «${raw}» không hợp lệ: ${why}. Ghi ngày theo dạng ngày/tháng/năm, ví dụ 14/3/2025.`,
      messageEn: `The date «${raw}» is not valid: ${whyEn}. Write dates as day/month/year, e.g. 14/3/2025.`,
    });
  }
  const shown = page.period;
  if (shown && shown.to < shown.from) {
    out.push({
      rule: 'date',
      severity: 'error',
      message: `Kỳ báo cáo kết thúc (${formatDateVi(shown.to)}) trước ngày bắt đầu (${formatDateVi(shown.from)}).`,
      messageEn: `The reporting period ends (${formatDateVi(shown.to)}) before it starts (${formatDateVi(shown.from)}).`,
    });
  }
}

/** The period the page shows against the window in force (silent when the dates are wrong). */
function periodRule(ctx: RuleContext, out: Finding[]): void {
  const shown = ctx.page?.period;
  if (!shown || shown.to < shown.from) return;
  const page = ctx.page!;
  const id = periodFromLabel(page.periodLabel);
  const named = id ? periodLabel(id) : page.periodLabel;
  const namedEn = id ? periodLabel(id, 'en') : page.periodLabel;
  if (ctx.expectedPeriod) {
    const expected = ctx.expectedPeriod;
    if (expected.from === shown.from && expected.to === shown.to) return;
    const [source, sourceEn] =
      expected.source === 'dispatch'
        ? ['công văn đang áp dụng', 'the dispatch in force']
        : ['lịch báo cáo', 'the schedule'];
    out.push({
      rule: 'period',
      severity: 'warning',
      message: `Thời gian lấy số liệu ghi ${span(shown)}, nhưng theo ${source}${id ? ` cho ${named}` : ''} là ${span(expected)}.`,
      messageEn: `The data period says ${span(shown)}, but ${sourceEn}${id ? ` for ${namedEn}` : ''} sets ${span(expected)}.`,
    });
    return;
  }
  const official = ctx.officialWindow ?? (id ? windowOf(id) : null);
  if (!official || (official.from === shown.from && official.to === shown.to)) return;
  out.push({
    rule: 'period',
    severity: 'warning',
    message: `Thời gian lấy số liệu ghi ${span(shown)}, nhưng ${named} theo Nghị định 09/2019/NĐ-CP là ${span(official)}.`,
    messageEn: `The data period says ${span(shown)}, but ${namedEn} under Decree 09/2019 runs ${span(official)}.`,
  });
}

export const date: WholeFamily = {
  id: 'date',
  scope: 'form',
  needs: ['page'],
  run: ({ ctx }, out) => dateRule(ctx, out),
};

export const period: WholeFamily = {
  id: 'period',
  scope: 'form',
  needs: ['page', 'expectedPeriod', 'officialWindow'],
  run: ({ ctx }, out) => periodRule(ctx, out),
};
