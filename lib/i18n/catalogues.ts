import type { MessageTable } from './message';
import { aggregateMessages } from './messages/aggregate';
import { backgroundMessages } from './messages/background';
import { backupMessages } from './messages/backup';
import { dispatchMessages } from './messages/dispatch';
import { draftListMessages } from './messages/draft-list';
import { draftStoreMessages } from './messages/draft-store';
import { fillMessages } from './messages/fill';
import { importMessages } from './messages/import';
import { importReadMessages } from './messages/import-read';
import { languageMessages } from './messages/language';
import { levelsMessages } from './messages/levels';
import { messagingMessages } from './messages/messaging';
import { optionsMessages } from './messages/options';
import { pageMessages } from './messages/page';
import { panelMessages } from './messages/panel';
import { periodsMessages } from './messages/periods';
import { popupMessages } from './messages/popup';
import { quarantineMessages } from './messages/quarantine';
import { rulesMessages } from './messages/rules';
import { storageMessages } from './messages/storage';
import { structureReportMessages } from './messages/structure-report';
import { taughtMessages } from './messages/taught';
import { teachMessages } from './messages/teach';
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
  optionsMessages,
  draftListMessages,
  backupMessages,
  dispatchMessages,
  storageMessages,
  structureReportMessages,
  aggregateMessages,
  importMessages,
  draftStoreMessages,
  importReadMessages,
  panelMessages,
  rulesMessages,
  pageMessages,
  fillMessages,
  taughtMessages,
  teachMessages,
  messagingMessages,
  quarantineMessages,
];
