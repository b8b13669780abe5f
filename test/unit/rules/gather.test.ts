import { describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/schema';
import { II_01_DC } from '@/lib/forms/definitions/ii-01-dc';
import { II_06 } from '@/lib/forms/definitions/ii-06';
import { II_06A } from '@/lib/forms/definitions/ii-06a';
import type { PageInfo } from '@/lib/page-info';
import { EMPTY_PROFILE } from '@/lib/profile';
import { FAMILIES, familyOf, neededContext } from '@/lib/rules/families';
import type { WholeFamily } from '@/lib/rules/family';
import { buildRuleContext, type ContextSources } from '@/lib/rules/gather';

// The context is gathered from what the registered families need: a source no applicable family
// needs is never asked.

const Q2: PageInfo = {
  formCode: 'II.06a/VPCP/KSTT',
  unit: 'UBND xã Tịnh Khê',
  periodLabel: 'Quý II năm 2025',
  period: { from: '2025-03-15', to: '2025-06-14' },
  badDates: [],
  workflow: 'luu-nhap',
  state: 'editable',
};

function draft(form: string, period: string, total: Record<string, string> = {}): Draft {
  return {
    schema: 3,
    id: `${form}|${period}|x`,
    form,
    period,
    unit: 'UBND xã Tịnh Khê',
    name: '',
    rows: [{ label: 'Tổng số', key: 'tổng số', kind: 'total', values: total }],
    savedAt: '2025-06-20T08:00:00.000Z',
    revision: 1,
  };
}

/** Sources that answer and write down what was asked. */
function sources(drafts: Draft[] = []) {
  const asked: string[] = [];
  const s: ContextSources = {
    profile: async () => {
      asked.push('profile');
      return { ...EMPTY_PROFILE, level: 'xa', unit: 'UBND xã Tịnh Khê' };
    },
    applied: async () => {
      asked.push('applied');
      return {};
    },
    draft: async (form, period) => {
      asked.push(`draft ${form} ${period}`);
      return drafts.find((d) => d.form === form && d.period === period) ?? null;
    },
    drafts: async (form, period) => {
      asked.push(`drafts ${form} ${period}`);
      return drafts.filter((d) => d.form === form && d.period === period);
    },
  };
  return { s, asked };
}

describe('buildRuleContext gathers what the families need', () => {
  it("on an II.06a: last quarter's draft for carry-over, no lower units' drafts", async () => {
    const last = draft(II_06A.code, '2024-12-15/2025-03-14');
    const { s, asked } = sources([last]);
    const ctx = await buildRuleContext(Q2, { code: II_06A.code, def: II_06A }, s);
    expect(ctx.previous).toEqual(last);
    expect(ctx.profile).toEqual({ level: 'xa', unit: 'UBND xã Tịnh Khê' });
    expect(ctx.expectedPeriod).toEqual({ from: '2025-03-15', to: '2025-06-14', source: 'default' });
    expect(asked.filter((a) => a.startsWith('drafts'))).toEqual([]);
  });

  it("on an II.06: the lower units' II.06a of the same period", async () => {
    const lower = draft(II_06A.code, '2025-03-15/2025-06-14');
    const { s } = sources([lower]);
    const ctx = await buildRuleContext({ ...Q2, formCode: II_06.code }, { code: II_06.code, def: II_06 }, s);
    expect(ctx.lower).toEqual([{ draft: lower }]);
  });

  it('on an outline: the totals of the first quoted form at hand', async () => {
    const ii06a = draft(II_06A.code, '2025-03-15/2025-06-14', { '3': '1.245', '4': '300' });
    const { s } = sources([ii06a]);
    const ctx = await buildRuleContext(
      { ...Q2, formCode: II_01_DC.code },
      { code: II_01_DC.code, def: II_01_DC },
      s,
    );
    expect(ctx.ii06Totals).toEqual({ '3': 1245, '4': 300 });
  });

  it('asks no source for parts no family needs', async () => {
    const { s, asked } = sources();
    const ctx = await buildRuleContext(Q2, { code: II_06A.code, def: II_06A }, s, [familyOf('sum')]);
    expect(asked).toEqual([]);
    expect(ctx).toEqual({});
  });

  it('asks only for what a new family needs: the profile, and nothing else', async () => {
    const levelOnly: WholeFamily = { id: 'field-level', scope: 'form', needs: ['profile'], run: () => {} };
    const { s, asked } = sources();
    const ctx = await buildRuleContext(Q2, { code: II_06A.code, def: II_06A }, s, [levelOnly]);
    expect(asked).toEqual(['profile']);
    expect(Object.keys(ctx)).toEqual(['profile']);
  });

  it('reads the profile once when several parts need it', async () => {
    const { s, asked } = sources();
    await buildRuleContext({ ...Q2, unit: '' }, { code: II_06A.code, def: II_06A }, s);
    expect(asked.filter((a) => a === 'profile')).toEqual(['profile']);
    expect(asked).toContain('draft II.06a/VPCP/KSTT 2024-12-15/2025-03-14');
  });

  it('fetches no draft on a page that names no form', async () => {
    const { s, asked } = sources();
    const ctx = await buildRuleContext({ ...Q2, formCode: null }, null, s);
    expect(asked.filter((a) => a.startsWith('draft'))).toEqual([]);
    expect(ctx.page).toEqual({ ...Q2, formCode: null });
  });

  it('leaves out a part whose source fails, keeping the others', async () => {
    const { s } = sources();
    const ctx = await buildRuleContext(
      Q2,
      { code: II_06A.code, def: II_06A },
      {
        ...s,
        draft: () => Promise.reject(new Error('background asleep')),
      },
    );
    expect('previous' in ctx).toBe(false);
    expect(ctx.profile?.level).toBe('xa');
  });
});

describe('neededContext', () => {
  it('counts a family only on the forms it applies to', () => {
    expect(neededContext(II_06A).has('lower')).toBe(false);
    expect(neededContext(II_06).has('lower')).toBe(true);
    expect(neededContext(II_06A).has('previous')).toBe(true);
    expect(neededContext(null).has('previous')).toBe(false);
    expect(neededContext(undefined)).toEqual(new Set(FAMILIES.flatMap((f) => f.needs)));
  });
});
