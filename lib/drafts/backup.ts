import { z } from 'zod/mini';
import type { OwnFieldsBackup } from '../fields/own-backup';
import { calendarDate } from '../periods/dates';
import { migrateDraft, schemaOf } from './migrations';
import { draftOf, QuarantineEntry } from './quarantine';
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

const REFUSED = 'Không có gì bị thay đổi.';
const REFUSED_EN = 'Nothing was changed.';

/** Reads a backup file's text; any problem refuses the whole file, so an import is all or nothing. */
export function parseBackup(text: string): Result<BackupContents> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(
      `Tệp không phải JSON hợp lệ nên không đọc được bản sao lưu. ${REFUSED}`,
      `The file is not valid JSON, so the backup cannot be read. ${REFUSED_EN}`,
    );
  }
  const envelope = BackupFile.safeParse(json);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    return fail(
      `Tệp này không phải bản sao lưu của Trợ lý Báo cáo. ${REFUSED}`,
      `This file is not a Trợ lý Báo cáo backup. ${REFUSED_EN}`,
    );
  }
  const file = envelope.data;
  if (file.schema > DRAFT_SCHEMA_VERSION) {
    return fail(
      `Bản sao lưu được tạo bởi phiên bản mới hơn của tiện ích (lược đồ ${file.schema}, bản này biết đến ${DRAFT_SCHEMA_VERSION}). Hãy cập nhật tiện ích rồi nhập lại. ${REFUSED}`,
      `The backup was made by a newer version of the extension (schema ${file.schema}, this one knows ${DRAFT_SCHEMA_VERSION}). Update the extension and import again. ${REFUSED_EN}`,
    );
  }
  const drafts: Draft[] = [];
  for (const [i, raw] of file.drafts.entries()) {
    // Drafts written before per-record versions carry the file's version.
    const migrated = migrateDraft(withSchema(raw, file.schema));
    if (!migrated.ok) return badEntry(`bản nháp thứ ${i + 1}`, `draft ${i + 1}`, migrated.reason);
    drafts.push(migrated.draft);
  }
  const revisions: Revision[] = [];
  for (const [i, raw] of (file.revisions ?? []).entries()) {
    const which = [`phiên bản cũ thứ ${i + 1}`, `revision ${i + 1}`] as const;
    const migrated = migrateDraft(withSchema(raw.draft, file.schema));
    if (!migrated.ok) return badEntry(...which, migrated.reason);
    const replacedAt = readInstant(raw.replacedAt);
    if (!replacedAt.ok) return badEntry(...which, `trường replacedAt: ${replacedAt.reason}`);
    // The file's draftId is not trusted either: the revision belongs to the draft its content names.
    revisions.push({ draftId: migrated.draft.id, replacedAt: replacedAt.at, draft: migrated.draft });
  }
  const quarantine: QuarantineEntry[] = [];
  for (const [i, raw] of (file.quarantine ?? []).entries()) {
    const entry = QuarantineEntry.safeParse(raw);
    if (!entry.success || entry.data.record === undefined) {
      const issue = entry.success ? 'thiếu bản ghi' : `trường ${entry.error.issues[0]?.path.join('.')}`;
      return badEntry(`bản không đọc được thứ ${i + 1}`, `unreadable record ${i + 1}`, issue);
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

function badEntry(which: string, whichEn: string, reason: string) {
  return fail(
    `Bản sao lưu bị hỏng: ${which} không hợp lệ (${reason}). ${REFUSED}`,
    `The backup is damaged: ${whichEn} is invalid (${reason}). ${REFUSED_EN}`,
  );
}
