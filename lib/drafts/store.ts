import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { clean } from '../text';
import { type Backup, makeBackup, parseBackup } from './backup';
import { draftId } from './key';
import { migrateDraft, schemaOf } from './migrations';
import { fail, type Result } from './result';
import {
  DRAFT_SCHEMA_VERSION,
  type Draft,
  DraftInput,
  type DraftSummary,
  type Revision,
  readInstant,
  summarise,
} from './schema';
import { BlockedError, storageFailure } from './storage-error';

// The draft store: IndexedDB in the extension's own origin (the background), never the report site's.
//
// Never lose data:
// - every change runs in ONE readwrite transaction and any error aborts it, so a full disk or a failed
//   write leaves everything as it was;
// - a save reads the current version and writes it to `revisions` in the same transaction as the new
//   version. IndexedDB runs readwrite transactions over the same stores one after the other, so when
//   two tabs save the same draft at once the second save reads the first one's result and keeps it as
//   a revision: both writes survive, the later is current;
// - delete moves a draft and its revisions to `trash` (undelete brings them back);
// - a stored record that cannot be migrated moves to `quarantine`, never away.

export const DB_NAME = 'tro-ly-bao-cao';
/** IndexedDB layout version (stores and indexes); record shapes are versioned by Draft.schema. */
export const DB_VERSION = 1;
/** Revisions kept per draft; the oldest go first when a save passes the cap. */
export const MAX_REVISIONS = 20;

export interface TrashEntry {
  seq?: number;
  draftId: string;
  deletedAt: string;
  draft: Draft;
  revisions: Revision[];
}

export interface QuarantineEntry {
  seq?: number;
  store: 'drafts' | 'revisions';
  record: unknown;
  reason: string;
  at: string;
}

interface DraftDB extends DBSchema {
  drafts: { key: string; value: Draft };
  revisions: { key: number; value: Revision; indexes: { byDraft: string } };
  trash: { key: number; value: TrashEntry; indexes: { byDraft: string } };
  quarantine: { key: number; value: QuarantineEntry };
}

type Db = IDBPDatabase<DraftDB>;
type Tx = IDBPTransaction<DraftDB, StoreNames<DraftDB>[], 'readwrite'>;

export interface StoreOptions {
  factory: IDBFactory;
  name?: string;
  now?: () => Date;
  /** Called when the connection closes (an upgrade elsewhere, the browser closing it). */
  onClose?: () => void;
}

const NOT_FOUND = fail(
  'Không tìm thấy bản nháp này (có thể đã bị xoá ở một tab khác).',
  'This draft was not found (it may have been deleted in another tab).',
);

/** Opens (creating or upgrading) the database, then migrates older records. */
export async function openDraftStore(options: StoreOptions): Promise<DraftStore> {
  const db = await openDatabase(options.factory, options.name ?? DB_NAME, options.onClose);
  const store = new DraftStore(db, options.now ?? (() => new Date()));
  await store.migrateStored();
  return store;
}

function openDatabase(factory: IDBFactory, name: string, onClose?: () => void): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    let blocked = false;
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (event.oldVersion < 1) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('revisions', { keyPath: 'seq', autoIncrement: true }).createIndex(
          'byDraft',
          'draftId',
        );
        db.createObjectStore('trash', { keyPath: 'seq', autoIncrement: true }).createIndex(
          'byDraft',
          'draftId',
        );
        db.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
      }
    };
    request.onblocked = () => {
      blocked = true;
      reject(new BlockedError('blocked'));
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up: do not hold a connection nobody uses.
      if (blocked) return db.close();
      // Let a newer version of the extension upgrade the database instead of being blocked by us.
      db.onversionchange = () => {
        db.close();
        onClose?.();
      };
      db.onclose = () => onClose?.();
      resolve(wrap(db) as unknown as Db);
    };
  });
}

