import { describe, expect, it } from 'vitest';
import { migrateDraft } from '@/lib/drafts/migrations';
import { periodFromV0 } from '@/lib/drafts/migrations/001-period-iso-values-by-column';
import { reasonIn } from '@/lib/drafts/quarantine';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { V0_FIXTURE } from './fixtures';

describe('migration 001: period as ISO dates, values by column number', () => {
  it('turns a v0 draft into the current shape', () => {
    const result = migrateDraft(V0_FIXTURE);
    if (!result.ok) throw new Error(reasonIn(result.reason, 'vi'));
    expect(result.migrated).toBe(true);
    expect(result.draft).toMatchObject({
      schema: DRAFT_SCHEMA_VERSION,
      id: 'II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã tịnh phong',
      period: '2024-12-15/2025-03-14',
      name: '',
      revision: 1,
      savedAt: '2025-03-01T02:00:00.000Z',
    });
    // Position 0 was column 3; empty cells are no value, not "".
    expect(result.draft.rows[0]).toEqual({
      label: 'Hộ tịch',
      key: 'hộ tịch',
      kind: 'data',
      values: { '3': '120', '4': '80', '5': '40', '8': '7' },
    });
    expect(result.draft.rows[1]?.kind).toBe('total');
  });

  it('honours a recorded first column', () => {
    const result = migrateDraft({ ...V0_FIXTURE, firstColumn: 4 });
    expect(result.ok && result.draft.rows[0]?.values).toMatchObject({ '4': '120' });
  });

  it('reads the period with a plain hyphen and without spaces', () => {
    expect(periodFromV0('1/1/2025-31/3/2025')).toBe('2025-01-01/2025-03-31');
  });

  it('reports, rather than guesses, a period it cannot read', () => {
    const result = migrateDraft({ ...V0_FIXTURE, period: '31/02/2025 – 14/3/2025' });
    expect(result.ok).toBe(false);
    expect(!result.ok && reasonIn(result.reason, 'vi')).toMatch(/31\/02\/2025/);
  });

  it('leaves a current draft as it is and refuses one from a newer version', () => {
    const current = migrateDraft(V0_FIXTURE);
    if (!current.ok) throw new Error(reasonIn(current.reason, 'vi'));
    const again = migrateDraft(current.draft);
    expect(again.ok && again.migrated).toBe(false);
    expect(migrateDraft({ ...current.draft, schema: DRAFT_SCHEMA_VERSION + 1 }).ok).toBe(false);
  });
});
