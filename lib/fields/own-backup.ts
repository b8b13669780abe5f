import type { Text } from '../i18n/message';
import { type BackupKey, backupMessages } from '../i18n/messages/backup';
import type { Pair } from '../i18n/phrase';
import { type OwnFields, readOwnFieldList } from './own-migrate';
import { OWN_FIELDS_SCHEMA, type OwnField } from './own-schema';
import { loadOwnFields, mergeOwnFields } from './own-store';

// The user's own field names in the backup file: an optional part of its own (`ownFields`), with its
// own schema version, beside the drafts (lib/drafts/backup.ts). Older backups have no such part and
// import as before; a newer part, or a damaged record in it, is kept aside and reported, and never
// stops the drafts from importing.

export interface OwnFieldsBackup {
  schema: number;
  entries: OwnField[];
}

export async function withOwnFields<T extends object>(
  backup: T,
): Promise<T & { ownFields: OwnFieldsBackup }> {
  const { entries } = await loadOwnFields();
  return { ...backup, ownFields: { schema: OWN_FIELDS_SCHEMA, entries } };
}

/** The names a backup file's text carries; null when it has no such part. */
export function ownFieldsInBackup(text: string): OwnFields | null {
  let part: unknown;
  try {
    part = (JSON.parse(text) as { ownFields?: unknown } | null)?.ownFields;
  } catch {
    return null;
  }
  if (part === undefined || part === null) return null;
  const { schema, entries } = part as { schema?: unknown; entries?: unknown };
  if (!Array.isArray(entries)) {
    return {
      entries: [],
      aside: [
        {
          record: part,
          reason: backupMessages.vi['backup.ownFieldsDamaged'],
          reasonEn: backupMessages.en['backup.ownFieldsDamaged'] as string,
        },
      ],
    };
  }
  return readOwnFieldList(entries, typeof schema === 'number' ? schema : OWN_FIELDS_SCHEMA);
}

/** Merges the backup's names into this machine's; says what happened, or null when the file had none. */
export async function importOwnFields(text: string): Promise<Text<BackupKey> | Pair | null> {
  const incoming = ownFieldsInBackup(text);
  if (!incoming) return null;
  const before = await loadOwnFields().then(
    (fields) => fields.entries.length,
    () => 0,
  );
  const reply = await mergeOwnFields(incoming);
  if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
  const added = reply.fields.entries.length - before;
  const aside = incoming.aside.length;
  return aside
    ? { key: 'backup.ownFieldsAside', params: { count: added, aside } }
    : { key: 'backup.ownFields', params: { count: added } };
}
