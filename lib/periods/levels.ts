import { z } from 'zod/mini';
import { levelsMessages } from '../i18n/messages/levels';
import type { Pair } from '../i18n/phrase';
import { lazy } from '../lazy';

/** Who files: the four groups of filers the KSTT dispatches address. */
const LEVELS = ['so', 'xa', 'huyen-phong', 'huyen-vp'] as const;
/** Built on first use (lib/lazy.ts): the content script imports this module. */
export const UnitLevel = lazy(() => z.enum(LEVELS));
export type UnitLevel = z.infer<ReturnType<typeof UnitLevel>>;

export const UNIT_LEVELS: UnitLevel[] = [...LEVELS];

/** Each level's name in each language (lib/i18n/messages/levels.ts). */
const { vi, en } = levelsMessages;
export const LEVEL_LABELS: Record<UnitLevel, Pair> = {
  so: { vi: vi['levels.so'], en: String(en['levels.so']) },
  xa: { vi: vi['levels.xa'], en: String(en['levels.xa']) },
  'huyen-phong': { vi: vi['levels.huyen-phong'], en: String(en['levels.huyen-phong']) },
  'huyen-vp': { vi: vi['levels.huyen-vp'], en: String(en['levels.huyen-vp']) },
};

/** Local government has two tiers from 1/7/2025: district levels report only earlier periods. */
export const DISTRICTS_ABOLISHED = '2025-07-01';

export function isDistrictLevel(level: UnitLevel): boolean {
  return level === 'huyen-phong' || level === 'huyen-vp';
}
