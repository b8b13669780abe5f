import { describe, expect, it } from 'vitest';

// Issue 18: the content script's modules build no zod schema at load (lib/lazy.ts). A schema exported
// as `z.object(…)` instead of `lazy(() => z.object(…))` would be built on every report page.

const MODULES: [string, () => Promise<Record<string, unknown>>][] = [
  ['lib/settings.ts', () => import('@/lib/settings')],
  ['lib/profile.ts', () => import('@/lib/profile')],
  ['lib/periods/levels.ts', () => import('@/lib/periods/levels')],
  ['lib/periods/windows.ts', () => import('@/lib/periods/windows')],
  ['lib/periods/schedule-schema.ts', () => import('@/lib/periods/schedule-schema')],
  ['lib/storage/kept-aside.ts', () => import('@/lib/storage/kept-aside')],
  ['lib/fields/schema.ts', () => import('@/lib/fields/schema')],
  ['lib/fields/own-schema.ts', () => import('@/lib/fields/own-schema')],
  ['lib/table/widget-protocol.ts', () => import('@/lib/table/widget-protocol')],
];

/** Kept built at load: components/ read their `.options` (neither is in the content script's bundle). */
const EAGER = new Set(['FieldLevel']);

const isSchema = (value: unknown) => typeof value === 'object' && value !== null && '_zod' in value;

describe('schemas the content script imports', () => {
  it.each(MODULES)('%s exports no schema built at load', async (_, load) => {
    const exports = await load();
    const built = Object.entries(exports).filter(([name, value]) => isSchema(value) && !EAGER.has(name));
    expect(built.map(([name]) => name)).toEqual([]);
  });

  it('each lazy schema builds a working schema on first call', async () => {
    const { Settings } = await import('@/lib/settings');
    const { GridReply } = await import('@/lib/table/widget-protocol');
    const { PeriodId } = await import('@/lib/periods/windows');
    expect(Settings().parse({})).toEqual({ disabledSites: [], dock: 'right', collapsed: false, lang: 'vi' });
    expect(GridReply().safeParse({ id: 'a', ok: false, error: 'x' }).success).toBe(true);
    expect(GridReply().safeParse({ id: 'a', ok: 'yes' }).success).toBe(false);
    expect(PeriodId().safeParse('2025-Q1').success).toBe(true);
    expect(PeriodId().safeParse('2025-Q5').success).toBe(false);
  });
});
