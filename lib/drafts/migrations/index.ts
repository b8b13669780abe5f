import { DRAFT_SCHEMA_VERSION, Draft } from '../schema';
import { migration001 } from './001-period-iso-values-by-column';

// Numbered migrations, applied in order from a record's own version (`schema`, absent = 0) up to
// DRAFT_SCHEMA_VERSION. Each is tested on a fixture of the version before it. A record that cannot be
// migrated is reported, never dropped: the store keeps it aside (quarantine).

export interface Migration {
  from: number;
  to: number;
  up(raw: unknown): unknown;
}

export const MIGRATIONS: Migration[] = [migration001];

export type Migrated = { ok: true; draft: Draft; migrated: boolean } | { ok: false; reason: string };

export function schemaOf(raw: unknown): number {
  const schema = (raw as { schema?: unknown } | null)?.schema;
  return typeof schema === 'number' ? schema : 0;
}

export function migrateDraft(raw: unknown): Migrated {
  const from = schemaOf(raw);
  if (from > DRAFT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `phiên bản lược đồ ${from} mới hơn phiên bản tiện ích biết (${DRAFT_SCHEMA_VERSION})`,
    };
  }
  let current = raw;
  try {
    for (const migration of MIGRATIONS) {
      if (migration.from >= from && migration.to <= DRAFT_SCHEMA_VERSION) current = migration.up(current);
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const parsed = Draft.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `trường ${issue?.path.join('.') || '(gốc)'}: ${issue?.message}` };
  }
  return { ok: true, draft: parsed.data, migrated: from !== DRAFT_SCHEMA_VERSION };
}
