import { type RulesKey, rulesVi } from '../i18n/messages/rules';
import type { Pair, Phrase, PhraseParams } from '../i18n/phrase';
import { phraseIn } from '../i18n/phrase';

// A finding's words: the message as data and its Vietnamese sentence (Finding.message).

export type RulePhrase = Phrase<RulesKey>;

/** A clause of a finding's sentence (its own key, or a pair some other part already words). */
export function clause(key: RulesKey, params?: PhraseParams): RulePhrase {
  return params ? { key, params } : { key };
}

export function said(key: RulesKey, params?: PhraseParams): { message: string; text: RulePhrase } {
  const text = clause(key, params);
  return { message: phraseIn(rulesVi, 'vi', text), text };
}

/** Items joined as `a, b, c` (`join: 'rules.list'`) or `a hoặc b hoặc c` (`'rules.or'`). */
export function joined(
  items: (string | Phrase | Pair)[],
  join: 'rules.list' | 'rules.or',
): string | Phrase | Pair {
  if (items.length === 0) return '';
  return items.reduceRight((rest, first) => clause(join, { first, rest }));
}
