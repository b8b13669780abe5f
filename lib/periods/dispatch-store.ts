import { browser } from 'wxt/browser';
import type { Text } from '../i18n/message';
import type { DispatchKey } from '../i18n/messages/dispatch';
import { type KeptAsideEntry, keepAside } from '../storage/kept-aside';
import { STORED } from '../storage/keys';
import type { ParsedDispatch } from './dispatch';
import { readAppliedRecord } from './dispatch-record';
import type { AppliedDispatches, PeriodSchedule } from './schedule-schema';

// Dispatches the user applied, one per period, in browser.storage.local: the popup, the badge and the
// reminders read them instead of the estimated dates. Each period's record is read on its own: one
// that fails validation is kept aside before the next write, and the others stay as they were.

export const DISPATCHES_KEY = STORED.dispatches.key;

async function readStored(now: Date): Promise<{ applied: AppliedDispatches; bad: KeptAsideEntry[] }> {
  return readAppliedRecord((await browser.storage.local.get(DISPATCHES_KEY))[DISPATCHES_KEY], now);
}

export async function loadApplied(): Promise<AppliedDispatches> {
  return (await readStored(new Date())).applied;
}

/** Writes the readable records; what could not be read is kept aside first, so nothing is lost. */
async function write(next: AppliedDispatches, bad: KeptAsideEntry[], now: Date): Promise<void> {
  await keepAside(bad, now);
  await browser.storage.local.set({
    [DISPATCHES_KEY]: { schema: STORED.dispatches.version, periods: next },
  });
}

export type ApplyResult =
  | { ok: true; schedule: PeriodSchedule; message: Text<DispatchKey> }
  | { ok: false; message: Text<DispatchKey> };

/** Stores a parsed dispatch as its period's schedule, replacing an earlier one for that period. */
export async function applyDispatch(parsed: ParsedDispatch, now = new Date()): Promise<ApplyResult> {
  if (!parsed.period) {
    return { ok: false, message: { key: 'dispatch.store.noPeriod' } };
  }
  if (!parsed.items.length) {
    return { ok: false, message: { key: 'dispatch.store.noItems' } };
  }
  const schedule: PeriodSchedule = {
    regime: 'kstt',
    period: parsed.period,
    items: parsed.items,
    estimated: false,
    source: 'dispatch',
    appliedAt: now.toISOString(),
  };
  const { applied, bad } = await readStored(now);
  await write({ ...applied, [parsed.period]: schedule }, bad, now);
  // `period` is the period's id: the page names it in its language.
  return {
    ok: true,
    schedule,
    message: { key: 'dispatch.store.applied', params: { period: parsed.period } },
  };
}

export async function removeApplied(period: string, now = new Date()): Promise<void> {
  const { applied, bad } = await readStored(now);
  const { [period]: _removed, ...rest } = applied;
  await write(rest, bad, now);
}
