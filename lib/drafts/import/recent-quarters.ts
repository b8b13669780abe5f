import { periodKey } from '../../page-info';
import { calendarDate } from '../../periods/dates';
import { nextPeriod, periodContaining, periodLabel, previousPeriod, windowOf } from '../../periods/windows';

export interface QuarterChoice {
  /** "2025-Q1". */
  id: string;
  /** The draft's period key, "2024-12-15/2025-03-14". */
  key: string;
  label: string;
  labelEn: string;
}

/**
 * Quarters an imported file is likely for: the one after today's, today's and the `back` before it,
 * newest first. `selected` is today's quarter: a file is usually this period's figures.
 */
export function recentQuarters(now: Date, back = 5): { choices: QuarterChoice[]; selected: string } {
  const current = periodContaining('Q', calendarDate(now));
  const ids: string[] = [];
  const next = nextPeriod(current);
  if (next) ids.push(next);
  let id: string | null = current;
  for (let i = 0; i <= back && id; i++) {
    ids.push(id);
    id = previousPeriod(id);
  }
  const choices = ids.map((q) => ({
    id: q,
    key: periodKey(windowOf(q)!),
    label: periodLabel(q, 'vi'),
    labelEn: periodLabel(q, 'en'),
  }));
  return { choices, selected: periodKey(windowOf(current)!) };
}
