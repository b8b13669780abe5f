import { browser } from 'wxt/browser';
import { REPORT_HOSTS } from '../settings';

// After an install or an update, report tabs already open keep only the orphaned content script (it
// removes itself: lib/page/lifetime.ts), and Chrome injects the new one only when the page next loads.
// So the background puts the new one into every open report tab that has no live content script — one
// that answers the ping — and the form open there keeps its panel. Firefox injects into open tabs by
// itself (and its MV2 build has no `scripting`), so nothing is done there.

export const PING_MESSAGE = 'page/ping';
/** WXT's output for entrypoints/report.content/. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/report.js';
export const REPORT_MATCHES = REPORT_HOSTS.map((host) => `https://${host}/*`);

export interface ReinjectApi {
  query(matches: string[]): Promise<{ id?: number }[]>;
  /** Asks the tab's top frame; rejects when no content script listens there. */
  ping(tabId: number): Promise<unknown>;
  inject(tabId: number): Promise<unknown>;
}

/** The tabs the content script was put into. */
export async function reinjectContentScripts(api: ReinjectApi): Promise<number[]> {
  const injected: number[] = [];
  for (const { id } of await api.query(REPORT_MATCHES)) {
    if (id === undefined) continue;
    const live = await api.ping(id).then(
      (answer) => answer === true,
      () => false,
    );
    if (live) continue;
    try {
      await api.inject(id);
      injected.push(id);
    } catch {
      // A tab closing or navigating away meanwhile: it gets the script when it loads.
    }
  }
  return injected;
}

interface Scripting {
  executeScript(injection: {
    target: { tabId: number; allFrames: boolean };
    files: string[];
  }): Promise<unknown>;
}

/** Background side. */
export function reinjectOnUpdate(): void {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  if (!scripting) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void reinjectContentScripts({
      query: (url) => browser.tabs.query({ url }),
      ping: (tabId) => browser.tabs.sendMessage(tabId, { type: PING_MESSAGE }, { frameId: 0 }),
      inject: (tabId) =>
        scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }),
    }).catch(() => {});
  });
}

/** Content side: a live content script answers the ping. Returns the unsubscribe. */
export function answerPing(): () => void {
  const listener = (message: unknown) =>
    (message as { type?: unknown } | null)?.type === PING_MESSAGE ? Promise.resolve(true) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
