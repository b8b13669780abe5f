import { labelKey, looseKey } from '../text';
import { catalogueGeneration, fieldIndex } from './catalogue';
import { spellingKey } from './keys';
import { cachedByLabel } from './label-cache';

// Is a row's label a published field name? Exact comparison is on labelKey (NFC, case, spaces,
// dash kind); a known local spelling or the same words with other punctuation is recognised and
// answered with the published name; anything else gets the closest names, found without diacritics
// (suggestions only: a diacritic-free likeness never counts as a match).

export type FieldMatch =
  /**
   * A published name (or one communes use). `preferred`: the name the catalogue maps it to, if other.
   * `own`: a name the user added to their own list, never flagged on this machine.
   */
  | { kind: 'published'; name: string; preferred?: string; own?: true }
  /** A known local spelling, or a published name with other punctuation: `names` are what it stands for. */
  | { kind: 'variant'; names: string[] }
  /** Not a known name: `suggestions` are the closest published names, best first (may be empty). */
  | { kind: 'unknown'; suggestions: string[] };

const MAX_SUGGESTIONS = 3;
/** Below this likeness a name is not worth suggesting. */
const MIN_SCORE = 0.45;

/** Suggestions weaker than this share of the best one are left out. */
const RELATIVE_FLOOR = 0.8;

export const matchField: (label: string) => FieldMatch = cachedByLabel(decide);

function decide(label: string): FieldMatch {
  const index = fieldIndex();
  const own = index.own.get(spellingKey(label));
  if (own !== undefined) return { kind: 'published', name: own, own: true };
  const key = labelKey(label);
  const name = index.accepted.get(key);
  const variant = index.variants.get(key);
  if (name !== undefined) {
    const preferred = variant?.find((n) => labelKey(n) !== key);
    return preferred ? { kind: 'published', name, preferred } : { kind: 'published', name };
  }
  if (variant) return { kind: 'variant', names: variant };
  const respelled = index.bySpelling.get(spellingKey(label));
  if (respelled !== undefined) return { kind: 'variant', names: [respelled] };
  return { kind: 'unknown', suggestions: suggestFields(label) };
}

/** The name is one the user added themselves (shown marked as theirs). */
export function isOwnField(name: string): boolean {
  return fieldIndex().own.has(spellingKey(name));
}

/** The closest published names to `label`, best first, compared without diacritics. */
export function suggestFields(label: string, limit = MAX_SUGGESTIONS): string[] {
  const target = looseKey(label);
  if (target === '') return [];
  const { pool, postings } = suggestionIndex();
  const grams = bigrams(target);
  const words = target.split(' ');
  // Count shared bigrams only for names that share any, through the postings.
  const shared = new Map<number, number>();
  for (const gram of grams)
    for (const id of postings.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
  const scored: { name: string; score: number }[] = [];
  for (const [id, n] of shared) {
    const candidate = pool[id];
    const dice = (2 * n) / (grams.size + candidate.grams.size);
    const contained =
      candidate.words.every((w) => words.includes(w)) || words.every((w) => candidate.words.includes(w));
    const score = candidate.loose === target ? 1 : contained ? Math.max(dice, 0.5 + dice / 2) : dice;
    if (score >= MIN_SCORE) scored.push({ name: candidate.name, score });
  }
  scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length);
  // Far weaker likenesses than the best one are noise next to it.
  const floor = (scored[0]?.score ?? 0) * RELATIVE_FLOOR;
  return scored
    .filter((s) => s.score >= floor)
    .slice(0, limit)
    .map((s) => s.name);
}

interface Candidate {
  name: string;
  loose: string;
  grams: Set<string>;
  words: string[];
}

let suggestions: { pool: Candidate[]; postings: Map<string, number[]>; generation: number } | undefined;

function suggestionIndex() {
  // Rebuilt when the names change (the user's own list grows), like the answers' caches.
  if (suggestions?.generation === catalogueGeneration()) return suggestions;
  const pool = fieldIndex().pool.map(({ name, loose }) => ({
    name,
    loose,
    grams: bigrams(loose),
    words: loose.split(' '),
  }));
  const postings = new Map<string, number[]>();
  pool.forEach((candidate, id) => {
    for (const gram of candidate.grams) {
      const list = postings.get(gram) ?? [];
      list.push(id);
      postings.set(gram, list);
    }
  });
  suggestions = { pool, postings, generation: catalogueGeneration() };
  return suggestions;
}

/** Character pairs of the text with a space at each end (so first and last letters weigh too). */
function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) grams.add(padded.slice(i, i + 2));
  return grams;
}
