import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KeptAsideSection } from '@/components/options/KeptAsideSection';
import type { Lang } from '@/lib/i18n/lang';
import { storageMessages } from '@/lib/i18n/messages/storage';
import { textIn } from '@/lib/i18n/translator';
import { parseDispatch } from '@/lib/periods/dispatch';
import { applyDispatch, DISPATCHES_KEY, loadApplied, removeApplied } from '@/lib/periods/dispatch-store';
import { scheduleFor } from '@/lib/periods/schedule';
import { loadProfile, PROFILE_KEY, saveProfile } from '@/lib/profile';
import { SETTINGS_KEY } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-store';
import type { KeptAsideEntry } from '@/lib/storage/kept-aside';
import { KEPT_ASIDE_KEY, loadKeptAside } from '@/lib/storage/kept-aside';

const said = (reason: KeptAsideEntry['reason'], lang: Lang = 'vi') =>
  typeof reason === 'string' ? reason : textIn(storageMessages, lang, reason);

// One damaged stored record must never cost the others: it is kept aside as found and reported.

const NOW = new Date('2026-12-01T08:00:00Z');
const good = (period: string) => ({ ...scheduleFor(period)!, source: 'dispatch', estimated: false });
const damaged = { regime: 'kstt', period: '2025-Q3', items: [{ level: 'xa', due: 19 }] };

const dispatchFor = (quarter: string, from: string, to: string, due: string) =>
  parseDispatch(
    `Thời hạn chốt số liệu báo cáo quý ${quarter}: từ ngày ${from} đến ngày ${to}.\n` +
      `UBND cấp xã gửi báo cáo theo các biểu II.05a/VPCP/KSTT, II.06a/VPCP/KSTT chậm nhất ngày ${due}.`,
  );

beforeEach(() => fakeBrowser.reset());

describe('applied dispatches with one damaged record', () => {
  it('keep the good ones and the damaged one (aside) through an apply, in the old unversioned shape', async () => {
    await browser.storage.local.set({
      [DISPATCHES_KEY]: { '2025-Q1': good('2025-Q1'), '2025-Q3': damaged, '2025-Q2': good('2025-Q2') },
    });
    expect(Object.keys(await loadApplied()).sort()).toEqual(['2025-Q1', '2025-Q2']);

    const parsed = dispatchFor('IV/2025', '15/9/2025', '14/12/2025', '15/12/2025');
    expect((await applyDispatch(parsed, NOW)).ok).toBe(true);

    expect(Object.keys(await loadApplied()).sort()).toEqual(['2025-Q1', '2025-Q2', '2025-Q4']);
    expect((await loadApplied())['2025-Q1']).toEqual(good('2025-Q1'));
    const kept = await loadKeptAside();
    expect(kept).toEqual([
      expect.objectContaining({
        key: DISPATCHES_KEY,
        item: '2025-Q3',
        record: damaged,
        at: NOW.toISOString(),
      }),
    ]);
    expect(said(kept[0].reason)).toMatch(/^Sai cấu trúc ở: items\.0\./);
    // Written in the versioned shape.
    const stored = (await browser.storage.local.get(DISPATCHES_KEY))[DISPATCHES_KEY];
    expect(stored).toMatchObject({ schema: 1 });

    // Applying and removing again does not keep the same record twice.
    await removeApplied('2025-Q4', NOW);
    expect(await loadKeptAside()).toHaveLength(1);
  });

  it('a value written by a newer version is kept aside whole, not overwritten', async () => {
    const newer = { schema: 7, periods: { '2025-Q1': { anything: true } } };
    await browser.storage.local.set({ [DISPATCHES_KEY]: newer });
    await applyDispatch(dispatchFor('IV/2025', '15/9/2025', '14/12/2025', '15/12/2025'), NOW);
    expect(Object.keys(await loadApplied())).toEqual(['2025-Q4']);
    const kept = await loadKeptAside();
    expect(kept).toEqual([expect.objectContaining({ key: DISPATCHES_KEY, record: newer })]);
    expect(kept[0].item).toBeUndefined();
    expect(said(kept[0].reason)).toContain('phiên bản mới hơn');
    expect(said(kept[0].reason, 'en')).toContain('newer version');
  });
});

