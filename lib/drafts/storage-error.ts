import { inBoth } from '../i18n/both';
import type { Params } from '../i18n/message';
import { type DraftStoreKey, draftStoreMessages } from '../i18n/messages/draft-store';
import { type Failure, fail } from './result';

// IndexedDB errors as the user should read them. Every one ends by saying nothing was changed: the
// store runs each change in one transaction and aborts it on any error (store.ts).

/** A failure said by the draft-store messages, in both languages. */
const failing = (key: DraftStoreKey, params?: Params): Failure => {
  const said = inBoth(draftStoreMessages, key, params);
  return fail(said.vi, said.en);
};

/** Raised when another extension page keeps an older database version open. */
export class BlockedError extends Error {
  override name = 'BlockedError';
}

/** Raised by an open whose migration of older records failed (and was rolled back): `failure` says why. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(readonly failure: Failure) {
    super(failure.errorEn);
  }
}

export function storageFailure(error: unknown): Failure {
  if (error instanceof MigrationError) {
    const said = inBoth(draftStoreMessages, 'draftStore.migrating');
    return fail(`${said.vi} ${error.failure.error}`, `${said.en} ${error.failure.errorEn}`);
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return failing('draftStore.full');
    case 'BlockedError':
      return failing('draftStore.blocked');
    case 'VersionError':
      return failing('draftStore.newer');
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return failing('draftStore.closed');
    default:
      return failing('draftStore.other', { name: name || String(error) });
  }
}
