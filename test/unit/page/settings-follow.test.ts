import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContentScript } from '@/lib/page/content-script';
import type { PanelHost } from '@/lib/page/session';
import type { PanelActions, PanelView } from '@/lib/panel/view';
import { readSettings, SETTINGS_KEY } from '@/lib/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '@/lib/settings-store';
import { ARRIVAL_ANIMATION } from '@/lib/table/watch';
import { ii06aPage } from './ii06a-dom';

// The settings have one copy on the page, the session's: a change made in another tab (or the popup)
// reaches the panel that is already open, and one made in this panel survives the report being shown
// again by a single-page app. The storage is the browser's (WXT's fake); only the panel is a stand-in.

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

interface Shown {
  view: PanelView;
  on: PanelActions;
}

const ends: (() => void)[] = [];

/** happy-dom runs no CSS animation: fire the arrival a rendered table starts (lib/table/watch.ts). */
function arrived(el: Element): void {
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: ARRIVAL_ANIMATION });
  el.dispatchEvent(event);
}

async function openReport() {
  const shown: Shown[] = [];
  const alive = { yes: true };
  const life = await startContentScript({
    win: window,
    alive: () => alive.yes,
    load: loadSettings,
    createPanel: (): PanelHost => ({
      render: (view, on) => shown.push({ view, on }),
      remove() {},
    }),
    services: {
      context: {
        profile: async () => ({ level: 'xa', unit: '', remindersOn: true }),
        applied: async () => ({}),
        draft: async () => null,
        drafts: async () => [],
      },
      saveDraft: async () => ({ ok: false, error: '', errorEn: '' }),
      findDraft: async () => ({ ok: true, draft: null, others: [] }),
      getDraft: async () => ({ ok: true, draft: null }),
      saveSettings: (next) => void saveSettings(next),
    },
    injectBridge: async () => {},
    listen: {
      settings: onSettingsChanged,
      fillCommand: () => () => {},
      ping: () => () => {},
      ownFields: () => () => {},
      structure: () => () => {},
    },
    lifetime: { world: {}, pollMs: 10_000 },
  });
  ends.push(() => {
    alive.yes = false;
    life?.check();
  });
  await settle();
  // the first showing is done in slices: the page is open once its marks are in
  await vi.waitFor(() => expect(document.querySelector('[data-tlbc-severity]')).not.toBeNull());
  return { last: () => shown.at(-1)!, shown };
}

/** A figure that breaks the received total of "Hộ tịch", so the cell carries a mark with a message. */
const WITH_ERROR = ii06aPage([
  ['Hộ tịch', [999, 80, 30, 10, 100, 40, 55, 5, 20, 18, 2]],
  ['Chứng thực', [60, 20, 40, 0, 58, 30, 28, 0, 2, 2, 0]],
]);

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = WITH_ERROR;
});
afterEach(() => {
  for (const end of ends.splice(0)) end();
  document.body.replaceChildren();
});

describe('settings on an open report page', () => {
  it('a language and dock chosen in another tab reach the panel and the marks already shown', async () => {
    const { last } = await openReport();
    expect(last().view).toMatchObject({ lang: 'vi', dock: 'right' });
    const marked = document.querySelector('[data-tlbc-severity]')!;
    expect(marked.getAttribute('title')).toMatch(/^Cột \(3\) ghi 999 nhưng/);

    // Another tab's panel saves its settings: this page hears it from storage.
    await browser.storage.local.set({
      [SETTINGS_KEY]: { ...readSettings(undefined), lang: 'en', dock: 'left' },
    });
    await vi.waitFor(() => expect(last().view).toMatchObject({ lang: 'en', dock: 'left' }));
    expect(marked.getAttribute('title')).toMatch(/^Column \(3\) says 999 but/);
  });

  it('a language chosen in this panel is saved and kept when the app shows the report again', async () => {
    const { last, shown } = await openReport();
    last().on.setLang('en');
    await settle();
    expect(last().view.lang).toBe('en');
    expect((await loadSettings()).lang).toBe('en');

    // The app leaves the report and renders it again: a new page, the same settings.
    const html = document.body.innerHTML;
    const before = shown.length;
    document.body.innerHTML = '<p>Đang tải…</p>';
    await settle();
    expect(shown.length).toBe(before);
    document.body.innerHTML = html;
    arrived(document.querySelector('table')!);
    await settle();
    expect(shown.length).toBeGreaterThan(before);
    expect(last().view).toMatchObject({ lang: 'en', form: 'II.06a/VPCP/KSTT' });
  });
});
