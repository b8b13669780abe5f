import type { DBSchema, IDBPTransaction, StoreNames } from 'idb';
import type { QuarantineEntry } from './quarantine';
import { contentOf, newestFirst, revisionsToDrop } from './retention';
import type { Draft, Revision } from './schema';

// The store's layout and the steps its changes are made of. Each runs inside the caller's one
// readwrite transaction (store.ts), so a failure anywhere undoes all of them.

export interface TrashEntry {
  seq?: number;
  draftId: string;
  deletedAt: string;
  draft: Draft;
  revisions: Revision[];
}

export interface DraftDB extends DBSchema {
  drafts: { key: string; value: Draft };
  revisions: { key: number; value: Revision; indexes: { byDraft: string } };
  trash: { key: number; value: TrashEntry; indexes: { byDraft: string } };
  quarantine: { key: number; value: QuarantineEntry };
}

export type Tx = IDBPTransaction<DraftDB, StoreNames<DraftDB>[], 'readwrite'>;

export async function revisionsOf(tx: Tx, id: string): Promise<Revision[]> {
  return tx.objectStore('revisions').index('byDraft').getAll(id);
}

/** The same saved version (its revision number may have been raised by a merge). */
export function sameVersion(a: Draft, b: Draft): boolean {
  return a.savedAt === b.savedAt && contentOf(a) === contentOf(b) && a.name === b.name;
}

/** Makes `next` current, keeping `previous` (if its content differs) as a revision, then prunes. */
export async function replace(tx: Tx, previous: Draft | undefined, next: Draft, at: string): Promise<void> {
  if (previous && contentOf(previous) !== contentOf(next)) {
    await tx.objectStore('revisions').add({ draftId: next.id, replacedAt: at, draft: previous });
  }
  await tx.objectStore('drafts').put(next);
  for (const old of revisionsToDrop(next, await revisionsOf(tx, next.id))) {
    await tx.objectStore('revisions').delete(old.seq!);
  }
}

export async function addRevisionUnlessKnown(tx: Tx, revision: Revision): Promise<void> {
  const current = await tx.objectStore('drafts').get(revision.draftId);
  if (current && sameVersion(current, revision.draft)) return;
  const known = await revisionsOf(tx, revision.draftId);
  if (known.some((r) => sameVersion(r.draft, revision.draft))) return;
  const { draftId, replacedAt, draft } = revision;
  await tx.objectStore('revisions').add({ draftId, replacedAt, draft });
}

/**
 * Puts a draft that arrives from outside a save (backup, trash, migration, quarantine) without losing
 * what is there: the later saved version is current, the other is kept as a revision.
 */
export async function mergeIn(tx: Tx, incoming: Draft, at: string): Promise<Draft> {
  const drafts = tx.objectStore('drafts');
  const existing = await drafts.get(incoming.id);
  if (!existing) {
    await drafts.put(incoming);
    return incoming;
  }
  if (sameVersion(existing, incoming)) return existing;
  if (incoming.savedAt > existing.savedAt) {
    const current = { ...incoming, revision: Math.max(incoming.revision, existing.revision + 1) };
    await drafts.put(current);
    await addRevisionUnlessKnown(tx, { draftId: incoming.id, replacedAt: at, draft: existing });
    return current;
  }
  await addRevisionUnlessKnown(tx, { draftId: incoming.id, replacedAt: at, draft: incoming });
  return existing;
}

/**
 * Revisions whose draft is absent (a hand-edited backup, or one an older version imported) would be
 * kept and never shown: the newest of each such group becomes its draft, the rest its revisions.
 * Returns how many drafts were made so.
 */
export async function adoptOrphans(tx: Tx): Promise<number> {
  const present = new Set(await tx.objectStore('drafts').getAllKeys());
  const orphans = new Map<string, Revision[]>();
  for (const revision of await tx.objectStore('revisions').getAll()) {
    if (present.has(revision.draftId)) continue;
    orphans.set(revision.draftId, [...(orphans.get(revision.draftId) ?? []), revision]);
  }
  for (const group of orphans.values()) {
    const [newest] = newestFirst(group);
    await tx.objectStore('revisions').delete(newest!.seq!);
    const revision = Math.max(...group.map((r) => r.draft.revision));
    await tx.objectStore('drafts').put({ ...newest!.draft, revision });
  }
  return orphans.size;
}
