import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftId } from '@/lib/drafts/key';
import { migrateDraft } from '@/lib/drafts/migrations';
import { reasonIn } from '@/lib/drafts/quarantine';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { startDraftService } from '@/lib/drafts/service';
import { storageFailure } from '@/lib/drafts/storage-error';
import { openDraftStore } from '@/lib/drafts/store';
import { send } from '@/lib/messaging';
import { quarantineOf } from './fixtures';
import { V0_FIXTURE, V1_FIXTURE } from './migrations/fixtures';
import { getRaw, putRaw } from './raw-db';

beforeEach(() => fakeBrowser.reset());

describe('opening a store that holds older drafts', () => {
  it('migrates v0 drafts and keeps one that cannot be migrated aside', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    const broken = { ...V0_FIXTURE, id: 'broken', period: 'quý I' };
    await putRaw(factory, [V0_FIXTURE, broken]);

    const store = await openDraftStore({ factory });
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => d.period)).toEqual(['2024-12-15/2025-03-14']);
    const quarantined = await quarantineOf(store);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]?.record).toEqual(broken);
    store.close();

    // Opening again neither migrates twice nor loses the quarantined record.
    const reopened = await openDraftStore({ factory });
    expect(await quarantineOf(reopened)).toHaveLength(1);
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
    const quarantined = await quarantineOf(store);
    expect(quarantined).toHaveLength(2);
    expect(quarantined.map((q) => q.record)).toEqual(expect.arrayContaining([badPeriod, badTime]));
    store.close();
  });
});

describe('an open whose migration fails', () => {
  it('serves nothing until a later open finishes it, and loses nothing', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    await putRaw(factory, [V0_FIXTURE]);
    // The disk fills up while the migrated draft is written.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const failed = await openDraftStore({ factory }).then(
      (store) => {
        store.close();
        return null;
      },
      (error: unknown) => error,
    );
    put.mockRestore();
    const message = storageFailure(failed).error;
    expect(message).toMatch(/^Chưa mở được kho bản nháp vì chưa chuyển xong các bản nháp cũ/);
    expect(message).toMatch(/bộ nhớ trình duyệt đã đầy/);
    // Rolled back: the old record is where it was, in its old shape, and nothing was quarantined.
    expect(await getRaw(factory)).toEqual([V0_FIXTURE]);
    expect(await getRaw(factory, 'quarantine')).toEqual([]);

    const store = await openDraftStore({ factory });
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => d.period)).toEqual(['2024-12-15/2025-03-14']);
    store.close();
  });

  it('is retried by the background on the next request instead of serving the old shape', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    await putRaw(factory, [V0_FIXTURE]);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    startDraftService(factory);
    // The options page asks: only extension pages may list drafts.
    const options = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, options)).find(Boolean)) as never);
    const first = await send({ type: 'drafts/list' });
    put.mockRestore();
    expect(first).toMatchObject({ ok: false, error: expect.stringMatching(/chưa chuyển xong/) });
    const second = await send({ type: 'drafts/list' });
    expect(second.ok && second.drafts.map((d) => d.period)).toEqual(['2024-12-15/2025-03-14']);
  });
});

describe('revisions an older import stored without their draft', () => {
  it('become visible on the next open', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    const v2 = migrateDraft(V1_FIXTURE);
    if (!v2.ok) throw new Error(reasonIn(v2.reason, 'vi'));
    const older = { ...v2.draft, revision: 2, savedAt: '2025-02-28T00:00:00.000Z' };
    await putRaw(
      factory,
      [
        { draftId: v2.draft.id, replacedAt: '2025-03-02T00:00:00.000Z', draft: v2.draft },
        { draftId: v2.draft.id, replacedAt: '2025-03-01T00:00:00.000Z', draft: older },
      ],
      'revisions',
    );
    const store = await openDraftStore({ factory });
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => [d.id, d.revision, d.revisions])).toEqual([[v2.draft.id, 3, 1]]);
    store.close();
  });
});

describe('a draft an older build moved to the trash', () => {
  it('comes back from undo in today’s shape', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    const id = draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
    const older = { ...V1_FIXTURE, id, revision: 2, savedAt: '2025-02-28T00:00:00.000Z' };
    const entry = {
      draftId: id,
      deletedAt: '2025-03-02T00:00:00.000Z',
      draft: { ...V1_FIXTURE, id },
      revisions: [{ draftId: id, replacedAt: '2025-03-01T00:00:00.000Z', draft: older }],
    };
    await putRaw(factory, [entry], 'trash');
    const store = await openDraftStore({ factory });
    const back = await store.undelete(id);
    expect(back.ok && back.draft).toMatchObject({
      schema: DRAFT_SCHEMA_VERSION,
      savedAt: '2025-03-01T02:00:00.000Z',
    });
    const revisions = await store.revisions(id);
    expect(revisions.ok && revisions.revisions.map((r) => [r.draft.schema, r.draft.revision])).toEqual([
      [DRAFT_SCHEMA_VERSION, 2],
    ]);
    store.close();
  });
});
