import type { Lang } from './lang';
import type { MessageTable, Text } from './message';
import { type Phrase, phraseIn } from './phrase';
import type { Catalogue } from './translator';

/**
 * A phrase in one language from several catalogues: a message whose reason another catalogue says
 * (a file refusal whose cause is a storage reason). Keys are unique across catalogues.
 */
export function phraseFrom(
  catalogues: readonly Catalogue<MessageTable>[],
  lang: Lang,
  phrase: Phrase | Text,
): string {
  const table = (of: Lang): MessageTable => Object.assign({}, ...catalogues.map((c) => c[of]));
  return phraseIn(table(lang), lang, phrase, table('vi'));
}