export class DraftStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  close(): void {
    this.db.close();
  }

  async save(input: unknown): Promise<Result<{ draft: Draft }>> {
    const parsed = DraftInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(gốc)';
      return fail(
        `Bản nháp không hợp lệ nên chưa được lưu (trường ${where}). Các bản nháp đã lưu vẫn còn nguyên.`,
        `The draft is invalid and was not saved (field ${where}). Saved drafts are unchanged.`,
      );
    }
    const data = parsed.data;
    const id = draftId(data.form, data.period, data.unit);
    return this.change(async (tx, at) => {
      const previous = await tx.objectStore('drafts').get(id);
      const draft: Draft = {
        schema: DRAFT_SCHEMA_VERSION,
        id,
        form: data.form,
        period: data.period,
        unit: data.unit,
        name: data.name ?? previous?.name ?? '',
        rows: data.rows,
        savedAt: at,
        revision: (previous?.revision ?? 0) + 1,
        ...(data.findings ? { findings: data.findings } : {}),
      };
      await this.replace(tx, previous, draft, at);
      return { draft };
    });
  }

  async get(id: string): Promise<Result<{ draft: Draft | null }>> {
    return this.read(async (tx) => ({ draft: (await tx.objectStore('drafts').get(id)) ?? null }));
  }

  /** The draft for this form, period and unit; without one, the other drafts of the same form. */
  async find(
    form: string,
    period: string,
    unit: string,
  ): Promise<Result<{ draft: Draft | null; others: DraftSummary[] }>> {
    const id = draftId(form, period, unit);
    return this.read(async (tx) => {
      const draft = (await tx.objectStore('drafts').get(id)) ?? null;
      const others = draft ? [] : (await this.summaries(tx)).filter((d) => d.form === form);
      return { draft, others };
    });
  }

  async list(): Promise<Result<{ drafts: DraftSummary[] }>> {
    return this.read(async (tx) => ({ drafts: await this.summaries(tx) }));
  }

  /** Earlier versions of a draft, newest first. */
  async revisions(id: string): Promise<Result<{ revisions: Revision[] }>> {
    return this.read(async (tx) => ({ revisions: newestFirst(await revisionsOf(tx, id)) }));
  }

  /** Makes an earlier version current again; the version it replaces becomes a revision itself. */
  async restoreRevision(id: string, seq: number): Promise<Result<{ draft: Draft }>> {
    return this.change(async (tx, at) => {
      const revision = await tx.objectStore('revisions').get(seq);
      if (!revision || revision.draftId !== id) return NOT_FOUND;
      const current = await tx.objectStore('drafts').get(id);
      const draft: Draft = {
        ...revision.draft,
        name: current?.name ?? revision.draft.name,
        savedAt: at,
        revision: Math.max(current?.revision ?? 0, revision.draft.revision) + 1,
      };
      await this.replace(tx, current, draft, at);
      return { draft };
    });
  }

  /** A name is a label, not content: renaming keeps the revision number and adds no revision. */
  async rename(id: string, name: string): Promise<Result<{ draft: Draft }>> {
    return this.change(async (tx) => {
      const current = await tx.objectStore('drafts').get(id);
      if (!current) return NOT_FOUND;
      const draft = { ...current, name: clean(name) };
      await tx.objectStore('drafts').put(draft);
      return { draft };
    });
  }

  /** Moves the draft and its revisions to the trash, from where undelete() brings them back. */
  async delete(id: string): Promise<Result<{ deleted: DraftSummary }>> {
    return this.change(async (tx, at) => {
      const draft = await tx.objectStore('drafts').get(id);
      if (!draft) return NOT_FOUND;
      const revisions = await revisionsOf(tx, id);
      await tx.objectStore('trash').add({ draftId: id, deletedAt: at, draft, revisions });
      for (const revision of revisions) await tx.objectStore('revisions').delete(revision.seq!);
      await tx.objectStore('drafts').delete(id);
      return { deleted: summarise(draft, revisions.length) };
    });
  }

  /** Undoes the latest delete of this draft; a draft saved under the same key since is kept too. */
  async undelete(id: string): Promise<Result<{ draft: Draft }>> {
    return this.change(async (tx, at) => {
      const entries = await tx.objectStore('trash').index('byDraft').getAll(id);
      const entry = entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).at(-1);
      if (!entry) return NOT_FOUND;
      for (const { draftId, replacedAt, draft } of entry.revisions) {
        await addRevisionUnlessKnown(tx, { draftId, replacedAt, draft });
      }
      const draft = await mergeIn(tx, entry.draft, at);
      await tx.objectStore('trash').delete(entry.seq!);
      return { draft };
    });
  }

  async exportBackup(): Promise<Result<{ backup: Backup }>> {
    return this.read(async (tx) => {
      const drafts = await tx.objectStore('drafts').getAll();
      const revisions = await tx.objectStore('revisions').getAll();
      return { backup: makeBackup(drafts, revisions, this.now()) };
    });
  }

  /**
   * Merges a backup file into the store, all or nothing. Never deletes: a draft that exists on both
   * sides keeps both versions, the later saved one current and the other as a revision; versions
   * already present are not duplicated. The revision cap is not applied here (it would drop data the
   * user just asked to bring back); the next save of that draft applies it.
   */
  async importBackup(
    text: string,
  ): Promise<Result<{ imported: number; added: number; merged: number; unchanged: number }>> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return parsed;
    return this.change(async (tx, at) => {
      const counts = { imported: parsed.drafts.length, added: 0, merged: 0, unchanged: 0 };
      for (const revision of parsed.revisions) await addRevisionUnlessKnown(tx, revision);
      for (const draft of parsed.drafts) {
        const before = await tx.objectStore('drafts').get(draft.id);
        await mergeIn(tx, draft, at);
        if (!before) counts.added++;
        else if (sameVersion(before, draft)) counts.unchanged++;
        else counts.merged++;
      }
      return counts;
    });
  }

  /** Records kept aside because they could not be migrated (for support; never deleted). */
  async quarantined(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine');
  }

  /** Brings records of older schema versions up to date; runs once after each open. */
  async migrateStored(): Promise<void> {
    await this.change(async (tx, at) => {
      const drafts = tx.objectStore('drafts');
      const keys = await drafts.getAllKeys();
      for (const key of keys) {
        const raw: unknown = await drafts.get(key);
        if (schemaOf(raw) === DRAFT_SCHEMA_VERSION) continue;
        const migrated = migrateDraft(raw);
        await drafts.delete(key);
        if (migrated.ok) await mergeIn(tx, migrated.draft, at);
        else
          await tx
            .objectStore('quarantine')
            .add({ store: 'drafts', record: raw, reason: migrated.reason, at });
      }
      const revisions = tx.objectStore('revisions');
      for (const revision of await revisions.getAll()) {
        if (schemaOf(revision.draft) === DRAFT_SCHEMA_VERSION) continue;
        const migrated = migrateDraft(revision.draft);
        if (migrated.ok) {
          // A time that is not one (an older import took any text) becomes the time of this migration.
          const replaced = readInstant(revision.replacedAt);
          const replacedAt = replaced.ok ? replaced.at : at;
          await revisions.put({ ...revision, draftId: migrated.draft.id, replacedAt, draft: migrated.draft });
        } else {
          await revisions.delete(revision.seq!);
          await tx
            .objectStore('quarantine')
            .add({ store: 'revisions', record: revision, reason: migrated.reason, at });
        }
      }
      return {};
    });
  }

  /** Makes `next` current, keeping `previous` (if any) as a revision, then applies the cap. */
  private async replace(tx: Tx, previous: Draft | undefined, next: Draft, at: string): Promise<void> {
    if (previous) {
      await tx.objectStore('revisions').add({ draftId: next.id, replacedAt: at, draft: previous });
      await pruneRevisions(tx, next.id);
    }
    await tx.objectStore('drafts').put(next);
  }

  private async summaries(tx: Tx): Promise<DraftSummary[]> {
    const drafts = await tx.objectStore('drafts').getAll();
    const index = tx.objectStore('revisions').index('byDraft');
    const list = await Promise.all(drafts.map(async (d) => summarise(d, await index.count(d.id))));
    return list.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private async read<T extends object>(work: (tx: Tx) => Promise<T>): Promise<Result<T>> {
    try {
      // Read-only work runs in a readwrite-typed handle only for shared helper signatures.
      const tx = this.db.transaction(['drafts', 'revisions', 'trash'], 'readonly') as unknown as Tx;
      const result = await work(tx);
      return { ok: true, ...result };
    } catch (error) {
      return storageFailure(error);
    }
  }

  /** One readwrite transaction over every store; any error or failure result aborts all of it. */
  private async change<T extends object>(
    work: (tx: Tx, at: string) => Promise<T | Result<T>>,
  ): Promise<Result<T>> {
    let tx: Tx | undefined;
    try {
      tx = this.db.transaction(['drafts', 'revisions', 'trash', 'quarantine'], 'readwrite');
      const result = await work(tx, this.now().toISOString());
      if ('ok' in result && result.ok === false) {
        tx.abort();
        await tx.done.catch(() => {});
        return result;
      }
      await tx.done;
      return { ok: true, ...(result as T) };
    } catch (error) {
      // A request that throws synchronously (quota, a bad key) does not abort the transaction by
      // itself: abort it so the earlier writes of this change are rolled back too.
      try {
        tx?.abort();
      } catch {
        // Already finished or aborted.
      }
      await tx?.done.catch(() => {});
      return storageFailure(error);
    }
  }
}

