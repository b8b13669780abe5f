import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

// When the extension is updated or reloaded, Chrome gives pages already open no new content script:
// the old one stays, cut off from its extension (no drafts, no settings). So the background puts the
// new content script into every open tab of the two report sites, in every frame; on start it tells
// the old one to remove its panel, marks and listeners (WXT's content-script-started message), and
// takes over. Tabs of other sites are never touched.

export const REPORT_MATCHES = ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'];
export const CONTENT_SCRIPT: ScriptPublicPath = '/content-scripts/report.js';

export interface ReinjectApi {
  tabs(matches: string[]): Promise<{ id?: number; discarded?: boolean }[]>;
  inject(tabId: number, file: ScriptPublicPath): Promise<unknown>;
}

/** Injects the content script into the open report tabs; returns how many took it. */
export async function reinjectContentScript(api: ReinjectApi): Promise<number> {
  const tabs = await api.tabs(REPORT_MATCHES).catch(() => []);
  const done = await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab loads afresh (with the new script) when the user comes back to it.
      if (tab.id === undefined || tab.discarded) return false;
      // A tab still loading, or an error page, refuses: it gets the script from the manifest anyway.
      return api.inject(tab.id, CONTENT_SCRIPT).then(
        () => true,
        () => false,
      );
    }),
  );
  return done.filter(Boolean).length;
}

/** Background side: after an update or reload (and on install), take over the open report tabs. */
export function reinjectOnUpdate(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update' && reason !== 'install') return;
    void reinjectContentScript({
      tabs: (matches) => browser.tabs.query({ url: matches }),
      inject: (tabId, file) =>
        browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [file] }),
    });
  });
}
