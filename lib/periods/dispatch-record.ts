import type { KeptAsideEntry } from '../storage/kept-aside';
import { invalidReason, newerReason, type Reason, STORED, versionOf } from '../storage/keys';
import { type AppliedDispatches, PeriodSchedule } from './schedule-schema';

// The stored applied-dispatches value, read record by record. Versions:
//   0 — { [period]: PeriodSchedule } (before versions);
//   1 — { schema: 1, periods: { [period]: PeriodSchedule } }.
// A record that fails validation is returned in `bad` (to be kept aside), never dropped silently;
// a value written by a newer version is kept aside whole and reads as nothing applied.

const VERSION = STORED.dispatches.version;
const KEY = STORED.dispatches.key;

export function readAppliedRecord(
  stored: unknown,
  now: Date,
): { applied: AppliedDispatches; bad: KeptAsideEntry[] } {
  const at = now.toISOString();
  if (stored === undefined || stored === null) return { applied: {}, bad: [] };
  const whole = (reason: Reason) => ({ applied: {}, bad: [{ key: KEY, record: stored, reason, at }] });
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return whole({ key: 'storage.dispatch.notList' });
  }
  const version = versionOf(stored);
  if (version > VERSION) return whole(newerReason(version, VERSION));
  const periods = version === 0 ? stored : (stored as { periods?: unknown }).periods;
  if (!periods || typeof periods !== 'object' || Array.isArray(periods)) {
    return whole({ key: 'storage.dispatch.noPeriods' });
  }
  const applied: AppliedDispatches = {};
  const bad: KeptAsideEntry[] = [];
  for (const [period, record] of Object.entries(periods as Record<string, unknown>)) {
    const parsed = PeriodSchedule().safeParse(record);
    if (parsed.success && parsed.data.period === period) applied[period] = parsed.data;
    else {
      const reason: Reason = parsed.success
        ? { key: 'storage.dispatch.otherPeriod', params: { written: parsed.data.period, stored: period } }
        : invalidReason(parsed.error.issues);
      bad.push({ key: KEY, item: period, record, reason, at });
    }
  }
  return { applied, bad };
}
