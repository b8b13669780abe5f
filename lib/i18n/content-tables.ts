import type { Lang } from './lang';
import type { MessageTable } from './message';
import { pageMessages } from './messages/page';
import { panelMessages } from './messages/panel';
import { rulesMessages } from './messages/rules';

export { CONTENT_TABLES_GLOBAL } from './content-tables-file';

// The tables of every catalogue the content script shows, merged per language (keys are unique across
// catalogues). The English one is packaged apart (entrypoints/content-en.ts) and loaded on first need.

export const CONTENT_CATALOGUES = [panelMessages, rulesMessages, pageMessages] as const;

export function contentTable(lang: Lang): MessageTable {
  return Object.assign({}, ...CONTENT_CATALOGUES.map((catalogue) => catalogue[lang]));
}
