import type { Lang } from '@/lib/i18n/lang';
import type { MessageTable, Text } from '@/lib/i18n/message';
import type { Pair } from '@/lib/i18n/phrase';
import { type Catalogue, textIn } from '@/lib/i18n/translator';

// A status line's message, kept as data so it follows a language switch: a message of the page's
// catalogue, or a reply's Vietnamese/English pair (what the background answers today).

export type Said = Text | Pair;

export const pairOf = (reply: { error: string; errorEn: string }): Pair => ({
  vi: reply.error,
  en: reply.errorEn,
});

export function sayIn<T extends MessageTable>(catalogue: Catalogue<T>, lang: Lang, said: Said): string {
  return 'key' in said ? textIn(catalogue, lang, said) : said[lang];
}
