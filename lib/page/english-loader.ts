import { CONTENT_TABLES_FILE, CONTENT_TABLES_GLOBAL } from '../i18n/content-tables-file';
import type { Lang } from '../i18n/lang';
import type { MessageTable } from '../i18n/message';
import { hasTables, installTables } from '../panel/strings';
import { loadKit } from './kit-loader';

// The content script's English tables, loaded from the packaged web-accessible file the first time the
// panel is to show English, as the fill and teach kits are (lib/page/kit-loader.ts).

/** Puts `lang`'s tables in place; answers at once when they are there (Vietnamese always is). */
export function loadLanguage(lang: Lang): Promise<void> {
  if (hasTables(lang)) return Promise.resolve();
  return loadKit<MessageTable>(CONTENT_TABLES_FILE, CONTENT_TABLES_GLOBAL).then((table) =>
    installTables('en', table),
  );
}
