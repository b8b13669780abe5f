import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '@/lib/drafts/backup';
import { migrateDraft } from '@/lib/drafts/migrations';
import { describeQuarantined, reasonIn } from '@/lib/drafts/quarantine';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { type DraftStore, openDraftStore } from '@/lib/drafts/store';
import { quarantineOf, ticking } from './fixtures';
import { V0_FIXTURE, V1_FIXTURE } from './migrations/fixtures';
import { putRaw } from './raw-db';

// Records this version cannot read: written by a newer version before a downgrade, or failing a
// migration. They used to vanish (no screen, no backup); now they are listed, carried and retried.

const current = (() => {
  const migrated = migrateDraft(V1_FIXTURE);
  if (!migrated.ok) throw new Error(reasonIn(migrated.reason, 'vi'));
  return migrated.draft;
})();
/** What the next version of the extension might write: a field this one does not know. */
const FROM_NEWER = { ...current, schema: DRAFT_SCHEMA_VERSION + 1, basis: 'TT 05/2025' };
const UNREADABLE_V0 = { ...V0_FIXTURE, id: 'v0-hỏng', period: 'quý I/2025', unit: 'UBND xã Nghĩa Hà' };

/** A store after a downgrade: the newer draft and a v0 draft that cannot be migrated were there. */
async function downgraded(factory = new IDBFactory()): Promise<DraftStore> {
  (await openDraftStore({ factory })).close();
  await putRaw(factory, [FROM_NEWER, UNREADABLE_V0]);
  return openDraftStore({ factory, now: ticking('2025-03-12T01:00:00.000Z') });
}

describe('quarantine', () => {
  it('keeps a newer version’s draft after a downgrade as it was, and says why', async () => {
    const store = await downgraded();
    const list = await store.list();
    expect(list.ok && list.drafts).toEqual([]);
    const entries = await quarantineOf(store);
    expect(entries.map((e) => [e.record, reasonIn(e.reason, 'vi')])).toEqual(
      expect.arrayContaining([
        [
          FROM_NEWER,
          `phiên bản lược đồ ${DRAFT_SCHEMA_VERSION + 1} mới hơn phiên bản tiện ích biết (${DRAFT_SCHEMA_VERSION})`,
        ],
        [UNREADABLE_V0, expect.stringMatching(/kỳ không đọc được: "quý I\/2025"/)],
      ]),
    );
    store.close();
  });

  it('goes into backups, and an import elsewhere keeps it quarantined, once', async () => {
    const store = await downgraded();
    const exported = await store.exportBackup();
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.backup.quarantine.map((q) => q.record)).toEqual(
      expect.arrayContaining([FROM_NEWER, UNREADABLE_V0]),
    );
    const elsewhere = await openDraftStore({ factory: new IDBFactory() });
    const text = JSON.stringify(exported.backup);
    expect(await elsewhere.importBackup(text)).toMatchObject({ ok: true, imported: 0, quarantined: 2 });
    expect(await elsewhere.importBackup(text)).toMatchObject({ ok: true, quarantined: 0 });
    const kept = await quarantineOf(elsewhere);
    expect(kept.map((q) => q.record)).toEqual(expect.arrayContaining([FROM_NEWER, UNREADABLE_V0]));
    expect(kept).toHaveLength(2);
    const list = await elsewhere.list();
    expect(list.ok && list.drafts).toEqual([]);
    store.close();
    elsewhere.close();
  });

  it('comes back on the next open once this version can read it (the downgrade undone)', async () => {
    const factory = new IDBFactory();
    (await openDraftStore({ factory })).close();
    // Quarantined by a version before this one, which did not know schema 2.
    const at = '2025-03-01T00:00:00.000Z';
    await putRaw(
      factory,
      [{ store: 'drafts', record: current, reason: 'lược đồ 2 mới hơn', at }],
      'quarantine',
    );
    const store = await openDraftStore({ factory });
    const found = await store.find(current.form, current.period, current.unit);
    expect(found.ok && found.draft).toEqual(current);
    expect(await quarantineOf(store)).toEqual([]);
    store.close();
  });

  it('comes in as a draft from a backup when this version reads what the exporting one could not', async () => {
    const store = await openDraftStore({ factory: new IDBFactory() });
    const file = {
      format: BACKUP_FORMAT,
      schema: DRAFT_SCHEMA_VERSION,
      exportedAt: '2025-03-12T00:00:00.000Z',
      drafts: [],
      revisions: [],
      quarantine: [{ store: 'drafts', record: current, reason: 'cũ', at: '2025-03-01T00:00:00.000Z' }],
    };
    expect(await store.importBackup(JSON.stringify(file))).toMatchObject({
      ok: true,
      added: 1,
      quarantined: 0,
    });
    expect(await quarantineOf(store)).toEqual([]);
    store.close();
  });

  it('refuses a backup whose quarantine is damaged, and changes nothing', async () => {
    const store = await openDraftStore({ factory: new IDBFactory() });
    const file = {
      format: BACKUP_FORMAT,
      schema: DRAFT_SCHEMA_VERSION,
      exportedAt: '2025-03-12T00:00:00.000Z',
      drafts: [],
      quarantine: [{ store: 'drafts', record: FROM_NEWER, reason: 'x', at: 'hôm qua' }],
    };
    const result = await store.importBackup(JSON.stringify(file));
    expect(!result.ok && result.error).toMatch(
      /bản không đọc được thứ 1 không hợp lệ.*Không có gì bị thay đổi/,
    );
    expect(await quarantineOf(store)).toEqual([]);
    store.close();
  });
});

describe('what the options page can say about a quarantined record', () => {
  it('names form, period and unit where they are readable', () => {
    expect(describeQuarantined({ store: 'drafts', record: FROM_NEWER })).toEqual({
      kind: 'draft',
      form: 'II.06a/VPCP/KSTT',
      period: '2024-12-15/2025-03-14',
      periodIsKey: true,
      unit: 'UBND xã Tịnh Phong',
      savedAt: '2025-03-01T02:00:00.000Z',
      schema: DRAFT_SCHEMA_VERSION + 1,
    });
    expect(
      describeQuarantined({ store: 'revisions', record: { draftId: 'x', draft: UNREADABLE_V0 } }),
    ).toMatchObject({
      kind: 'revision',
      period: 'quý I/2025',
      periodIsKey: false,
      unit: 'UBND xã Nghĩa Hà',
      schema: 0,
    });
  });

  it.each([null, 'văn bản', 42, [], { form: 7, savedAt: 'zzz' }])(
    'says nothing it cannot read in %j',
    (record) => {
      const summary = describeQuarantined({ store: 'drafts', record });
      expect(summary).toMatchObject({ kind: 'draft', periodIsKey: false, schema: 0 });
      expect(summary.form ?? summary.period ?? summary.unit ?? summary.savedAt).toBeUndefined();
    },
  );
});
