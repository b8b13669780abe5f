import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { lazy } from '../lazy';
import { STORED } from './keys';
import { StoredReason } from './stored-reason';

// Stored records that failed validation, kept exactly as found instead of being overwritten by the
// next write (as the draft quarantine does for drafts). The options page lists them; the user can
// download or discard them. The list only grows by an explicit add and shrinks by an explicit discard.

/** Built on first use (lib/lazy.ts): the content script imports this module to keep records aside. */
export const KeptAsideEntry = lazy(() =>
  z.object({
    /** The storage key it was under. */
    key: z.string(),
    /** Which record under that key ("2025-Q3" for a dispatch); absent when it is the whole value. */
    item: z.optional(z.string()),
    record: z.unknown(),
    /** Why it could not be read (its keys: lib/i18n/messages/storage.ts). */
    reason: StoredReason(),
    /** When it was set aside (ISO time). */
    at: z.string(),
  }),
);
export type KeptAsideEntry = z.infer<ReturnType<typeof KeptAsideEntry>>;

const KeptAsideList = lazy(() => z.object({ schema: z.literal(1), entries: z.array(KeptAsideEntry()) }));

const KEY = STORED.keptAside.key;

/** Reads the list; a damaged list is itself an entry, so adding to it never drops what it held. */
function readList(stored: unknown, now: Date): KeptAsideEntry[] {
  if (stored === undefined) return [];
  const parsed = KeptAsideList().safeParse(stored);
  if (parsed.success) return parsed.data.entries;
  return [{ key: KEY, record: stored, reason: { key: 'storage.listDamaged' }, at: now.toISOString() }];
}

export async function loadKeptAside(): Promise<KeptAsideEntry[]> {
  return readList((await browser.storage.local.get(KEY))[KEY], new Date());
}

const same = (a: KeptAsideEntry, b: KeptAsideEntry) =>
  a.key === b.key && a.item === b.item && JSON.stringify(a.record) === JSON.stringify(b.record);

/** Adds records (the same record kept twice is kept once). Call it before overwriting their key. */
export async function keepAside(entries: KeptAsideEntry[], now = new Date()): Promise<void> {
  if (!entries.length) return;
  const list = readList((await browser.storage.local.get(KEY))[KEY], now);
  const added = entries.filter((e) => !list.some((kept) => same(kept, e)));
  if (!added.length) return;
  await browser.storage.local.set({ [KEY]: { schema: 1, entries: [...list, ...added] } });
}

/** Removes an entry (matched by its key, item and record as kept). */
export async function discardKeptAside(entry: KeptAsideEntry): Promise<void> {
  const list = await loadKeptAside();
  const rest = list.filter((kept) => !same(kept, entry));
  await browser.storage.local.set({ [KEY]: { schema: 1, entries: rest } });
}

export const KEPT_ASIDE_KEY = KEY;
