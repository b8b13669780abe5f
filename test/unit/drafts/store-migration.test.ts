import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import { DB_NAME, openDraftStore } from '@/lib/drafts/store';
import { V0_FIXTURE, V1_FIXTURE } from './migrations/fixtures';

/** Writes records straight into an object store, as an older build left them. */
async function putRaw(factory: IDBFactory, records: unknown[], into = 'drafts'): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(into, 'readwrite');
    for (const record of records) tx.objectStore(into).put(record);
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

describe('opening a store that an older version filled from untrusted backups (v1)', () => {
  const KEY = draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
  const values = (d: { rows: { values: Record<string, string> }[] } | null | undefined) =>
    d?.rows[0]?.values['3'];

  it('merges two drafts of one form, period and unit into one, and quarantines what a save refuses', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    const later = { ...V1_FIXTURE, id: KEY, savedAt: '2025-03-05T00:00:00.000Z' };
    later.rows = [{ ...V1_FIXTURE.rows[0]!, values: { '3': '999' } }];
    const badPeriod = { ...V1_FIXTURE, id: 'kỳ-sai', period: '15/12/2024 - 14/3/2025' };
    const badTime = { ...V1_FIXTURE, id: 'giờ-sai', unit: 'UBND xã Nghĩa Hà', savedAt: 'zzz' };
    await putRaw(factory, [V1_FIXTURE, later, badPeriod, badTime]);
    await putRaw(
      factory,
      [{ draftId: 'nhập-tay-1', replacedAt: 'zzz', draft: { ...V1_FIXTURE, revision: 2 } }],
      'revisions',
    );

    const store = await openDraftStore({ factory });
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => d.id)).toEqual([KEY]);
    const found = await store.find('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
    expect(found.ok && values(found.draft)).toBe('999');
    const revisions = await store.revisions(KEY);
    expect(revisions.ok && revisions.revisions.map((r) => [values(r.draft), r.draft.revision])).toEqual([
      ['120', 3],
      ['120', 2],
    ]);
    // An unreadable "replaced at" became the migration's own time, a real one.
    expect(revisions.ok && revisions.revisions.every((r) => !Number.isNaN(Date.parse(r.replacedAt)))).toBe(
      true,
    );
    const quarantined = await store.quarantined();
    expect(quarantined).toHaveLength(2);
    expect(quarantined.map((q) => q.record)).toEqual(expect.arrayContaining([badPeriod, badTime]));
    store.close();
  });
});
