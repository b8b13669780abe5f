import { loadSettings, onSettingsChanged, saveSettings } from '../settings-store';
import { DEFAULT_LANG, type Lang } from './lang';

// The one language setting of the whole extension (Settings.lang in storage.local), read and followed
// by every page: the popup, the options page, the structure-report page, the panel and the background.
// Not browser.i18n: that follows the browser's language, and this must not.

/** The language now; Vietnamese when the settings cannot be read. */
export async function currentLang(): Promise<Lang> {
  try {
    return (await loadSettings()).lang;
  } catch {
    return DEFAULT_LANG;
  }
}

/**
 * Calls back with the current language, then with each new one another page (or this one) sets.
 * Returns the unsubscribe.
 */
export function watchLang(callback: (lang: Lang) => void): () => void {
  let last: Lang | null = null;
  let changed = false;
  const tell = (lang: Lang) => {
    if (lang === last) return;
    last = lang;
    callback(lang);
  };
  const stop = onSettingsChanged((settings) => {
    changed = true;
    tell(settings.lang);
  });
  // A change that arrives while the first read is under way is newer than what that read returns.
  currentLang().then((lang) => changed || tell(lang));
  return stop;
}

/** Switches the whole extension to a language; every open page follows. */
export async function setLang(lang: Lang): Promise<void> {
  const settings = await loadSettings();
  if (settings.lang !== lang) await saveSettings({ ...settings, lang });
}
