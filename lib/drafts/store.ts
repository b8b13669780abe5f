import { type IDBPDatabase, wrap } from 'idb';
import { inBoth } from '../i18n/both';
import type { Lang } from '../i18n/lang';
import { draftStoreMessages } from '../i18n/messages/draft-store';
import { translator } from '../i18n/translator';
import { clean } from '../text';
import { type Backup, type ImportCounts, makeBackup, parseBackup } from './backup';
import { draftId } from './key';
import { migrateDraft } from './migrations';
import { type QuarantineEntry, reasonIn, sameQuarantined } from './quarantine';
import { fail, type Result } from './result';
import { newestFirst } from './retention';
import {
  DRAFT_SCHEMA_VERSION,
  type Draft,
  DraftInput,
  type DraftSummary,
  type Revision,
  summarise,
} from './schema';
import { BlockedError, MigrationError, storageFailure } from './storage-error';
import { migrateStored } from './store-migrate';
import {
  addRevisionUnlessKnown,
  adoptOrphans,
  type DraftDB,
  mergeIn,
  replace,
  revisionsOf,
  sameVersion,
  type Tx,
} from './store-tx';

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
// - a stored record that cannot be migrated moves to `quarantine`, never away: the options page lists
//   it, backups carry it, and every open tries it again (store-migrate.ts);
// - the history is pruned by content and age, never by count alone (retention.ts).

export const DB_NAME = 'tro-ly-bao-cao';
/** IndexedDB layout version (stores and indexes); record shapes are versioned by Draft.schema. */
export const DB_VERSION = 1;

type Db = IDBPDatabase<DraftDB>;

export interface StoreOptions {
  factory: IDBFactory;
  name?: string;
  now?: () => Date;
  /** Called when the connection closes (an upgrade elsewhere, the browser closing it). */
  onClose?: () => void;
}

const STORES = ['drafts', 'revisions', 'trash', 'quarantine'] as const;

const NOT_FOUND = fail(
  inBoth(draftStoreMessages, 'draftStore.notFound').vi,
  inBoth(draftStoreMessages, 'draftStore.notFound').en,
);

/**
 * Opens (creating or upgrading) the database, then migrates older records. When that migration fails
 * (a full disk, say) nothing of it is kept and the store is not served: its callers get the reason
 * and try again on their next request, rather than being handed records of an older shape.
 */
export async function openDraftStore(options: StoreOptions): Promise<DraftStore> {
  const db = await openDatabase(options.factory, options.name ?? DB_NAME, options.onClose);
  const store = new DraftStore(db, options.now ?? (() => new Date()));
  const migrated = await store.migrateStored();
  if (!migrated.ok) {
    store.close();
    throw new MigrationError(migrated);
  }
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
      const where = issue?.path.join('.');
      const said = (lang: Lang) =>
        translator(draftStoreMessages, lang)('draftStore.invalidDraft', {
          field: where || translator(draftStoreMessages, lang)('draftStore.root'),
        });
      return fail(said('vi'), said('en'));
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
        ...(data.formVersion ? { formVersion: data.formVersion } : {}),
        ...(data.columns ? { columns: data.columns } : {}),
      };
      await replace(tx, previous, draft, at);
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
      await replace(tx, current, draft, at);
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
      // The trash may hold versions an older build deleted: they come back in today's shape.
      const current = migrateDraft(entry.draft);
      if (!current.ok) {
        const said = (lang: Lang) =>
          translator(draftStoreMessages, lang)('draftStore.undeleteUnreadable', {
            reason: reasonIn(current.reason, lang),
          });
        return fail(said('vi'), said('en'));
      }
      for (const revision of entry.revisions) {
        const migrated = migrateDraft(revision.draft);
        if (migrated.ok) {
          const { replacedAt } = revision;
          await addRevisionUnlessKnown(tx, { draftId: migrated.draft.id, replacedAt, draft: migrated.draft });
        } else {
          await tx
            .objectStore('quarantine')
            .add({ store: 'revisions', record: revision, reason: migrated.reason, at });
        }
      }
      const draft = await mergeIn(tx, current.draft, at);
      await tx.objectStore('trash').delete(entry.seq!);
      return { draft };
    });
  }

  /** Every draft, revision and quarantined record, as one file. */
  async exportBackup(): Promise<Result<{ backup: Backup }>> {
    return this.read(async (tx) => {
      const drafts = await tx.objectStore('drafts').getAll();
      const revisions = await tx.objectStore('revisions').getAll();
      const quarantine = await tx.objectStore('quarantine').getAll();
      return { backup: makeBackup({ drafts, revisions, quarantine }, this.now()) };
    });
  }

  /**
   * Merges a backup file into the store, all or nothing. Never deletes: a draft that exists on both
   * sides keeps both versions, the later saved one current and the other as a revision; versions
   * already present are not duplicated. The pruning of revisions is not applied here (it would drop
   * data the user just asked to bring back); the next save of that draft applies it. Records the file
   * kept in quarantine stay quarantined; revisions that come without their draft make one.
   */
  async importBackup(text: string): Promise<Result<ImportCounts>> {
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
      const adopted = await adoptOrphans(tx);
      const known = await tx.objectStore('quarantine').getAll();
      let quarantined = 0;
      for (const entry of parsed.quarantine) {
        if (known.some((k) => sameQuarantined(k, entry))) continue;
        await tx.objectStore('quarantine').add(entry);
        known.push(entry);
        quarantined++;
      }
      return { ...counts, adopted, quarantined };
    });
  }

  /** Records kept aside because this version cannot read them, oldest first. */
  async quarantine(): Promise<Result<{ entries: QuarantineEntry[] }>> {
    return this.read(async (tx) => ({ entries: await tx.objectStore('quarantine').getAll() }));
  }

  /** Brings stored records up to date (store-migrate.ts); runs once after each open. */
  async migrateStored(): Promise<Result<object>> {
    return this.change(async (tx, at) => {
      await migrateStored(tx, at);
      return {};
    });
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
      const tx = this.db.transaction(STORES, 'readonly') as unknown as Tx;
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
      tx = this.db.transaction(STORES, 'readwrite');
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
