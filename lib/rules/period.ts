import { formatDateVi, parseDate } from '../dates';
import type { Period } from '../page-info';
import { periodFromLabel, periodLabel, windowOf } from '../periods/windows';
import type { RuleContext } from './context';
import type { WholeFamily } from './family';
import type { Finding } from './finding';
import { clause, said } from './said';

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
    const why = parsed.ok ? clause('rules.date.unreadable') : parsed.reason;
    out.push({ rule: 'date', severity: 'error', ...said('rules.date.invalid', { raw, why }) });
  }
  const shown = page.period;
  if (shown && shown.to < shown.from) {
    out.push({
      rule: 'date',
      severity: 'error',
      ...said('rules.date.reversed', { to: formatDateVi(shown.to), from: formatDateVi(shown.from) }),
    });
  }
}

/** The period the page shows against the window in force (silent when the dates are wrong). */
function periodRule(ctx: RuleContext, out: Finding[]): void {
  const shown = ctx.page?.period;
  if (!shown || shown.to < shown.from) return;
  const page = ctx.page!;
  const id = periodFromLabel(page.periodLabel);
  const named = id ? { vi: periodLabel(id), en: periodLabel(id, 'en') } : page.periodLabel;
  if (ctx.expectedPeriod) {
    const expected = ctx.expectedPeriod;
    if (expected.from === shown.from && expected.to === shown.to) return;
    const source = clause(expected.source === 'dispatch' ? 'rules.period.dispatch' : 'rules.period.default');
    const params = { shown: span(shown), source, expected: span(expected) };
    out.push({
      rule: 'period',
      severity: 'warning',
      ...(id
        ? said('rules.period.scheduleFor', { ...params, period: named })
        : said('rules.period.schedule', params)),
    });
    return;
  }
  const official = ctx.officialWindow ?? (id ? windowOf(id) : null);
  if (!official || (official.from === shown.from && official.to === shown.to)) return;
  out.push({
    rule: 'period',
    severity: 'warning',
    ...said('rules.period.official', { shown: span(shown), period: named, expected: span(official) }),
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
