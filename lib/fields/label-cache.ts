import { catalogueGeneration } from './catalogue';

// Above the rows an imported file may have (lib/drafts/import/limits.ts): a file of 50 000 distinct
// labels must not clear the cache midway, or field-duplicate would redo every match field-name made.
const MAX_ENTRIES = 65_000;

/**
 * One answer per label, remembered: tables repeat labels and re-checks repeat tables. Answers are
 * dropped when the catalogue they came from changes, and when too many labels pile up.
 */
export function cachedByLabel<T>(compute: (label: string) => T): (label: string) => T {
  const cache = new Map<string, T>();
  let generation = -1;
  return (label) => {
    if (generation !== catalogueGeneration() || cache.size > MAX_ENTRIES) {
      cache.clear();
      generation = catalogueGeneration();
    }
    if (cache.has(label)) return cache.get(label) as T;
    const answer = compute(label);
    cache.set(label, answer);
    return answer;
  };
}
