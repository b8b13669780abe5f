import type { MessageTable } from './message';
import { backgroundMessages } from './messages/background';
import { languageMessages } from './messages/language';
import { levelsMessages } from './messages/levels';
import { periodsMessages } from './messages/periods';
import { popupMessages } from './messages/popup';
import type { Catalogue } from './translator';

// Every message catalogue of the extension, one line each: the tests check each one's languages
// against its Vietnamese source, and that no key is used by two catalogues. A catalogue lives in
// `lib/i18n/messages/<area>.ts`; its keys start with `<area>.`.

export const CATALOGUES: readonly Catalogue<MessageTable>[] = [
  backgroundMessages,
  languageMessages,
  levelsMessages,
  periodsMessages,
  popupMessages,
];