async function revisionsOf(tx: Tx, id: string): Promise<Revision[]> {
  return tx.objectStore('revisions').index('byDraft').getAll(id);
}

/** Oldest first: by the time the version was saved, then by insertion. */
function oldestFirst(revisions: Revision[]): Revision[] {
  return [...revisions].sort(
    (a, b) => a.draft.savedAt.localeCompare(b.draft.savedAt) || (a.seq ?? 0) - (b.seq ?? 0),
  );
}

function newestFirst(revisions: Revision[]): Revision[] {
  return oldestFirst(revisions).reverse();
}

async function pruneRevisions(tx: Tx, id: string): Promise<void> {
  const all = oldestFirst(await revisionsOf(tx, id));
  for (const old of all.slice(0, Math.max(0, all.length - MAX_REVISIONS))) {
    await tx.objectStore('revisions').delete(old.seq!);
  }
}

/** The same saved version (its revision number may have been raised by a merge). */
function sameVersion(a: Draft, b: Draft): boolean {
  return a.savedAt === b.savedAt && JSON.stringify(a.rows) === JSON.stringify(b.rows) && a.name === b.name;
}

async function addRevisionUnlessKnown(tx: Tx, revision: Revision): Promise<void> {
  const current = await tx.objectStore('drafts').get(revision.draftId);
  if (current && sameVersion(current, revision.draft)) return;
  const known = await revisionsOf(tx, revision.draftId);
  if (known.some((r) => sameVersion(r.draft, revision.draft))) return;
  const { draftId, replacedAt, draft } = revision;
  await tx.objectStore('revisions').add({ draftId, replacedAt, draft });
}

/**
 * Puts a draft that arrives from outside a save (backup, trash, migration) without losing what is
 * there: the later saved version is current, the other is kept as a revision.
 */
async function mergeIn(tx: Tx, incoming: Draft, at: string): Promise<Draft> {
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