describe('profile and settings', () => {
  it('a damaged profile is kept aside as found when the user saves a new one', async () => {
    const old = { level: 'tinh', unit: 'UBND xã Hòa Bình', remindersOn: 'yes' };
    await browser.storage.local.set({ [PROFILE_KEY]: old });
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true }, NOW);
    expect(await loadProfile()).toEqual({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    expect(await loadKeptAside()).toEqual([expect.objectContaining({ key: PROFILE_KEY, record: old })]);
  });

  it('a good profile of the old shape is migrated without keeping anything aside', async () => {
    await browser.storage.local.set({
      [PROFILE_KEY]: { level: 'so', unit: 'Sở Tư pháp', remindersOn: true },
    });
    await saveProfile({ level: 'so', unit: 'Sở Tư pháp', remindersOn: false }, NOW);
    expect((await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY]).toEqual({
      schema: 1,
      level: 'so',
      unit: 'Sở Tư pháp',
      remindersOn: false,
    });
    expect(await loadKeptAside()).toEqual([]);
  });

  it('settings with a damaged field are kept aside before a save; the readable fields survive', async () => {
    const old = { disabledSites: 'all', dock: 'left', collapsed: true };
    await browser.storage.local.set({ [SETTINGS_KEY]: old });
    const settings = await loadSettings();
    expect(settings).toMatchObject({ dock: 'left', collapsed: true, disabledSites: [] });
    await saveSettings({ ...settings, lang: 'en' }, NOW);
    expect(await loadSettings()).toEqual({ disabledSites: [], dock: 'left', collapsed: true, lang: 'en' });
    const kept = await loadKeptAside();
    expect(kept).toEqual([expect.objectContaining({ key: SETTINGS_KEY, record: old })]);
    expect(said(kept[0].reason)).toBe('Sai cấu trúc ở: disabledSites.');
  });
});

describe('the kept-aside list', () => {
  it('a damaged list is kept inside the new one rather than replaced', async () => {
    await browser.storage.local.set({ [KEPT_ASIDE_KEY]: 'garbage', [PROFILE_KEY]: 42 });
    await saveProfile({ level: 'xa', unit: '', remindersOn: true }, NOW);
    const kept = await loadKeptAside();
    expect(kept.map((e) => [e.key, e.record])).toEqual([
      [KEPT_ASIDE_KEY, 'garbage'],
      [PROFILE_KEY, 42],
    ]);
  });

  it('is shown on the options page, and an entry can be discarded', async () => {
    await browser.storage.local.set({ [DISPATCHES_KEY]: { '2025-Q3': damaged } });
    await removeApplied('2025-Q1', NOW);
    const root = document.createElement('div');
    document.body.append(root);
    render(<KeptAsideSection />, root);
    const rows = () => root.querySelectorAll('[data-testid="tlbc-kept-aside-row"]');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0].textContent).toContain('Công văn đã áp dụng (2025-Q3): Sai cấu trúc ở: items.0.');
    root.querySelector<HTMLButtonElement>('[data-testid="tlbc-kept-aside-discard"]')!.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect(await loadKeptAside()).toEqual([]);
    render(null, root);
    root.remove();
  });

  it('says what it is and why in English once the language is English, and follows a switch back', async () => {
    await browser.storage.local.set({ [DISPATCHES_KEY]: { '2025-Q3': damaged } });
    await removeApplied('2025-Q1', NOW);
    await saveSettings({ ...(await loadSettings()), lang: 'en' }, NOW);
    const root = document.createElement('div');
    document.body.append(root);
    render(<KeptAsideSection />, root);
    const rows = () => root.querySelectorAll('[data-testid="tlbc-kept-aside-row"]');
    await vi.waitFor(() =>
      expect(rows()[0]?.textContent).toContain('Applied dispatches (2025-Q3): Wrong structure at: items.0.'),
    );
    expect(root.textContent).not.toMatch(/Sai cấu trúc|Xóa hẳn/);
    await saveSettings({ ...(await loadSettings()), lang: 'vi' }, NOW);
    await vi.waitFor(() => expect(rows()[0]?.textContent).toContain('Sai cấu trúc ở: items.0.'));
    render(null, root);
    root.remove();
  });

  it('still shows a reason an earlier version wrote as a Vietnamese sentence', async () => {
    await browser.storage.local.set({
      [KEPT_ASIDE_KEY]: {
        schema: 1,
        entries: [
          { key: PROFILE_KEY, record: 42, reason: 'Sai cấu trúc ở: (toàn bộ).', at: NOW.toISOString() },
        ],
      },
    });
    expect((await loadKeptAside())[0]?.reason).toBe('Sai cấu trúc ở: (toàn bộ).');
  });
});
