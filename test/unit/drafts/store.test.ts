import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import { MAX_DISTINCT } from '@/lib/drafts/retention';
import { type DraftStore, openDraftStore } from '@/lib/drafts/store';
import { ii06a, ticking, withHoTich } from './fixtures';

let factory: IDBFactory;
let store: DraftStore;
const ID = draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');

beforeEach(async () => {
  factory = new IDBFactory();
  store = await openDraftStore({ factory, now: ticking() });
});

afterEach(() => {
  vi.restoreAllMocks();
  store.close();
});

function hoTich(draft: { rows: { values: Record<string, string> }[] } | null | undefined) {
  return draft?.rows[0]?.values['3'];
}

describe('saving and reading drafts', () => {
  it('saves a form and finds it again by form, period and unit', async () => {
    const saved = await store.save(ii06a());
    expect(saved.ok).toBe(true);
    // The unit is matched without regard to case: "UBND Xã Tịnh Phong" is the same commune.
    const found = await store.find('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND Xã Tịnh Phong');
    expect(found.ok && found.draft?.rows.map((r) => r.label)).toEqual(['Hộ tịch', 'Đất đai', 'Tổng số']);
    expect(found.ok && found.draft?.revision).toBe(1);
    const got = await store.get(ID);
    expect(got.ok && got.draft?.rows[1]?.values['3']).toBe('1.234');
  });

  it('offers the other drafts of the same form when this period has none', async () => {
    await store.save(ii06a());
    await store.save(ii06a({ form: 'II.05a/VPCP/KSTT' }));
    const found = await store.find('II.06a/VPCP/KSTT', '2025-03-15/2025-06-14', 'UBND xã Tịnh Phong');
    expect(found.ok && found.draft).toBeNull();
    expect(found.ok && found.others.map((d) => d.form)).toEqual(['II.06a/VPCP/KSTT']);
  });

  it('lists drafts newest first with their revision counts and findings', async () => {
    await store.save(ii06a({ findings: { errors: 2, warnings: 1 } }));
    await store.save(withHoTich('121'));
    await store.save(ii06a({ unit: 'UBND xã Nghĩa Hà' }));
    const list = await store.list();
    expect(list.ok && list.drafts.map((d) => [d.unit, d.revisions])).toEqual([
      ['UBND xã Nghĩa Hà', 0],
      ['UBND xã Tịnh Phong', 1],
    ]);
  });

  it('refuses an invalid draft with a Vietnamese message and keeps the saved one', async () => {
    await store.save(ii06a());
    const bad = await store.save({ ...ii06a(), period: '15/12/2024 - 14/3/2025' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/Bản nháp không hợp lệ.*period/);
    const got = await store.get(ID);
    expect(got.ok && got.draft?.revision).toBe(1);
  });

  it('keeps the name given when a later save carries none', async () => {
    await store.save(ii06a());
    await store.rename(ID, '  Quý I  bản chốt ');
    const again = await store.save(withHoTich('130'));
    expect(again.ok && again.draft.name).toBe('Quý I bản chốt');
  });
});

describe('revisions', () => {
  it('keeps every earlier save, the last 20, and restores any of them', async () => {
    for (let i = 1; i <= 25; i++) await store.save(withHoTich(String(i)));
    const revisions = await store.revisions(ID);
    if (!revisions.ok) throw new Error(revisions.error);
    expect(revisions.revisions).toHaveLength(MAX_DISTINCT);
    // Newest first: saves 24 down to 5 are kept, 1–4 went with the cap.
    expect(revisions.revisions.map((r) => hoTich(r.draft))).toEqual(
      Array.from({ length: 20 }, (_, i) => String(24 - i)),
    );
    const seven = revisions.revisions.find((r) => hoTich(r.draft) === '7')!;
    const restored = await store.restoreRevision(ID, seven.seq!);
    expect(restored.ok && hoTich(restored.draft)).toBe('7');
    expect(restored.ok && restored.draft.revision).toBe(26);
    // The version the restore replaced is itself a revision: the restore can be undone.
    const after = await store.revisions(ID);
    expect(after.ok && hoTich(after.revisions[0]?.draft)).toBe('25');
  });

  it('does not restore a revision of another draft', async () => {
    await store.save(ii06a());
    await store.save(withHoTich('5'));
    const revs = await store.revisions(ID);
    const seq = revs.ok ? revs.revisions[0]!.seq! : -1;
    const wrong = await store.restoreRevision('II.05a|x|y', seq);
    expect(wrong.ok).toBe(false);
  });

  it('keeps both of two overlapping saves of the same draft (two tabs)', async () => {
    // A second connection to the same database, as another context would hold.
    const other = await openDraftStore({ factory, now: ticking('2025-03-10T09:00:00.000Z') });
    await store.save(ii06a());
    const [a, b] = await Promise.all([store.save(withHoTich('500')), other.save(withHoTich('600'))]);
    expect(a.ok && b.ok).toBe(true);
    const current = await store.get(ID);
    const revisions = await store.revisions(ID);
    const kept = [
      hoTich(current.ok ? current.draft : null),
      ...(revisions.ok ? revisions.revisions : []).map((r) => hoTich(r.draft)),
    ];
    expect(kept).toEqual(expect.arrayContaining(['500', '600', '120']));
    expect(current.ok && current.draft?.revision).toBe(3);
    other.close();
  });
});

describe('delete and undo', () => {
  it('deletes with its revisions and brings both back on undo', async () => {
    await store.save(ii06a());
    await store.save(withHoTich('7'));
    const deleted = await store.delete(ID);
    expect(deleted.ok && deleted.deleted.revisions).toBe(1);
    expect((await store.list()).ok && (await store.list())).toMatchObject({ drafts: [] });
    const back = await store.undelete(ID);
    expect(back.ok && hoTich(back.draft)).toBe('7');
    const revs = await store.revisions(ID);
    expect(revs.ok && revs.revisions.map((r) => hoTich(r.draft))).toEqual(['120']);
  });

  it('keeps a draft saved after the delete when the delete is undone', async () => {
    await store.save(withHoTich('1'));
    await store.delete(ID);
    await store.save(withHoTich('2'));
    const back = await store.undelete(ID);
    expect(back.ok && hoTich(back.draft)).toBe('2');
    const revs = await store.revisions(ID);
    expect(revs.ok && revs.revisions.map((r) => hoTich(r.draft))).toEqual(['1']);
  });
});

describe('storage errors', () => {
  it('a full disk gives a Vietnamese message and changes nothing', async () => {
    await store.save(ii06a());
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const result = await store.save(withHoTich('999'));
    put.mockRestore();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Không lưu được bản nháp: bộ nhớ trình duyệt đã đầy/);
    expect(!result.ok && result.errorEn).toMatch(/storage is full/);
    const got = await store.get(ID);
    expect(got.ok && hoTich(got.draft)).toBe('120');
    expect(got.ok && got.draft?.revision).toBe(1);
    // The revision written before the failing put was rolled back with it.
    const revs = await store.revisions(ID);
    expect(revs.ok && revs.revisions).toEqual([]);
  });

  it('a database from a newer version of the extension is refused with a message', async () => {
    store.close();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('tro-ly-bao-cao', 99);
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const opened = await openDraftStore({ factory }).then(
      () => null,
      (error: unknown) => error,
    );
    const { storageFailure } = await import('@/lib/drafts/storage-error');
    expect(storageFailure(opened).error).toMatch(/phiên bản mới hơn/);
    store = await openDraftStore({ factory: new IDBFactory() });
  });
});
