import { failWith } from './failure';
import type { Failure } from './result';

// IndexedDB errors as the user should read them. Every one ends by saying nothing was changed: the
// store runs each change in one transaction and aborts it on any error (store.ts).

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
    return failWith('drafts.migrating', { why: { vi: error.failure.error, en: error.failure.errorEn } });
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return failWith('drafts.full');
    case 'BlockedError':
      return failWith('drafts.blocked');
    case 'VersionError':
      return failWith('drafts.newer');
    case 'InvalidStateError':
    case 'TransactionInactiveError':
      return failWith('drafts.closed');
    default:
      return failWith('drafts.inaccessible', { name: name || String(error) });
  }
}
