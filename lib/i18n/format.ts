import type { Lang } from './lang';
import type { Message, Params } from './message';

const rules = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  const known = rules.get(lang);
  if (known) return known;
  const made = new Intl.PluralRules(lang);
  rules.set(lang, made);
  return made;
}

/**
 * One message in one language with its placeholders filled. A plural message picks its sentence by
 * `params.count`. A placeholder without a value stays visible as `{name}` rather than vanishing.
 */
export function formatMessage(message: Message, lang: Lang, params: Params = {}): string {
  let sentence: string;
  if (typeof message === 'string') sentence = message;
  else {
    const count = Number(params.count ?? 0);
    const category = pluralRules(lang).select(count);
    sentence = (category === 'one' ? message.one : undefined) ?? message.other;
  }
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
