import { draftsMessages } from '../i18n/messages/drafts';
import { type PhraseParams, phraseIn } from '../i18n/phrase';
import { type Failure, fail } from './result';

// A failure of the draft store from its catalogue (lib/i18n/messages/drafts.ts), in both languages as
// the message boundary carries it. Apart from result.ts: the content script names Failure without
// bundling the catalogue.

export function failWith(key: keyof typeof draftsMessages.vi, params?: PhraseParams): Failure {
  const text = { key, params };
  return fail(
    phraseIn(draftsMessages.vi, 'vi', text),
    phraseIn(draftsMessages.en, 'en', text, draftsMessages.vi),
  );
}
