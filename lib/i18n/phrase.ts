import { formatMessage } from './format';
import type { Lang } from './lang';
import type { MessageTable, Text } from './message';

// A message as data whose placeholders may be messages themselves (a sentence with a clause that
// differs by language: "(ô trống tính là 0)"). A Text is a Phrase whose parameters are plain values.
// A parameter may also be a sentence some other part already has in both languages (a date parser's
// reason, a header comparison's differences): `{ vi, en }`.

export interface Pair {
  readonly vi: string;
  readonly en: string;
}
export type PhraseParams = Readonly<Record<string, string | number | Phrase | Pair>>;
export interface Phrase<K extends string = string> {
  key: K;
  params?: PhraseParams;
}

/**
 * A phrase in one language from `table`; a key the table lacks is looked up in `fallback`
 * (Vietnamese), then shown as the key itself, never as an empty string.
 */
export function phraseIn(table: MessageTable, lang: Lang, phrase: Phrase | Text, fallback = table): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {}))
    params[name] =
      typeof value !== 'object'
        ? value
        : 'key' in value
          ? phraseIn(table, lang, value, fallback)
          : value[lang];
  return formatMessage(table[phrase.key] ?? fallback[phrase.key] ?? phrase.key, lang, params);
}
