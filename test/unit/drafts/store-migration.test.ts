import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openDraftStore } from '@/lib/drafts/store';
import { V0_FIXTURE } from './migrations/fixtures';

/** Writes records straight into the drafts object store, as an older build left them. */
async function putRaw(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    for (const record of records) tx.objectStore('drafts').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('opening a store that holds older drafts', () => {
  it('migrates v0 drafts and keeps one that cannot be migrated aside', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    const broken = { ...V0_FIXTURE, id: 'broken', period: 'quý I' };
    await putRaw(factory, [V0_FIXTURE, broken]);

    const store = await openDraftStore({ factory });
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => d.period)).toEqual(['2024-12-15/2025-03-14']);
    const quarantined = await store.quarantined();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.record).toEqual(broken);
    store.close();

    // Opening again neither migrates twice nor loses the quarantined record.
    const reopened = await openDraftStore({ factory });
    expect(await reopened.quarantined()).toHaveLength(1);
    const again = await reopened.list();
    expect(again.ok && again.drafts).toHaveLength(1);
    reopened.close();
  });
});
