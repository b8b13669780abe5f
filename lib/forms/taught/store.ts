import { browser } from 'wxt/browser';
import { keepAside } from '../../storage/kept-aside';
import { STORED } from '../../storage/keys';
import { readTaughtRecord, taughtRecord } from './record';
import type { TaughtStructure, TaughtStructures } from './schema';

// Taught structures in browser.storage.local (the extension's own storage, which pages cannot read):
// the teach kit reads and writes them from the report page's content script, the options page lists,
// exports, imports and removes them. Every write first keeps aside what could not be read.

export const TAUGHT_KEY = STORED.taught.key;

async function readStored(now: Date) {
  return readTaughtRecord((await browser.storage.local.get(TAUGHT_KEY))[TAUGHT_KEY], now);
}

export async function loadTaught(now = new Date()): Promise<TaughtStructures> {
  return (await readStored(now)).structures;
}

async function update(change: (current: TaughtStructures) => TaughtStructures, now: Date): Promise<void> {
  const { structures, bad } = await readStored(now);
  await keepAside(bad, now);
  await browser.storage.local.set({ [TAUGHT_KEY]: taughtRecord(change(structures)) });
}

/** Adds or replaces structures (by fingerprint). */
export function saveTaught(added: TaughtStructure[], now = new Date()): Promise<void> {
  return update((current) => {
    const next = { ...current };
    for (const s of added) next[s.fingerprint] = s;
    return next;
  }, now);
}

export function removeTaught(fingerprint: string, now = new Date()): Promise<void> {
  return update((current) => {
    const { [fingerprint]: _removed, ...rest } = current;
    return rest;
  }, now);
}

/** Calls back whenever the taught structures change. Returns the unsubscribe. */
export function onTaughtChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (TAUGHT_KEY in changes) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
