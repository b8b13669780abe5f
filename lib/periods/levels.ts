import { z } from 'zod/mini';

/** Who files: the four groups of filers the KSTT dispatches address. */
export const UnitLevel = z.enum(['so', 'xa', 'huyen-phong', 'huyen-vp']);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const UNIT_LEVELS = UnitLevel.options;

export const LEVEL_LABELS: Record<UnitLevel, { vi: string; en: string }> = {
  so: { vi: 'Sở, ban, ngành tỉnh', en: 'Provincial department' },
  xa: { vi: 'UBND cấp xã (xã, phường, đặc khu)', en: 'Commune People’s Committee' },
  'huyen-phong': {
    vi: 'Cơ quan chuyên môn thuộc UBND cấp huyện (trước 1/7/2025)',
    en: 'District specialised body (before 1 July 2025)',
  },
  'huyen-vp': {
    vi: 'Văn phòng HĐND và UBND cấp huyện (trước 1/7/2025)',
    en: 'District People’s Council and Committee office (before 1 July 2025)',
  },
};

/** Local government has two tiers from 1/7/2025: district levels report only earlier periods. */
export const DISTRICTS_ABOLISHED = '2025-07-01';

export function isDistrictLevel(level: UnitLevel): boolean {
  return level === 'huyen-phong' || level === 'huyen-vp';
}
