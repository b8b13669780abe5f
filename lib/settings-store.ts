import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings, settingsProblem } from './settings';
import { keepAside } from './storage/kept-aside';

// Settings in browser.storage.local, shared by the popup (checks on/off per site) and the panel.
// A stored record with a damaged field (or from a newer version) is kept aside as found before a save
// overwrites it; reading takes each readable field.

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings, now = new Date()): Promise<void> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const reason = settingsProblem(stored);
  if (reason) await keepAside([{ key: SETTINGS_KEY, record: stored, reason, at: now.toISOString() }], now);
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...settings, schema: SETTINGS_VERSION } });
}

/** Calls back with the new settings whenever another page changes them. Returns the unsubscribe. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (SETTINGS_KEY in changes) callback(readSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
