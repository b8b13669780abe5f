import { formatMessage } from './format';
import type { Lang } from './lang';
import type { MessageTable, Params, SameKeys, Text } from './message';

/** The languages of one catalogue: Vietnamese is the source, every other language has its keys. */
export interface Catalogue<T extends MessageTable> {
  vi: T;
  en: SameKeys<T>;
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * `t(key, params)` in one language. A key missing from the language's table falls back to
 * Vietnamese (never an empty string); the tests make sure none is missing.
 */
export function translator<T extends MessageTable>(
  catalogue: Catalogue<T>,
  lang: Lang,
): Translate<Extract<keyof T, string>> {
  const table: MessageTable = catalogue[lang];
  return (key, params) => formatMessage(table[key] ?? catalogue.vi[key] ?? key, lang, params);
}

/** A `Text` (message as data) in one language. */
export function textIn<T extends MessageTable>(catalogue: Catalogue<T>, lang: Lang, text: Text): string {
  const table: MessageTable = catalogue[lang];
  return formatMessage(table[text.key] ?? catalogue.vi[text.key] ?? text.key, lang, text.params);
}
