import type { Lang } from '../i18n/lang';
import { rulesMessages } from '../i18n/messages/rules';
import { type Phrase, phraseIn } from '../i18n/phrase';

// A finding's words in a language, for the extension's pages (they bundle both tables). The content
// script goes through lib/panel/strings.ts instead, which has English only once it is loaded.

export function findingWords(text: Phrase, lang: Lang): string {
  return phraseIn(rulesMessages[lang], lang, text, rulesMessages.vi);
}
