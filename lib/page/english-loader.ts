import { browser } from 'wxt/browser';
import { CONTENT_TABLES_FILE, CONTENT_TABLES_GLOBAL } from '../i18n/content-tables-file';
import type { Lang } from '../i18n/lang';
import type { MessageTable } from '../i18n/message';
import { hasTables, installTables } from '../panel/strings';

// The content script's English tables, loaded from the packaged web-accessible file the first time the
// panel is to show English (as the fill kit is, lib/page/fill-kit-loader.ts).

let loading: Promise<void> | null = null;

/** Puts `lang`'s tables in place; answers at once when they are there (Vietnamese always is). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (hasTables(lang)) return Promise.resolve();
  const installed = () =>
    (globalThis as Record<string, unknown>)[CONTENT_TABLES_GLOBAL] as MessageTable | undefined;
  const ready = installed();
  if (ready) {
    installTables(lang, ready);
    return Promise.resolve();
  }
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(CONTENT_TABLES_FILE)).then(
    () => {
      const table = installed();
      if (!table) throw new Error(`${CONTENT_TABLES_FILE} did not load`);
      installTables('en', table);
    },
    (error) => {
      loading = null; // tried again on the next switch
      throw error;
    },
  );
  return loading;
}
