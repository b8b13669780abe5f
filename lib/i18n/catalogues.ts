import type { MessageTable } from './message';
import { draftsMessages } from './messages/drafts';
import { fillMessages } from './messages/fill';
import { pageMessages } from './messages/page';
import { panelMessages } from './messages/panel';
import { rulesMessages } from './messages/rules';
import type { Catalogue } from './translator';

// Every message catalogue of the extension, one line each: the tests check each one's languages
// against its Vietnamese source, and that no key is used by two catalogues. A catalogue lives in
// `lib/i18n/messages/<area>.ts`; its keys start with `<area>.`.

export const CATALOGUES: readonly Catalogue<MessageTable>[] = [
  panelMessages,
  rulesMessages,
  pageMessages,
  fillMessages,
  draftsMessages,
];
