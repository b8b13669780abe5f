import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The four groups of filers (lib/periods/levels.ts), as the options page and the popup name them. A
// catalogue of its own so that the content script, which needs the levels but not their names, does
// not carry them.

const vi = {
  'levels.so': 'Sở, ban, ngành tỉnh',
  'levels.xa': 'UBND cấp xã (xã, phường, đặc khu)',
  'levels.huyen-phong': 'Cơ quan chuyên môn thuộc UBND cấp huyện (trước 1/7/2025)',
  'levels.huyen-vp': 'Văn phòng HĐND và UBND cấp huyện (trước 1/7/2025)',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'levels.so': 'Provincial department',
  'levels.xa': 'Commune People’s Committee',
  'levels.huyen-phong': 'District specialised body (before 1 July 2025)',
  'levels.huyen-vp': 'District People’s Council and Committee office (before 1 July 2025)',
};

export const levelsMessages: Catalogue<typeof vi> = { vi, en };
