import type { Lang } from '../i18n/lang';
import type { MessageTable, Params, Text } from '../i18n/message';
import { pageVi } from '../i18n/messages/page';
import { panelVi } from '../i18n/messages/panel';
import { rulesVi } from '../i18n/messages/rules';
import { type Pair, type Phrase, phraseIn } from '../i18n/phrase';

export type { Lang } from '../i18n/lang';

// What the content script shows, in the language the user chose. Vietnamese (the default) is in the
// bundle; the English tables of the content script's catalogues are a packaged file loaded on first
// need (lib/page/english-loader.ts), which installs them here. Until then everything is Vietnamese.

const VI: MessageTable = { ...panelVi, ...rulesVi, ...pageVi };
const tables: Partial<Record<Lang, MessageTable>> = { vi: VI };

/** The tables of one language, as lib/i18n/content-tables.ts makes them. */
export function installTables(lang: Lang, table: MessageTable): void {
  tables[lang] = lang === 'vi' ? VI : table;
}

/** Whether `lang`'s tables are here; if not, text in it comes out Vietnamese. */
export function hasTables(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/** The language the panel can show now: the chosen one once its tables are here. */
export function shownLang(lang: Lang): Lang {
  return hasTables(lang) ? lang : 'vi';
}

/** A message as data (a Text, or a Phrase with clauses) in `lang`. */
export function say(text: Phrase | Text, lang: Lang): string {
  return phraseIn(tables[lang] ?? VI, shownLang(lang), text, VI);
}

/**
 * What the panel shows as a notice or a status: a message as data, or a sentence that arrived in both
 * languages (a reply of the background, a report of the fill kit, which carry their own tables).
 */
export type Shown = Phrase | Pair;

export function shown(text: Shown | null, lang: Lang): string {
  if (!text) return '';
  return 'key' in text ? say(text, lang) : text[shownLang(lang)];
}

export type PanelKey = keyof typeof panelVi;

export function t(key: PanelKey, lang: Lang, params?: Params): string {
  return say({ key, params }, lang);
}
