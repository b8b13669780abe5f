import Fuse from 'fuse.js';
import { headerKey } from '../../forms/header-key';
import { labelKey } from '../../text';
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
/** Longer texts are not looked up by near words. */
const NEAR_LENGTH = 48;

/**
 * Near words are compared without diacritics ("Truc tiep" typed without Telex) and with every word
 * kept: headerKey drops the linking "qua", which without its accent may be "quá" ("Qua han").
 */
function bare(label: string): string {
  return labelKey(label)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
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

  /** `key` is the header's headerKey; with `loose` (its bare words), near words are looked for too. */
  find(key: string, loose?: string): T | undefined {
    const hit = this.exact.get(key);
    // Headers are short: a long text (a title, a note) is not compared word by word, which is slow.
    if (hit !== undefined || loose === undefined || loose.length > NEAR_LENGTH) return hit;
    this.fuse ??= new Fuse(
      this.entries.flatMap(([value, words]) => words.map((w) => ({ key: bare(w), value }))),
      { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true },
    );
    const [best] = this.fuse.search(loose, { limit: 1 });
    // Near words only for words of some length: "Trễ" and "Trẻ" are not the same column.
    return best && loose.length >= 6 ? best.item.value : undefined;
  }
}

const SECTIONS = new Vocabulary(Object.entries(SECTION_WORDS) as [Section, string[]][]);
const LEAVES = new Vocabulary(LEAF_WORDS);
const BY_SECTION = Object.fromEntries(
  (Object.keys(SECTION_LEAF_WORDS) as Section[]).map((s) => [s, new Vocabulary(SECTION_LEAF_WORDS[s])]),
) as Record<Section, Vocabulary<Role>>;
const LABEL = new Vocabulary<'label'>([['label', LABEL_WORDS]]);
const STT = new Vocabulary<'stt'>([['stt', ['STT', 'TT', 'Số TT', 'Số thứ tự']]]);

function fromRole(role: Role, section: Section | null): Placement {
  if (typeof role === 'number') return { number: role };
  if (role === 'none') return { number: null, kind: 'none' };
  if (role === 'merged') return { number: null, kind: 'merged' };
  if (section === null) return { number: null, kind: 'unknown' };
  const total = SECTION_TOTAL[section];
  return total === null ? { number: null, kind: 'new-total' } : { number: total };
}

/** A header label as looked up: its headerKey, and its bare words when near words may do. */
interface Key {
  exact: string;
  loose?: string;
}

function sectionsOf(leaf: Key): number {
  return (Object.keys(BY_SECTION) as Section[]).filter(
    (s) => BY_SECTION[s].find(leaf.exact, leaf.loose) !== undefined,
  ).length;
}

function attempt(keys: Key[]): Placement | null {
  const leaf = keys.at(-1)!;
  const find = <T>(v: Vocabulary<T>, k: Key) => v.find(k.exact, k.loose);
  if (find(LABEL, leaf)) return { number: 2, kind: 'label' };
  if (STT.find(leaf.exact)) return { number: 1, kind: 'stt' };
  let section: Section | null = null;
  for (const key of keys.slice(0, -1)) section = find(SECTIONS, key) ?? section;
  if (section !== null) {
    const role = find(BY_SECTION[section], leaf);
    // "By the group" only where the leaf alone would not say which ("Quá hạn", "Tổng số").
    if (role !== undefined) return { ...fromRole(role, section), byGroup: sectionsOf(leaf) > 1 };
  }
  const plain = find(LEAVES, leaf);
  if (plain !== undefined) return fromRole(plain, section);
  // A section with no leaves under it is its own total ("Đã giải quyết" alone).
  const alone = find(SECTIONS, leaf);
  if (alone !== undefined) return fromRole('total', alone);
  // "Tổng số", "Quá hạn" with no group above: every section where the word fits, in the form's order.
  const options: number[] = [];
  for (const s of ['received', 'resolved', 'pending'] as Section[]) {
    const role = find(BY_SECTION[s], leaf);
    const placed = role === undefined ? null : fromRole(role, s);
    if (placed?.number != null) options.push(placed.number);
  }
  if (options.length === 1) return { number: options[0] };
  return options.length > 0 ? { number: null, options } : null;
}

/** Whether a header cell names the label column ("Lĩnh vực", "Tên lĩnh vực", "Linh vuc"). */
export function isLabelHeader(text: string): boolean {
  return LABEL.find(headerKey(text), bare(text)) !== undefined;
}

/** Where a file column goes, from its header path (empty labels already dropped). */
export function placeColumn(path: string[]): Placement {
  const labels = path.map((l) => l.replace(/^\s*trong đó\s*:?\s*/i, '')).filter((l) => headerKey(l) !== '');
  if (labels.length === 0) return { number: null, kind: 'unknown' };
  const exact = attempt(labels.map((l) => ({ exact: headerKey(l) })));
  // An exact leaf that needs its group ("Quá hạn") is still placed by a group in near words.
  if (exact && !(exact.options && labels.length > 1)) return exact;
  const near = attempt(labels.map((l) => ({ exact: headerKey(l), loose: bare(l) })));
  if (near && !(exact && near.options)) return { ...near, fuzzy: true };
  return exact ?? { number: null, kind: 'unknown' };
}
