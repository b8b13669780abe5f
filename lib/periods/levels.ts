import { z } from 'zod/mini';
import { periodsMessages } from '../i18n/messages/periods';

/** Who files: the four groups of filers the KSTT dispatches address. */
export const UnitLevel = z.enum(['so', 'xa', 'huyen-phong', 'huyen-vp']);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const UNIT_LEVELS = UnitLevel.options;

/** Each level's name in each language (lib/i18n/messages/periods.ts). */
export const LEVEL_LABELS = Object.fromEntries(
  UNIT_LEVELS.map((level) => {
    const key = `periods.level.${level}` as const;
    return [level, { vi: periodsMessages.vi[key], en: String(periodsMessages.en[key]) }];
  }),
) as Record<UnitLevel, { vi: string; en: string }>;

/** Local government has two tiers from 1/7/2025: district levels report only earlier periods. */
export const DISTRICTS_ABOLISHED = '2025-07-01';

export function isDistrictLevel(level: UnitLevel): boolean {
  return level === 'huyen-phong' || level === 'huyen-vp';
}
