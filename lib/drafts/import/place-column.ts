import Fuse from 'fuse.js';
import { headerKey } from '../../forms/header-key';
import {
  LABEL_WORDS,
  LEAF_WORDS,
  type Role,
  SECTION_LEAF_WORDS,
  SECTION_TOTAL,
  SECTION_WORDS,
  type Section,
} from './synonyms';

// One file column's header path (group words top to bottom, then its own) → where it goes on
// II.06a / II.06, read through the exporters' vocabulary (synonyms.ts). Exact words first, then
// near words by fuse.js (a typo, a missing diacritic): those are marked so the preview says so.

export type Kind = 'label' | 'stt' | 'new-total' | 'merged' | 'none' | 'unknown';

export interface Placement {
  /** Form column; null when not placed. */
  number: number | null;
  kind?: Kind;
  /** Decided by the group above (a "Tổng số", a "Quá hạn" that needs its section). */
  byGroup?: boolean;
  fuzzy?: boolean;
  /** Several form columns fit and no group above tells which: decided later by the form's order. */
  options?: number[];
}

/** Near enough to be the same words (fuse.js score: 0 exact, 1 nothing alike). */
const FUZZY_THRESHOLD = 0.2;

/** Near words are compared without diacritics: "Truc tiep" typed on a keyboard without Telex. */
function bare(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

class Vocabulary<T> {
  private readonly exact = new Map<string, T>();
  private fuse: Fuse<{ key: string; value: T }> | null = null;

  constructor(private readonly entries: [T, string[]][]) {
    for (const [value, words] of entries) for (const w of words) this.exact.set(headerKey(w), value);
  }

  find(key: string, fuzzy: boolean): T | undefined {
    const hit = this.exact.get(key);
    if (hit !== undefined || !fuzzy) return hit;
    this.fuse ??= new Fuse(
      this.entries.flatMap(([value, words]) => words.map((w) => ({ key: bare(headerKey(w)), value }))),
      { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true },
    );
    const [best] = this.fuse.search(bare(key), { limit: 1 });
    // Near words only for words of some length: "Trễ" and "Trẻ" are not the same column.
    return best && key.length >= 6 ? best.item.value : undefined;
  }
}

const SECTIONS = new Vocabulary(Object.entries(SECTION_WORDS) as [Section, string[]][]);
const LEAVES = new Vocabulary(LEAF_WORDS);
const BY_SECTION = Object.fromEntries(
  (Object.keys(SECTION_LEAF_WORDS) as Section[]).map((s) => [s, new Vocabulary(SECTION_LEAF_WORDS[s])]),
) as Record<Section, Vocabulary<Role>>;
const LABEL = new Vocabulary<'label'>([['label', LABEL_WORDS]]);
const STT = new Vocabulary<'stt'>([['stt', ['STT', 'TT', 'Số TT', 'Số thứ tự']]]);

/** "Trong đó: Mới tiếp nhận" is "Mới tiếp nhận"; a bare "Trong đó" says nothing. */
function keyOf(label: string): string {
  return headerKey(label).replace(/^trong đó\s*/, '');
}

function fromRole(role: Role, section: Section | null): Placement {
  if (typeof role === 'number') return { number: role };
  if (role === 'none') return { number: null, kind: 'none' };
  if (role === 'merged') return { number: null, kind: 'merged' };
  if (section === null) return { number: null, kind: 'unknown' };
  const total = SECTION_TOTAL[section];
  return total === null ? { number: null, kind: 'new-total' } : { number: total };
}

function sectionsOf(leaf: string, fuzzy: boolean): number {
  return (Object.keys(BY_SECTION) as Section[]).filter((s) => BY_SECTION[s].find(leaf, fuzzy) !== undefined)
    .length;
}

function attempt(keys: string[], fuzzy: boolean): Placement | null {
  const leaf = keys.at(-1)!;
  if (LABEL.find(leaf, fuzzy)) return { number: 2, kind: 'label' };
  if (STT.find(leaf, false)) return { number: 1, kind: 'stt' };
  let section: Section | null = null;
  for (const key of keys.slice(0, -1)) section = SECTIONS.find(key, fuzzy) ?? section;
  if (section !== null) {
    const role = BY_SECTION[section].find(leaf, fuzzy);
    // "By the group" only where the leaf alone would not say which ("Quá hạn", "Tổng số").
    if (role !== undefined) return { ...fromRole(role, section), byGroup: sectionsOf(leaf, fuzzy) > 1 };
  }
  const plain = LEAVES.find(leaf, fuzzy);
  if (plain !== undefined) return fromRole(plain, section);
  // A section with no leaves under it is its own total ("Đã giải quyết" alone).
  const alone = SECTIONS.find(leaf, fuzzy);
  if (alone !== undefined) return fromRole('total', alone);
  // "Tổng số", "Quá hạn" with no group above: every section where the word fits, in the form's order.
  const options: number[] = [];
  for (const s of ['received', 'resolved', 'pending'] as Section[]) {
    const role = BY_SECTION[s].find(leaf, fuzzy);
    const placed = role === undefined ? null : fromRole(role, s);
    if (placed?.number != null) options.push(placed.number);
  }
  return options.length > 0 ? { number: null, options } : null;
}

/** Where a file column goes, from its header path (empty labels already dropped). */
export function placeColumn(path: string[]): Placement {
  const keys = path.map(keyOf).filter((k) => k !== '');
  if (keys.length === 0) return { number: null, kind: 'unknown' };
  const exact = attempt(keys, false);
  if (exact) return exact;
  const near = attempt(keys, true);
  return near ? { ...near, fuzzy: true } : { number: null, kind: 'unknown' };
}
