import { browser } from 'wxt/browser';

// The "drafts changed" signal: the background bumps one storage.local key after every change, and open
// lists (options, popup) re-query when it moves. storage.onChanged reaches every extension page,
// unlike a runtime message, which fails when no page is open.

export const DRAFTS_CHANGED_KEY = 'tlbc:drafts-changed';

export function signalDraftsChanged(): void {
  browser.storage.local.set({ [DRAFTS_CHANGED_KEY]: Date.now() }).catch(() => {});
}

/** Calls back after every change to the drafts; returns the function that stops listening. */
export function onDraftsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DRAFTS_CHANGED_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
