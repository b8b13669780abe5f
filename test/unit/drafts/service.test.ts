import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFTS_CHANGED_KEY } from '@/lib/drafts/changes';
import {
  deleteDraft,
  exportBackup,
  findDraft,
  getDraft,
  listDrafts,
  listQuarantine,
  listRevisions,
  restoreRevision,
  saveDraft,
} from '@/lib/drafts/client';
import { startDraftService } from '@/lib/drafts/service';
import { ii06a, withHoTich } from './fixtures';

// The client in a content script or page talks to the service in the background through
// runtime messages; fakeBrowser delivers them in memory, here with the sender each context has.

const realSend = fakeBrowser.runtime.sendMessage;
const CONTENT = { id: fakeBrowser.runtime.id, tab: { id: 1 }, url: 'https://baocao.quangngai.gov.vn/x' };
const OPTIONS = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

/** Client calls from now on come from `sender`. */
function sendAs(sender: object) {
  fakeBrowser.runtime.sendMessage = (async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find(Boolean)) as never;
}

beforeEach(() => {
  fakeBrowser.reset();
  sendAs(CONTENT);
});
afterEach(() => {
  fakeBrowser.runtime.sendMessage = realSend;
});

describe('draft messages between a page and the background', () => {
  it('saves, finds, lists and restores through messages', async () => {
    startDraftService(new IDBFactory());
    sendAs(OPTIONS);
    const saved = await saveDraft(ii06a());
    expect(saved.ok).toBe(true);
    await saveDraft(withHoTich('130'));
    const found = await findDraft('II.06a/VPCP/KSTT', '2024-12-15/2025-03-14', 'UBND xã Tịnh Phong');
    expect(found.ok && found.draft?.rows[0]?.values['3']).toBe('130');
    const list = await listDrafts();
    expect(list).toMatchObject([{ form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', revisions: 1 }]);
    const id = list[0]!.id;
    const revisions = await listRevisions(id);
    const seq = revisions.ok ? revisions.revisions[0]!.seq! : -1;
    const restored = await restoreRevision(id, seq);
    expect(restored.ok && restored.draft.rows[0]?.values['3']).toBe('120');
    const got = await getDraft(id);
    expect(got.ok && got.draft?.revision).toBe(3);
  });

  it('signals every change so open lists refresh', async () => {
    startDraftService(new IDBFactory());
    await saveDraft(ii06a());
    const stored = await fakeBrowser.storage.local.get(DRAFTS_CHANGED_KEY);
    expect(stored[DRAFTS_CHANGED_KEY]).toEqual(expect.any(Number));
  });

  it('refuses an invalid draft with a message naming the field', async () => {
    startDraftService(new IDBFactory());
    const reply = await saveDraft({ ...ii06a(), rows: [{ label: 'Hộ tịch' }] as never });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/không hợp lệ.*draft\.rows\.0/);
  });

  it('keeps delete and backup to the extension pages', async () => {
    startDraftService(new IDBFactory());
    await saveDraft(ii06a());
    sendAs(OPTIONS);
    const list = await listDrafts();
    sendAs(CONTENT);
    const deleted = await deleteDraft(list[0]!.id);
    expect(!deleted.ok && deleted.error).toMatch(/chỉ thực hiện được từ trang Cài đặt/);
    const backup = await exportBackup();
    expect(backup.ok).toBe(false);
    // Unreadable records may be other units' drafts: a report site has no business seeing them.
    const quarantine = await listQuarantine();
    expect(!quarantine.ok && quarantine.error).toMatch(/chỉ thực hiện được từ trang Cài đặt/);
    sendAs(OPTIONS);
    expect(await listDrafts()).toHaveLength(1);
  });

  it('lets the options page delete', async () => {
    startDraftService(new IDBFactory());
    await saveDraft(ii06a());
    sendAs(OPTIONS);
    const [draft] = await listDrafts();
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'drafts/delete', id: draft!.id },
      OPTIONS,
    );
    expect(replies.find(Boolean)).toMatchObject({ ok: true, deleted: { unit: 'UBND xã Tịnh Phong' } });
    expect(await listDrafts()).toEqual([]);
  });

  it('answers with a Vietnamese message, not an exception, when the background is missing', async () => {
    fakeBrowser.runtime.sendMessage = realSend;
    const reply = await saveDraft(ii06a());
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Không liên lạc được với phần nền/);
    await expect(listDrafts()).rejects.toThrow(/Không liên lạc được/);
  });

  it('leaves messages for other services to their own listeners', async () => {
    startDraftService(new IDBFactory());
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type: string }).type === 'schedule/get'
        ? Promise.resolve({ ok: true, other: 1 })
        : undefined,
    );
    expect(await fakeBrowser.runtime.sendMessage({ type: 'schedule/get' })).toEqual({ ok: true, other: 1 });
  });
});
