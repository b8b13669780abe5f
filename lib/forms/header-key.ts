import { labelKey } from '../text';

// The one header matcher: a page's table (lib/forms/match.ts) and an imported file
// (lib/drafts/import/map-columns.ts) reduce header wording to the same key, so "Trực tiếp/ qua dịch vụ
// bưu chính" matches the form's "Trực tiếp, dịch vụ bưu chính" wherever it is read.

/** Words that link parts of a header without changing what it counts. */
const LINKING_WORDS = new Set(['qua', 'và', 'hoặc']);

/** Header wording reduced to its words: numbering marks, punctuation and linking words dropped. */
export function headerKey(label: string): string {
  return labelKey(label)
    .replace(/^\(\s*\d+\s*\)|\(\s*\d+\s*\)$/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !LINKING_WORDS.has(word))
    .join(' ');
}
