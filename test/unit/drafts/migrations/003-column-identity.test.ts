import { describe, expect, it } from 'vitest';
import { migrateDraft } from '@/lib/drafts/migrations';
import { reasonIn } from '@/lib/drafts/quarantine';
import { V2_FIXTURE } from './fixtures';

describe('migration 003: each column’s identity and the form version', () => {
  it('gives a v2 draft of a confirmed form the TT 01/2020 headers its numbers meant', () => {
    const result = migrateDraft(V2_FIXTURE);
    if (!result.ok) throw new Error(reasonIn(result.reason, 'vi'));
    expect(result.draft).toMatchObject({ schema: 3, formVersion: 'II.06a/VPCP/KSTT@01/2020' });
    expect(result.draft.rows).toEqual(V2_FIXTURE.rows);
    expect(result.draft.columns?.['4']).toEqual({ header: 'Số hồ sơ nhận giải quyết / Trực tuyến' });
    expect(result.draft.columns?.['2']).toEqual({ header: 'Lĩnh vực, công việc giải quyết theo cấp' });
  });

  it('leaves a draft of a generic form by number: nothing was recorded about its columns', () => {
    const result = migrateDraft({ ...V2_FIXTURE, form: 'II.05a/VPCP/KSTT' });
    if (!result.ok) throw new Error(reasonIn(result.reason, 'vi'));
    expect(result.draft.schema).toBe(3);
    expect(result.draft.columns).toBeUndefined();
    expect(result.draft.formVersion).toBeUndefined();
  });
});
