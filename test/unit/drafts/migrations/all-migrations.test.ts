import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateDraft, schemaOf } from '@/lib/drafts/migrations';
import { reasonIn } from '@/lib/drafts/quarantine';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { FIXTURE_OF_VERSION } from './fixtures';

// Adding a migration without bumping DRAFT_SCHEMA_VERSION, bumping it without a migration, or either
// without a fixture of the version before fails here.

const versions = Array.from({ length: DRAFT_SCHEMA_VERSION }, (_, i) => i + 1);

describe('the migration chain', () => {
  it('has exactly one migration into every version from 1 to the schema constant, in order', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(versions.map((v) => [v - 1, v]));
    expect(MIGRATIONS.at(-1)?.to).toBe(DRAFT_SCHEMA_VERSION);
  });

  it('has a fixture of every version before the current one, and no other', () => {
    expect(Object.keys(FIXTURE_OF_VERSION).map(Number)).toEqual(versions.map((v) => v - 1));
  });

  it.each(versions.map((v) => v - 1))(
    'brings the fixture of version %i up to the current version',
    (from) => {
      const fixture = FIXTURE_OF_VERSION[from];
      expect(schemaOf(fixture)).toBe(from);
      const result = migrateDraft(fixture);
      if (!result.ok) throw new Error(reasonIn(result.reason, 'vi'));
      expect(result).toMatchObject({ migrated: true, draft: { schema: DRAFT_SCHEMA_VERSION } });
      // A migrated record is current: migrating it again changes nothing.
      expect(migrateDraft(result.draft)).toEqual({ ok: true, draft: result.draft, migrated: false });
    },
  );
});
