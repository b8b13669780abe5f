import { draftId } from '../key';
import { DRAFT_SCHEMA_VERSION, Draft } from '../schema';
import { migration001 } from './001-period-iso-values-by-column';
import { migration002 } from './002-checked-key-period-times';
import { migration003 } from './003-column-identity';
import { type QuarantineReason, reasonOf } from './reason';

// Numbered migrations, applied in order from a record's own version (`schema`, absent = 0) up to
// DRAFT_SCHEMA_VERSION. Each is tested on a fixture of the version before it, and a test checks that
// every version has one. A record that cannot be migrated is reported, never dropped: the store keeps
// it aside (quarantine) with the reason as a message key (./reason.ts), shown by the options page.

export interface Migration {
  from: number;
  to: number;
  up(raw: unknown): unknown;
}

export const MIGRATIONS: Migration[] = [migration001, migration002, migration003];

export type Migrated =
  | { ok: true; draft: Draft; migrated: boolean }
  | { ok: false; reason: QuarantineReason };

export function schemaOf(raw: unknown): number {
  const schema = (raw as { schema?: unknown } | null)?.schema;
  return typeof schema === 'number' ? schema : 0;
}

/**
 * Brings any record (stored, in a backup, in quarantine) to the current shape, checked with the schema
 * a save uses. The id is always recomputed from form, period and unit and times are written as
 * toISOString(), whatever version the record came from: a file's own id or time text is never trusted.
 */
export function migrateDraft(raw: unknown): Migrated {
  const from = schemaOf(raw);
  if (from > DRAFT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: { key: 'quarantine.newer', params: { schema: from, known: DRAFT_SCHEMA_VERSION } },
    };
  }
  let current = raw;
  try {
    for (const migration of MIGRATIONS) {
      if (migration.from >= from && migration.to <= DRAFT_SCHEMA_VERSION) current = migration.up(current);
    }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  const parsed = Draft.safeParse(current);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  const draft = parsed.data;
  const canonical: Draft = {
    ...draft,
    id: draftId(draft.form, draft.period, draft.unit),
    savedAt: new Date(draft.savedAt).toISOString(),
  };
  return { ok: true, draft: canonical, migrated: from !== DRAFT_SCHEMA_VERSION };
}
