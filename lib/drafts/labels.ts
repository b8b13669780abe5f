import { formatDateVi } from '../dates';
import { USER_TIME_ZONE } from '../periods/dates';

// How drafts are shown to the user: dates as written in Vietnamese documents, without leading zeros.

/** "2024-12-15/2025-03-14" → "15/12/2024 – 14/3/2025"; anything else is shown as it is. */
export function periodLabel(period: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  return match ? `${formatDateVi(match[1]!)} – ${formatDateVi(match[2]!)}` : period;
}

/** "2025-03-10T08:05:00Z" → "15:05, 10/3/2025" in the user's time zone. */
export function savedAtLabel(iso: string, timeZone = USER_TIME_ZONE): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')}, ${Number(get('day'))}/${Number(get('month'))}/${get('year')}`;
}

/** Column numbers used by any row, in order: the columns of a draft's table. */
export function draftColumns(rows: { values: Record<string, string> }[]): string[] {
  const numbers = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.values)) numbers.add(key);
  return [...numbers].sort((a, b) => Number(a) - Number(b));
}
