import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startDraftService } from '@/lib/drafts/service';
import { type DraftRequestType, REQUEST_TYPES } from '@/lib/messaging';
import { mayRequest, type SenderInfo, senderKind } from '@/lib/sender-policy';
import { ii06a, withHoTich } from '../drafts/fixtures';

// Each extension context gets only the draft messages it uses, decided in the background by who sent
// the message: a report page's content script can save, find and get, never list revisions or restore.

const extension = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };
const tab = { id: 7 };
const SENDERS: Record<string, SenderInfo> = {
  content: { id: extension.id, tab, url: 'https://baocao.quangngai.gov.vn/bao-cao/nhap-lieu/ii06a' },
  contentVpcp: { id: extension.id, tab, url: 'https://vpcp.baocaochinhphu.gov.vn/bao-cao/bieu-mau/ii06a' },
  popup: { id: extension.id, url: 'chrome-extension://test-extension-id/popup.html' },
  options: { id: extension.id, tab, url: 'chrome-extension://test-extension-id/options.html#drafts' },
};

describe('senderKind', () => {
  it('tells content scripts on the two sites from the popup and the options page', () => {
    expect(senderKind(SENDERS.content, extension)).toBe('content');
    expect(senderKind(SENDERS.contentVpcp, extension)).toBe('content');
    expect(senderKind(SENDERS.popup, extension)).toBe('popup');
    expect(senderKind(SENDERS.options, extension)).toBe('options');
  });

  it('knows nobody else', () => {
    const unknown: SenderInfo[] = [
      {},
      { id: extension.id },
      { id: extension.id, tab, url: 'https://example.com/' },
      { id: extension.id, tab, url: 'http://baocao.quangngai.gov.vn/' },
      { id: extension.id, tab, url: 'https://baocao.quangngai.gov.vn.evil.example/' },
      { id: extension.id, url: 'https://baocao.quangngai.gov.vn/' },
      { id: 'another-extension', tab, url: SENDERS.content.url },
      { id: extension.id, url: 'chrome-extension://test-extension-id/other.html' },
      { id: extension.id, url: 'chrome-extension://another-extension/options.html' },
      { id: extension.id, tab, url: 'not a url' },
    ];
    for (const sender of unknown)
      expect(senderKind(sender, extension), JSON.stringify(sender)).toBe('unknown');
  });
});

describe('mayRequest', () => {
  const allowed = (kind: Parameters<typeof mayRequest>[0]) =>
    REQUEST_TYPES.filter((type) => mayRequest(kind, type)).sort();

  it('gives a content script save, find and get only', () => {
    expect(allowed('content')).toEqual(['drafts/find', 'drafts/get', 'drafts/save']);
  });

  it('gives the popup the list only, the options page everything, an unknown sender nothing', () => {
    expect(allowed('popup')).toEqual(['drafts/list']);
    expect(allowed('options')).toEqual([...REQUEST_TYPES].sort());
    expect(allowed('unknown')).toEqual([]);
  });
});

describe('the background enforces it', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startDraftService(new IDBFactory());
  });

  const from = async (sender: object, message: { type: DraftRequestType } & Record<string, unknown>) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find(Boolean);

  it('refuses revisions and restore to a content script, and changes nothing', async () => {
    const saved = await from(SENDERS.content, { type: 'drafts/save', draft: ii06a() });
    expect(saved).toMatchObject({ ok: true, draft: { revision: 1 } });
    // A changed second save, so the first version is kept as a revision (identical saves collapse).
    await from(SENDERS.content, { type: 'drafts/save', draft: withHoTich('130') });
    const id = saved.draft.id;
    for (const message of [
      { type: 'drafts/list' as const },
      { type: 'drafts/revisions' as const, id },
      { type: 'drafts/restore-revision' as const, id, seq: 1 },
      { type: 'drafts/delete' as const, id },
      { type: 'backup/export' as const },
    ]) {
      const reply = await from(SENDERS.content, message);
      expect(reply, message.type).toMatchObject({ ok: false, error: expect.stringMatching(/Cài đặt/) });
    }
    const got = await from(SENDERS.content, { type: 'drafts/get', id });
    expect(got).toMatchObject({ ok: true, draft: { revision: 2 } });
    const revisions = await from(SENDERS.options, { type: 'drafts/revisions', id });
    expect(revisions.ok && revisions.revisions).toHaveLength(1);
  });

  it('lets the popup list but not save, and refuses a sender it does not know', async () => {
    expect(await from(SENDERS.popup, { type: 'drafts/list' })).toMatchObject({ ok: true, drafts: [] });
    expect(await from(SENDERS.popup, { type: 'drafts/save', draft: ii06a() })).toMatchObject({ ok: false });
    expect(await from({}, { type: 'drafts/find', form: 'x', period: 'y', unit: '' })).toMatchObject({
      ok: false,
    });
    expect(await from(SENDERS.options, { type: 'drafts/list' })).toMatchObject({ ok: true, drafts: [] });
  });
});
