import type { Text } from '../i18n/message';
import type { StorageKey } from '../i18n/messages/storage';

// Every item the extension keeps in browser.storage.local, with the schema version it writes now.
// A record with an older version is migrated on read; one that does not validate (damaged, or written
// by a newer version) is kept aside, never overwritten (see kept-aside.ts). Drafts live in IndexedDB
// with their own numbered migrations (lib/drafts/migrations).

export interface StoredItem {
  key: string;
  /** The schema version written now; a record without one is version 0. */
  version: number;
  /** What it is, for the kept-aside list on the options page (lib/i18n/messages/storage.ts). */
  label: StorageKey;
}

export const STORED = {
  profile: { key: 'tlbc:profile', version: 1, label: 'storage.item.profile' },
  settings: { key: 'settings', version: 1, label: 'storage.item.settings' },
  dispatches: { key: 'tlbc:dispatches', version: 1, label: 'storage.item.dispatches' },
  taught: { key: 'tlbc:taught-structures', version: 1, label: 'storage.item.taught' },
  keptAside: { key: 'tlbc:kept-aside', version: 1, label: 'storage.item.keptAside' },
} as const satisfies Record<string, StoredItem>;

export function storedItemOf(key: string): StoredItem | undefined {
  return Object.values(STORED).find((item) => item.key === key);
}

/** The version a stored record says it has (0 for a record from before versions). */
export function versionOf(record: unknown): number {
  const v = record && typeof record === 'object' ? (record as { schema?: unknown }).schema : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Why a record could not be read, as data: the options page says it in its language. */
export type Reason = Text<StorageKey>;

/** Why a record failed its schema: the fields at fault ("" for the whole record). */
export function invalidReason(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): Reason {
  const paths = [...new Set(issues.map((i) => i.path.map(String).join('.')))].slice(0, 5);
  if (paths.includes('')) return { key: 'storage.invalidWhole' };
  return { key: 'storage.invalid', params: { paths: paths.join(', ') } };
}

export function newerReason(version: number, known: number): Reason {
  return { key: 'storage.newer', params: { version, known } };
}
