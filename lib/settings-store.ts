import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from './settings';

// Settings in browser.storage.local, shared by the popup (checks on/off per site) and the panel.

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export function saveSettings(settings: Settings): Promise<void> {
  return browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new settings whenever another page changes them. Returns the unsubscribe. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (SETTINGS_KEY in changes) callback(readSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
