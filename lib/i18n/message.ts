// A message as the message files hold it: a sentence with `{name}` placeholders, or, where a count
// appears, one sentence per plural category of the language (Intl.PluralRules; Vietnamese has only
// `other`, English `one` and `other`).

export type Plural = { readonly one?: string; readonly other: string };
export type Message = string | Plural;

/** A table of messages of one language: key → message. */
export type MessageTable = Readonly<Record<string, Message>>;

/** The English (or any other) table of a Vietnamese one: the same keys, no more, no fewer. */
export type SameKeys<T extends MessageTable> = { readonly [K in keyof T]: Message };

export type Params = Readonly<Record<string, string | number>>;

/** A message to show, as data: what `lib/` returns and messaging carries; the view translates it. */
export interface Text<K extends string = string> {
  key: K;
  params?: Params;
}
