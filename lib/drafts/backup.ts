import { z } from 'zod/mini';
import type { OwnFieldsBackup } from '../fields/own-backup';
import type { Lang } from '../i18n/lang';
import type { Params } from '../i18n/message';
import { type BackupKey, backupMessages } from '../i18n/messages/backup';
import { translator } from '../i18n/translator';
import { calendarDate } from '../periods/dates';
import { migrateDraft, schemaOf } from './migrations';
import { draftOf, QuarantineEntry, reasonIn } from './quarantine';
import { fail, type Result } from './result';
import { DRAFT_SCHEMA_VERSION, type Draft, type Revision, readInstant } from './schema';

// One backup file holds every draft, every kept revision and every record the store could not read
// (quarantine, kept as found), with the schema version they were written in, so an older backup is
// migrated on import and a newer one is refused rather than misread. Schema 2 added `quarantine`: an
// older version would have dropped it without a word, so it refuses the file instead.

export const BACKUP_FORMAT = 'tro-ly-bao-cao-backup';

/** The envelope; drafts, revisions and quarantined records are checked one by one. */
export const BackupFile = z.object({
  format: z.string(),
  schema: z.number(),
  exportedAt: z.string(),
  drafts: z.array(z.unknown()),
  revisions: z.optional(
    z.array(z.object({ draftId: z.optional(z.string()), replacedAt: z.string(), draft: z.unknown() })),
  ),
  quarantine: z.optional(z.array(z.unknown())),
  /** The user's own field names: a part of its own, versioned and read by lib/fields/own-backup.ts. */
  ownFields: z.optional(z.unknown()),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schema: number;
  exportedAt: string;
  drafts: Draft[];
  revisions: Revision[];
  quarantine: QuarantineEntry[];
  ownFields?: OwnFieldsBackup;
}

export interface BackupContents {
  drafts: Draft[];
  revisions: Revision[];
  quarantine: QuarantineEntry[];
}

/** What an import did, for the message the options page shows. */
export interface ImportCounts {
  /** Drafts in the file. */
  imported: number;
  added: number;
  merged: number;
  unchanged: number;
  /** Drafts made from revisions that came without theirs. */
  adopted: number;
  /** Unreadable records the file carried that were not quarantined here yet. */
  quarantined: number;
}

export function makeBackup(contents: BackupContents, now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    schema: DRAFT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    drafts: contents.drafts,
    revisions: contents.revisions.map(({ draftId, replacedAt, draft }) => ({ draftId, replacedAt, draft })),
    quarantine: contents.quarantine.map(({ store, record, reason, at }) => ({ store, record, reason, at })),
  };
}

/** "tro-ly-bao-cao-2025-03-14.json", the date in the user's calendar. */
export function backupFileName(now: Date): string {
  return `tro-ly-bao-cao-${calendarDate(now)}.json`;
}

/** The unreadable records alone, as a backup file that brings them back into quarantine. */
export function quarantineFileName(now: Date): string {
  return `tro-ly-bao-cao-khong-doc-duoc-${calendarDate(now)}.json`;
}

/** A refusal in both languages, from the backup messages (the reply carries both across messaging). */
function refuse(key: BackupKey, params: Params = {}, reason?: (lang: Lang) => string) {
  const say = (lang: Lang) =>
    translator(backupMessages, lang)(key, reason ? { ...params, reason: reason(lang) } : params);
  return fail(say('vi'), say('en'));
}

/** A refusal's reason from the backup messages. */
const said =
  (key: BackupKey, params: Params = {}) =>
  (lang: Lang) =>
    translator(backupMessages, lang)(key, params);

/** Reads a backup file's text; any problem refuses the whole file, so an import is all or nothing. */
export function parseBackup(text: string): Result<BackupContents> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('backup.refused.json');
  }
  const envelope = BackupFile.safeParse(json);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    return refuse('backup.refused.notBackup');
  }
  const file = envelope.data;
  if (file.schema > DRAFT_SCHEMA_VERSION) {
    return refuse('backup.refused.newer', { schema: file.schema, known: DRAFT_SCHEMA_VERSION });
  }
  const drafts: Draft[] = [];
  for (const [i, raw] of file.drafts.entries()) {
    // Drafts written before per-record versions carry the file's version.
    const migrated = migrateDraft(withSchema(raw, file.schema));
    if (!migrated.ok)
      return refuse('backup.refused.draft', { n: i + 1 }, (lang) => reasonIn(migrated.reason, lang));
    drafts.push(migrated.draft);
  }
  const revisions: Revision[] = [];
  for (const [i, raw] of (file.revisions ?? []).entries()) {
    const migrated = migrateDraft(withSchema(raw.draft, file.schema));
    if (!migrated.ok)
      return refuse('backup.refused.revision', { n: i + 1 }, (lang) => reasonIn(migrated.reason, lang));
    const replacedAt = readInstant(raw.replacedAt);
    if (!replacedAt.ok) {
      const why = (lang: Lang) =>
        said('backup.reason.fieldWhy', { field: 'replacedAt', reason: reasonIn(replacedAt.reason, lang) })(
          lang,
        );
      return refuse('backup.refused.revision', { n: i + 1 }, why);
    }
    // The file's draftId is not trusted either: the revision belongs to the draft its content names.
    revisions.push({ draftId: migrated.draft.id, replacedAt: replacedAt.at, draft: migrated.draft });
  }
  const quarantine: QuarantineEntry[] = [];
  for (const [i, raw] of (file.quarantine ?? []).entries()) {
    const entry = QuarantineEntry.safeParse(raw);
    if (!entry.success || entry.data.record === undefined) {
      const field = entry.success ? '' : (entry.error.issues[0]?.path.join('.') ?? '');
      const why = entry.success ? 'backup.reason.noRecord' : 'backup.reason.field';
      return refuse('backup.refused.unreadable', { n: i + 1 }, said(why, { field }));
    }
    const { store, record, at } = entry.data;
    // This version may read what the one that exported it could not: it then comes in as a draft.
    const migrated = migrateDraft(draftOf(entry.data));
    if (!migrated.ok) quarantine.push({ store, record, reason: migrated.reason, at });
    else if (store === 'drafts') drafts.push(migrated.draft);
    else {
      const replaced = readInstant(String((record as { replacedAt?: unknown }).replacedAt));
      const replacedAt = replaced.ok ? replaced.at : migrated.draft.savedAt;
      revisions.push({ draftId: migrated.draft.id, replacedAt, draft: migrated.draft });
    }
  }
  return { ok: true, drafts, revisions, quarantine };
}

function withSchema(raw: unknown, schema: number): unknown {
  if (raw && typeof raw === 'object' && schemaOf(raw) === 0 && !('schema' in raw)) return { ...raw, schema };
  return raw;
}
