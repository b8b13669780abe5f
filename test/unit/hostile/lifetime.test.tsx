import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPanelHost } from '@/components/panel/mount';
import { type ContentScriptDeps, startContentScript } from '@/lib/page/content-script';
import { STARTED_EVENT } from '@/lib/page/lifetime';
import { readSettings, type Settings } from '@/lib/settings';
import { ii06aPage } from '../page/ii06a-dom';

// A content script on a report page, from start to its end: only the loss of its own extension context
// ends it (the extension reloaded or updated) — never an event a page script sends — and when it ends it
// takes its panel, marks and listeners with it, so the new instance is the only one on the page.

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** The page's values with errors in them, so cells carry marks. */
function pageWithErrors() {
  document.body.innerHTML = ii06aPage([
    ['Hộ tịch', [999, 80, 30, 10, 100, 40, 55, 5, 20, 18, 2]],
    ['Chứng thực', [60, 20, 40, 0, 58, 30, 28, 0, 2, 2, 0]],
  ]);
  const cell = document.querySelector('input')!.parentElement!;
  cell.setAttribute('title', 'the page’s own tooltip');
}

/** One content-script instance: its extension context, its listeners, the world it runs in. */
function instance(world: Record<symbol, unknown>) {
  const context = { alive: true };
  const listeners = { settings: 0, fillCommand: 0, ping: 0, ownFields: 0, structure: 0 };
  let settingsCallback: ((s: Settings) => void) | null = null;
  const subscribe = (name: keyof typeof listeners) => () => {
    listeners[name] += 1;
    return () => {
      listeners[name] -= 1;
    };
  };
  const deps: ContentScriptDeps = {
    win: window,
    alive: () => context.alive,
    load: async () => readSettings(undefined),
    createPanel: (doc) => createPanelHost(doc, ''),
    services: {
      context: {
        profile: async () => ({ level: 'xa', unit: '', remindersOn: true }),
        applied: async () => ({}),
        draft: async () => null,
        drafts: async () => [],
      },
      saveDraft: async () => ({ ok: false, error: 'x', errorEn: 'x' }),
      findDraft: async () => ({ ok: true, draft: null, others: [] }),
      getDraft: async () => ({ ok: true, draft: null }),
      saveSettings() {},
    },
    injectBridge: async () => {},
    listen: {
      settings: (callback) => {
        settingsCallback = callback;
        return subscribe('settings')();
      },
      fillCommand: subscribe('fillCommand'),
      ping: subscribe('ping'),
      ownFields: subscribe('ownFields'),
      structure: subscribe('structure'),
    },
    lifetime: { world, pollMs: 10_000 },
  };
  return {
    context,
    listeners,
    start: async () => {
      const life = await startContentScript(deps);
      ends.push(() => {
        context.alive = false;
        life?.check();
      });
      await settle();
      // the first showing is done in slices: a live instance is started once its marks are in
      if (life?.valid) await vi.waitFor(() => expect(marks()).toBeGreaterThan(0));
      return life!;
    },
    changeSettings: (s: Settings) => settingsCallback?.(s),
  };
}

const ends: (() => void)[] = [];
const panels = () => document.querySelectorAll('tlbc-panel-host').length;
const marks = () => document.querySelectorAll('[data-tlbc-severity]').length;

beforeEach(() => {
  document.head.replaceChildren();
  pageWithErrors();
});
afterEach(() => {
  // End every instance (as if the extension went away) so none follows the next test's page.
  for (const end of ends.splice(0)) end();
  document.body.replaceChildren();
});

describe('a page script cannot switch the extension off', () => {
  it('forged "content script started" events (ours and WXT’s) leave the panel, marks and listeners', async () => {
    const a = instance({});
    const life = await a.start();
    expect(panels()).toBe(1);
    const marked = marks();

    document.dispatchEvent(new CustomEvent(STARTED_EVENT));
    // WXT's own name for it (private in its types; a page can still work it out from the extension id).
    const wxt = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    expect(wxt).toMatch(/content-script-started/);
    document.dispatchEvent(new CustomEvent(wxt, { detail: { contentScriptName: 'report', messageId: 'x' } }));
    window.postMessage({ type: wxt, contentScriptName: 'report', messageId: 'x' }, '*');
    window.dispatchEvent(new Event('focus'));
    await settle();

    expect(life.valid).toBe(true);
    expect(panels()).toBe(1);
    expect(marks()).toBe(marked);
    expect(a.listeners).toEqual({ settings: 1, fillCommand: 1, ping: 1, ownFields: 1, structure: 1 });
  });
});

describe('the extension reloaded with the form open', () => {
  it('the orphaned instance removes its panel, marks and listeners; the new one is the only one', async () => {
    const world = {};
    const old = instance(world);
    await old.start();
    const marked = marks();
    old.context.alive = false;

    const fresh = instance(world);
    await fresh.start();
    expect(old.listeners).toEqual({ settings: 0, fillCommand: 0, ping: 0, ownFields: 0, structure: 0 });
    expect(fresh.listeners).toEqual({ settings: 1, fillCommand: 1, ping: 1, ownFields: 1, structure: 1 });
    expect(panels()).toBe(1);
    expect(marks()).toBe(marked);
    // The old one no longer follows settings: switching the checks off leaves no panel from it, and the
    // cell gets the page's own tooltip back (the old one restored it before the new one marked it).
    const cell = document.querySelector('input')!.parentElement!;
    old.changeSettings({ ...readSettings(undefined), disabledSites: [location.hostname] });
    fresh.changeSettings({ ...readSettings(undefined), disabledSites: [location.hostname] });
    await settle();
    expect(panels()).toBe(0);
    expect(marks()).toBe(0);
    expect(cell.getAttribute('title')).toBe('the page’s own tooltip');
  });

  it('also when the new instance runs in another world: it announces itself and the old one looks', async () => {
    const old = instance({});
    await old.start();
    old.context.alive = false;
    await instance({}).start();
    expect(old.listeners).toEqual({ settings: 0, fillCommand: 0, ping: 0, ownFields: 0, structure: 0 });
    expect(panels()).toBe(1);
  });

  it('with no new instance, the orphaned one goes when the tab comes back into view', async () => {
    const old = instance({});
    await old.start();
    old.context.alive = false;
    expect(panels()).toBe(1);
    window.dispatchEvent(new Event('focus'));
    expect(panels()).toBe(0);
    expect(marks()).toBe(0);
  });

  it('a second copy of a live instance (injected while the declared one started) does nothing', async () => {
    const world = {};
    const first = instance(world);
    await first.start();
    const second = instance(world);
    const life = await second.start();
    expect(life.valid).toBe(false);
    expect(panels()).toBe(1);
    expect(second.listeners).toEqual({ settings: 0, fillCommand: 0, ping: 0, ownFields: 0, structure: 0 });
    expect(first.listeners).toEqual({ settings: 1, fillCommand: 1, ping: 1, ownFields: 1, structure: 1 });
  });

  it('a panel left by an instance that could not clean up (its world torn down) is removed', async () => {
    const stale = document.body.appendChild(document.createElement('tlbc-panel-host'));
    document.querySelector('input')!.setAttribute('data-tlbc-severity', 'error');
    await instance({}).start();
    expect(stale.isConnected).toBe(false);
    expect(panels()).toBe(1);
  });
});
