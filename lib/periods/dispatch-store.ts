import { browser } from 'wxt/browser';
import type { ParsedDispatch } from './dispatch';
import { AppliedDispatches, type PeriodSchedule } from './schedule';
import { periodLabel } from './windows';

// Dispatches the user applied, one per period, in browser.storage.local: the popup, the badge and the
// reminders read them instead of the estimated dates.

export const DISPATCHES_KEY = 'tlbc:dispatches';

export async function loadApplied(): Promise<AppliedDispatches> {
  const stored = (await browser.storage.local.get(DISPATCHES_KEY))[DISPATCHES_KEY];
  const parsed = AppliedDispatches.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

export type ApplyResult =
  | { ok: true; schedule: PeriodSchedule; message: string }
  | { ok: false; message: string };

/** Stores a parsed dispatch as its period's schedule, replacing an earlier one for that period. */
export async function applyDispatch(parsed: ParsedDispatch, now = new Date()): Promise<ApplyResult> {
  if (!parsed.period) {
    return {
      ok: false,
      message:
        'Không xác định được kỳ báo cáo: công văn cần ghi thời hạn chốt số liệu (từ ngày … đến ngày …) theo Nghị định 09/2019.',
    };
  }
  if (!parsed.items.length) {
    return {
      ok: false,
      message: 'Công văn không có đơn vị, biểu mẫu và thời hạn nào đọc được: chưa áp dụng.',
    };
  }
  const schedule: PeriodSchedule = {
    regime: 'kstt',
    period: parsed.period,
    items: parsed.items,
    estimated: false,
    source: 'dispatch',
    appliedAt: now.toISOString(),
  };
  const applied = await loadApplied();
  await browser.storage.local.set({ [DISPATCHES_KEY]: { ...applied, [parsed.period]: schedule } });
  return { ok: true, schedule, message: `Đã áp dụng thời hạn ${periodLabel(parsed.period)}.` };
}

export async function removeApplied(period: string): Promise<void> {
  const { [period]: _removed, ...rest } = await loadApplied();
  await browser.storage.local.set({ [DISPATCHES_KEY]: rest });
}
