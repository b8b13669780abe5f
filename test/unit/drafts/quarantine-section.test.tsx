import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '@/components/options/BackupSection';
import { DraftsSection } from '@/components/options/DraftsSection';
import { migrateDraft } from '@/lib/drafts/migrations';
import { reasonIn } from '@/lib/drafts/quarantine';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { openDraftStore } from '@/lib/drafts/store';
import { loadSettings, saveSettings } from '@/lib/settings-store';
import { quarantineOf } from './fixtures';
import { V0_FIXTURE, V1_FIXTURE } from './migrations/fixtures';
import { optionsPage } from './options-page';
import { putRaw } from './raw-db';

// The options page after a downgrade: a draft the newer version wrote and one that fails its migration
// used to vanish without a word. They are listed, with why, and can be downloaded as they are.

const current = (() => {
  const migrated = migrateDraft(V1_FIXTURE);
  if (!migrated.ok) throw new Error(reasonIn(migrated.reason, 'vi'));
  return migrated.draft;
})();
const FROM_NEWER = { ...current, schema: DRAFT_SCHEMA_VERSION + 1, unit: 'UBND xã Nghĩa Hà' };
const UNREADABLE_V0 = { ...V0_FIXTURE, id: 'v0-hỏng', period: 'quý I/2025' };

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** Catches what the page downloads: file name and parsed JSON. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:x';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { names, json: async (i: number) => JSON.parse(await blobs[i]!.text()) };
}

afterEach(() => vi.restoreAllMocks());

describe('drafts that cannot be read, on the options page', () => {
  const page = optionsPage({
    clockFrom: '2025-03-12T01:00:00.000Z',
    seed: (factory) => putRaw(factory, [FROM_NEWER, UNREADABLE_V0]),
  });
  const byTestId = (id: string) => page.root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...page.root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  it('lists each with what it is and why it cannot be read', async () => {
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(all('tlbc-quarantine-row')).toHaveLength(2));
    expect(text(byTestId('tlbc-quarantine'))).toMatch(/^Bản nháp không đọc được \(2\)/);
    const [newer, old] = [
      all('tlbc-quarantine-row').find((r) => text(r)?.includes('Nghĩa Hà'))!,
      all('tlbc-quarantine-row').find((r) => text(r)?.includes('quý I/2025'))!,
    ];
    expect([...newer.querySelectorAll('td')].map((td) => text(td))).toEqual([
      'Bản nháp',
      'II.06a/VPCP/KSTT',
      '15/12/2024 – 14/3/2025',
      'UBND xã Nghĩa Hà',
      '09:00, 1/3/2025',
      `phiên bản lược đồ ${DRAFT_SCHEMA_VERSION + 1} mới hơn phiên bản tiện ích biết (${DRAFT_SCHEMA_VERSION})`,
      'Tải xuống',
    ]);
    expect(text(old?.querySelector('[data-testid="tlbc-quarantine-reason"]'))).toBe(
      'kỳ không đọc được: "quý I/2025"',
    );
    // Neither is passed off as a draft of the list.
    expect(all('tlbc-draft-row')).toEqual([]);
  });

  it('says why in English once the page is in English', async () => {
    await saveSettings({ ...(await loadSettings()), lang: 'en' }, new Date('2025-03-12T01:00:00Z'));
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(all('tlbc-quarantine-row')).toHaveLength(2));
    await vi.waitFor(() =>
      expect(all('tlbc-quarantine-reason').map((td) => text(td))).toEqual(
        expect.arrayContaining([
          `schema version ${DRAFT_SCHEMA_VERSION + 1} is newer than this version of the extension knows (${DRAFT_SCHEMA_VERSION})`,
          'unreadable period: "quý I/2025"',
        ]),
      ),
    );
    expect(text(byTestId('tlbc-quarantine'))).not.toMatch(/phiên bản lược đồ|không đọc được/);
  });

  it('downloads one as it is, in a file that an import keeps quarantined', async () => {
    const downloads = catchDownloads();
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(all('tlbc-quarantine-row')).toHaveLength(2));
    const row = all('tlbc-quarantine-row').find((r) => text(r)?.includes('Nghĩa Hà'))!;
    row.querySelector<HTMLButtonElement>('[data-testid="tlbc-quarantine-export"]')!.click();
    expect(downloads.names).toEqual([
      expect.stringMatching(/^tro-ly-bao-cao-khong-doc-duoc-\d{4}-\d{2}-\d{2}\.json$/),
    ]);
    const file = await downloads.json(0);
    expect(file.quarantine).toEqual([expect.objectContaining({ store: 'drafts', record: FROM_NEWER })]);
    expect(file.drafts).toEqual([]);

    const elsewhere = await openDraftStore({ factory: new IDBFactory() });
    expect(await elsewhere.importBackup(JSON.stringify(file))).toMatchObject({ ok: true, quarantined: 1 });
    expect((await quarantineOf(elsewhere)).map((q) => q.record)).toEqual([FROM_NEWER]);
    elsewhere.close();

    byTestId('tlbc-quarantine-export-all')!.click();
    expect((await downloads.json(1)).quarantine).toHaveLength(2);
  });

  it('counts them in an exported backup', async () => {
    catchDownloads();
    render(<BackupSection />, page.root);
    byTestId('tlbc-backup-export')!.click();
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-backup-status'))).toMatch(
        /^Đã xuất 0 bản nháp, kèm 2 bản không đọc được, vào tệp/,
      ),
    );
  });
});

describe('a reason an earlier version stored as a Vietnamese sentence', () => {
  const OLD = 'phiên bản lược đồ 9 mới hơn phiên bản tiện ích biết (2)';
  const page = optionsPage({
    seed: (factory) =>
      putRaw(
        factory,
        [{ store: 'drafts', record: FROM_NEWER, reason: OLD, at: '2025-03-11T00:00:00.000Z' }],
        'quarantine',
      ),
  });

  it('is shown as it was written, in either language', async () => {
    render(<DraftsSection />, page.root);
    const reasons = () => [...page.root.querySelectorAll('[data-testid="tlbc-quarantine-reason"]')].map(text);
    await vi.waitFor(() => expect(reasons()).toEqual([OLD]));
    await saveSettings({ ...(await loadSettings()), lang: 'en' }, new Date('2025-03-12T01:00:00Z'));
    await vi.waitFor(() => expect(text(page.root.querySelector('h3'))).toMatch(/^[A-Z][a-z]/));
    expect(reasons()).toEqual([OLD]);
  });
});

describe('a backup that carries unreadable drafts, imported on the options page', () => {
  const fresh = optionsPage();

  it('says they are kept and shows them in the list', async () => {
    const file = {
      format: 'tro-ly-bao-cao-backup',
      schema: DRAFT_SCHEMA_VERSION,
      exportedAt: '2025-03-12T00:00:00.000Z',
      drafts: [],
      revisions: [],
      quarantine: [{ store: 'drafts', record: FROM_NEWER, reason: 'cũ', at: '2025-03-11T00:00:00.000Z' }],
    };
    render(
      <>
        <DraftsSection />
        <BackupSection />
      </>,
      fresh.root,
    );
    const input = fresh.root.querySelector<HTMLInputElement>('[data-testid="tlbc-backup-import"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file)], 'sao-luu.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const status = () => text(fresh.root.querySelector('[data-testid="tlbc-backup-status"]'));
    await vi.waitFor(() => expect(status()).toMatch(/1 bản không đọc được được giữ nguyên/));
    await vi.waitFor(() =>
      expect(fresh.root.querySelectorAll('[data-testid="tlbc-quarantine-row"]')).toHaveLength(1),
    );
  });
});
