import { z } from 'zod/mini';
import type { OwnFieldsBackup } from '../fields/own-backup';
import { migrateDraft, schemaOf } from './migrations';
import { fail, type Result } from './result';
import { DRAFT_SCHEMA_VERSION, type Draft, type Revision } from './schema';

// One backup file holds every draft and every kept revision, with the schema version they were written
// in, so an older backup is migrated on import and a newer one is refused rather than misread.

export const BACKUP_FORMAT = 'tro-ly-bao-cao-backup';

/** The envelope; drafts are checked one by one through the migrations. */
export const BackupFile = z.object({
  format: z.string(),
  schema: z.number(),
  exportedAt: z.string(),
  drafts: z.array(z.unknown()),
  revisions: z.optional(
    z.array(z.object({ draftId: z.optional(z.string()), replacedAt: z.string(), draft: z.unknown() })),
  ),
  /** The user's own field names: a part of its own, versioned and read by lib/fields/own-backup.ts. */
  ownFields: z.optional(z.unknown()),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schema: number;
  exportedAt: string;
  drafts: Draft[];
  revisions: Revision[];
  ownFields?: OwnFieldsBackup;
}

export function makeBackup(drafts: Draft[], revisions: Revision[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    schema: DRAFT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    drafts,
    revisions: revisions.map(({ draftId, replacedAt, draft }) => ({ draftId, replacedAt, draft })),
  };
}

/** "tro-ly-bao-cao-2025-03-14.json" */
export function backupFileName(now: Date): string {
  return `tro-ly-bao-cao-${now.toISOString().slice(0, 10)}.json`;
}

const REFUSED = 'Không có gì bị thay đổi.';
const REFUSED_EN = 'Nothing was changed.';

/** Reads a backup file's text; any problem refuses the whole file, so an import is all or nothing. */
export function parseBackup(text: string): Result<{ drafts: Draft[]; revisions: Revision[] }> {
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
    const migrated = migrateDraft(withSchema(raw.draft, file.schema));
    if (!migrated.ok) return badEntry(`phiên bản cũ thứ ${i + 1}`, `revision ${i + 1}`, migrated.reason);
    revisions.push({ draftId: migrated.draft.id, replacedAt: raw.replacedAt, draft: migrated.draft });
  }
  return { ok: true, drafts, revisions };
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
