import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, type Backup } from '@/lib/drafts/backup';
import { draftId } from '@/lib/drafts/key';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { type DraftStore, openDraftStore } from '@/lib/drafts/store';
import { ii06a, ticking, withHoTich } from './fixtures';
import { V0_FIXTURE } from './migrations/fixtures';

const ID = draftId('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
let home: DraftStore;
let other: DraftStore;

beforeEach(async () => {
  home = await openDraftStore({ factory: new IDBFactory(), now: ticking('2025-03-10T08:00:00.000Z') });
  other = await openDraftStore({ factory: new IDBFactory(), now: ticking('2025-03-11T08:00:00.000Z') });
});

afterEach(() => {
  home.close();
  other.close();
});

async function exported(store: DraftStore): Promise<Backup> {
  const result = await store.exportBackup();
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

async function snapshot(store: DraftStore) {
  return JSON.stringify((await exported(store)).drafts) + JSON.stringify((await exported(store)).revisions);
}

describe('backup export and import', () => {
  it('carries every draft and revision to another profile', async () => {
    await home.save(ii06a());
    await home.save(withHoTich('130'));
    await home.save(ii06a({ unit: 'UBND xã Nghĩa Hà' }));
    const backup = await exported(home);
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, schema: DRAFT_SCHEMA_VERSION });

    const result = await other.importBackup(JSON.stringify(backup));
    expect(result).toMatchObject({ ok: true, imported: 2, added: 2, merged: 0 });
    const list = await other.list();
    expect(list.ok && list.drafts.map((d) => [d.unit, d.revisions])).toEqual([
      ['UBND xã Nghĩa Hà', 0],
      ['UBND xã Tịnh Phong', 1],
    ]);
    // Importing the same file again changes nothing and duplicates nothing.
    const before = await snapshot(other);
    const again = await other.importBackup(JSON.stringify(backup));
    expect(again).toMatchObject({ ok: true, unchanged: 2 });
    expect(await snapshot(other)).toBe(before);
  });

  it('keeps both versions when the same draft exists on both sides: the later one current', async () => {
    await home.save(withHoTich('100')); // saved 10/3
    await other.save(withHoTich('200')); // saved 11/3, later
    // Taken before home learns of 200: it holds only the older draft, with no revision that would
    // bring 100 over by itself.
    const homeBefore = JSON.stringify(await exported(home));
    const result = await home.importBackup(JSON.stringify(await exported(other)));
    expect(result).toMatchObject({ ok: true, merged: 1 });
    const current = await home.get(ID);
    expect(current.ok && current.draft?.rows[0]?.values['3']).toBe('200');
    const revisions = await home.revisions(ID);
    expect(revisions.ok && revisions.revisions.map((r) => r.draft.rows[0]?.values['3'])).toEqual(['100']);

    // The other way round: importing the older file keeps the newer value current (the older one is
    // already a revision here, carried in by the exported file; store.test.ts covers mergeIn's
    // older-import branch itself).
    const back = await other.importBackup(homeBefore);
    expect(back).toMatchObject({ ok: true, merged: 1 });
    const kept = await other.get(ID);
    expect(kept.ok && kept.draft?.rows[0]?.values['3']).toBe('200');
    const olders = await other.revisions(ID);
    expect(olders.ok && olders.revisions.map((r) => r.draft.rows[0]?.values['3'])).toEqual(['100']);
  });

  it('migrates drafts in an older backup', async () => {
    const old = {
      format: BACKUP_FORMAT,
      schema: 0,
      exportedAt: '2025-03-01T00:00:00Z',
      drafts: [V0_FIXTURE],
    };
    const result = await home.importBackup(JSON.stringify(old));
    expect(result).toMatchObject({ ok: true, added: 1 });
    const found = await home.find('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
    expect(found.ok && found.draft?.rows[0]?.values).toMatchObject({ '3': '120' });
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format": "tro-ly-bao-cao-backup", ', /không phải JSON hợp lệ/],
    ['another file', JSON.stringify({ hello: 'world' }), /không phải bản sao lưu của Trợ lý Báo cáo/],
    [
      'a newer schema',
      JSON.stringify({ format: BACKUP_FORMAT, schema: 9, exportedAt: '', drafts: [] }),
      /phiên bản mới hơn.*lược đồ 9/,
    ],
    [
      'one damaged draft among good ones',
      JSON.stringify({
        format: BACKUP_FORMAT,
        schema: 1,
        exportedAt: '',
        drafts: [{ ...V0_FIXTURE, schema: 1 }],
      }),
      /bản nháp thứ 1 không hợp lệ/,
    ],
  ];

  it.each(refusals)('refuses %s with a Vietnamese message and changes nothing', async (_, text, message) => {
    await home.save(ii06a());
    await home.save(withHoTich('130'));
    const before = await snapshot(home);
    const result = await home.importBackup(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(!result.ok && result.error).toMatch(/Không có gì bị thay đổi/);
    expect(await snapshot(home)).toBe(before);
  });

  it('imports nothing when one draft of the file is damaged, even after good ones', async () => {
    await other.save(ii06a());
    const file = await exported(other);
    file.drafts.push({ ...file.drafts[0]!, rows: 'broken' as never });
    const result = await home.importBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    const list = await home.list();
    expect(list.ok && list.drafts).toEqual([]);
  });
});

describe('a hand-edited or crafted backup', () => {
  /** `other`'s backup with its drafts and revisions changed by `edit`, as text. */
  async function edited(edit: (file: Backup) => void): Promise<string> {
    const file = await exported(other);
    edit(file);
    return JSON.stringify(file);
  }

  it('merges a draft by its form, period and unit, whatever id the file gives it', async () => {
    await home.save(withHoTich('100')); // saved 10/3
    await other.save(withHoTich('200')); // saved 11/3
    const text = await edited((file) => {
      file.drafts[0]!.id = 'nhập-tay';
    });
    expect(await home.importBackup(text)).toMatchObject({ ok: true, added: 0, merged: 1 });
    const list = await home.list();
    expect(list.ok && list.drafts.map((d) => [d.id, d.revisions])).toEqual([[ID, 1]]);
    const found = await home.find('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
    expect(found.ok && found.draft?.rows[0]?.values['3']).toBe('200');
  });

  it('files a revision under the draft its content names, not the draftId the file gives it', async () => {
    await other.save(withHoTich('100'));
    await other.save(withHoTich('200'));
    const text = await edited((file) => {
      file.revisions[0]!.draftId = 'II.05a|x|y';
    });
    expect((await home.importBackup(text)).ok).toBe(true);
    const revisions = await home.revisions(ID);
    expect(revisions.ok && revisions.revisions.map((r) => r.draft.rows[0]?.values['3'])).toEqual(['100']);
  });

  const refused: [string, (file: Backup) => void, RegExp][] = [
    [
      'a draft whose period the save path refuses',
      (file) => {
        file.drafts[0]!.period = '15/12/2024 - 14/3/2025';
      },
      /bản nháp thứ 1 không hợp lệ \(trường period: kỳ phải có dạng YYYY-MM-DD\/YYYY-MM-DD\)/,
    ],
    [
      'a draft saved at "zzz"',
      (file) => {
        file.drafts[0]!.savedAt = 'zzz';
      },
      /bản nháp thứ 1 không hợp lệ \(trường savedAt: thời điểm phải theo ISO 8601/,
    ],
    [
      'a revision saved at "zzz"',
      (file) => {
        file.revisions[0]!.draft.savedAt = 'zzz';
      },
      /phiên bản cũ thứ 1 không hợp lệ \(trường savedAt/,
    ],
    [
      'a revision replaced at "zzz"',
      (file) => {
        file.revisions[0]!.replacedAt = 'zzz';
      },
      /phiên bản cũ thứ 1 không hợp lệ \(trường replacedAt/,
    ],
  ];

  it.each(refused)('refuses %s, in Vietnamese, and changes nothing', async (_, edit, message) => {
    await other.save(withHoTich('100'));
    await other.save(withHoTich('200'));
    await home.save(ii06a({ unit: 'UBND xã Nghĩa Hà' }));
    const before = await snapshot(home);
    const result = await home.importBackup(await edited(edit));
    expect(!result.ok && result.error).toMatch(message);
    expect(!result.ok && result.error).toMatch(/Không có gì bị thay đổi/);
    expect(await snapshot(home)).toBe(before);
  });

  it.each([
    [
      (file: Backup) => {
        file.drafts[0]!.period = '15/12/2024 - 14/3/2025';
      },
      'draft 1 is invalid (field period: the period must read YYYY-MM-DD/YYYY-MM-DD)',
    ],
    [
      (file: Backup) => {
        file.revisions[0]!.replacedAt = 'zzz';
      },
      'revision 1 is invalid (field replacedAt: the time must be ISO 8601, for example 2025-03-14T08:00:00.000Z)',
    ],
  ])('says the refusal in English too, with no Vietnamese in it (%#)', async (edit, english) => {
    await other.save(withHoTich('100'));
    await other.save(withHoTich('200'));
    const result = await home.importBackup(await edited(edit));
    expect(!result.ok && result.errorEn).toContain(english);
    expect(!result.ok && result.errorEn).not.toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
    );
  });

  it('orders versions by time, not by how the time is written', async () => {
    await home.save(withHoTich('100')); // 08:00:01Z on 10/3
    await other.save(withHoTich('200'));
    // 14:00 in Hà Nội is 07:00Z, an hour before home's save, though "T14" sorts after "T08" as text.
    const text = await edited((file) => {
      file.drafts[0]!.savedAt = '2025-03-10T14:00:00+07:00';
    });
    expect((await home.importBackup(text)).ok).toBe(true);
    const current = await home.get(ID);
    expect(current.ok && current.draft?.rows[0]?.values['3']).toBe('100');
    const revisions = await home.revisions(ID);
    expect(revisions.ok && revisions.revisions.map((r) => r.draft.savedAt)).toEqual([
      '2025-03-10T07:00:00.000Z',
    ]);
  });
});

describe('revisions that come without their draft', () => {
  it('are not stored out of sight: the newest becomes the draft, the others its revisions', async () => {
    await other.save(withHoTich('100'));
    await other.save(withHoTich('200'));
    await other.save(withHoTich('300'));
    const file = await exported(other);
    file.drafts = []; // hand-edited: the draft removed, its revisions left
    const result = await home.importBackup(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, imported: 0, adopted: 1 });
    const list = await home.list();
    expect(list.ok && list.drafts.map((d) => [d.id, d.revisions])).toEqual([[ID, 1]]);
    const current = await home.get(ID);
    expect(current.ok && current.draft?.rows[0]?.values['3']).toBe('200');
    const revisions = await home.revisions(ID);
    expect(revisions.ok && revisions.revisions.map((r) => r.draft.rows[0]?.values['3'])).toEqual(['100']);
  });

  it('join the draft already here when there is one', async () => {
    await home.save(withHoTich('500'));
    await other.save(withHoTich('100'));
    await other.save(withHoTich('200'));
    const file = await exported(other);
    file.drafts = [];
    expect(await home.importBackup(JSON.stringify(file))).toMatchObject({ ok: true, adopted: 0 });
    const current = await home.get(ID);
    expect(current.ok && current.draft?.rows[0]?.values['3']).toBe('500');
    const revisions = await home.revisions(ID);
    expect(revisions.ok && revisions.revisions.map((r) => r.draft.rows[0]?.values['3'])).toEqual(['100']);
  });
});
