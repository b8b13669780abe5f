import type { StatusPair } from '@/lib/fields/panel-tools';
import type { Lang } from '@/lib/i18n/lang';
import type { MessageTable, Text } from '@/lib/i18n/message';
import { type Catalogue, textIn } from '@/lib/i18n/translator';

// A status line's message, kept as data so it follows a language switch: a message of the page's
// catalogue, or a reply's Vietnamese/English pair (what the background answers today).

export type Said = Text | StatusPair;

export const pairOf = (reply: { error: string; errorEn: string }): StatusPair => ({
  vi: reply.error,
  en: reply.errorEn,
});

export function sayIn<T extends MessageTable>(catalogue: Catalogue<T>, lang: Lang, said: Said): string {
  return 'key' in said ? textIn(catalogue, lang, said) : said[lang];
}
