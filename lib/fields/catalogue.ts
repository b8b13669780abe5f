import { labelKey, looseKey } from '../text';
import { spellingOfKey } from './keys';
import type { OwnField } from './own-schema';
import type { FieldCatalogue } from './schema';

// The catalogue indexed for lookups, built once on first use (nothing runs at import time). The data
// is handed in (useCatalogue) rather than imported: the content script reads it from extension
// storage, which keeps 5 KB of names out of its bundle; pages and tests use lib/fields/bundled.ts.

export interface FieldIndex {
  /** labelKey → name as listed: published names, their published aliases, names communes use. */
  accepted: Map<string, string>;
  /** spellingKey → name as listed, for the same name spelled with other dashes or commas. */
  bySpelling: Map<string, string>;
  /** labelKey of a known local spelling → the names it stands for, nearest first (chains followed). */
  variants: Map<string, string[]>;
  /** spellingKey of the names communes report (field-level). */
  commune: Set<string>;
  /** spellingKey of the names ministries publish nationally. */
  national: Set<string>;
  /** Every distinct name a suggestion may offer, with its diacritic-free key. */
  pool: { name: string; loose: string }[];
  /** spellingKey of the user's own names (lib/fields/own-schema.ts) → the name as they added it. */
  own: Map<string, string>;
}

let catalogue: FieldCatalogue | null = null;
let ownFields: readonly OwnField[] = [];
let index: FieldIndex | undefined;
/** Bumped whenever the catalogue changes, so caches of answers built from it can tell they are stale. */
let generation = 0;

export function useCatalogue(data: FieldCatalogue | null): void {
  catalogue = data;
  index = undefined;
  generation++;
}

/** The names the user added on this machine: accepted as published, at the level they said. */
export function useOwnFields(fields: readonly OwnField[]): void {
  ownFields = fields;
  index = undefined;
  generation++;
}

/** Without a catalogue the field checks stay silent rather than call every name unknown. */
export function hasCatalogue(): boolean {
  return catalogue !== null;
}

export function catalogueGeneration(): number {
  return generation;
}

function resolveVariant(
  start: string,
  variants: Record<string, string>,
  byKey: Map<string, string>,
): string[] {
  const chain: string[] = [];
  let current = start;
  for (let step = 0; step < 4; step++) {
    const next = variants[current] ?? findVariant(variants, current);
    if (next === undefined || labelKey(next) === labelKey(current)) break;
    chain.push(byKey.get(labelKey(next)) ?? next);
    current = next;
  }
  return [...new Set(chain)];
}

/** The variant entry whose key equals `name` under labelKey (the catalogue's own spelling may differ). */
function findVariant(variants: Record<string, string>, name: string): string | undefined {
  const key = labelKey(name);
  for (const [from, to] of Object.entries(variants)) if (labelKey(from) === key) return to;
  return undefined;
}

export function fieldIndex(): FieldIndex {
  if (index) return index;
  if (!catalogue) throw new Error('The field catalogue is not loaded (useCatalogue).');
  const accepted = new Map<string, string>();
  const bySpelling = new Map<string, string>();
  const national = new Set<string>();
  const commune = new Set<string>();
  const names = new Set<string>();
  // Each name's keys are made once: a cold labelKey is a few µs and the catalogue has ~300 names.
  /** Indexes the name; returns its spellingKey. */
  const add = (name: string, suggestible = true): string => {
    const key = labelKey(name);
    if (!accepted.has(key)) {
      if (suggestible) names.add(name);
      accepted.set(key, name);
    }
    const spelling = spellingOfKey(key);
    if (!bySpelling.has(spelling)) bySpelling.set(spelling, name);
    return spelling;
  };
  for (const entry of catalogue.entries) {
    national.add(add(entry.name));
    for (const alias of entry.aliases) national.add(add(alias, false));
  }
  for (const name of catalogue.communeLevelInUse) commune.add(add(name));
  const variants = new Map<string, string[]>();
  for (const from of Object.keys(catalogue.localVariants)) {
    const chain = resolveVariant(from, catalogue.localVariants, accepted);
    if (chain.length > 0) variants.set(labelKey(from), chain);
  }
  const own = new Map<string, string>();
  for (const field of ownFields) {
    const spelling = add(field.name);
    own.set(spelling, field.name);
    if (field.level !== 'tinh') commune.add(spelling);
    if (field.level !== 'xa') national.add(spelling);
  }
  const pool = [...names].map((name) => ({ name, loose: looseKey(name) }));
  index = { accepted, bySpelling, variants, commune, national, pool, own };
  return index;
}
