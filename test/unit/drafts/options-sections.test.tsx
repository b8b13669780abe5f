import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { BackupSection } from '@/components/options/BackupSection';
import { DraftsSection } from '@/components/options/DraftsSection';
import { saveDraft } from '@/lib/drafts/client';
import { DRAFT_SCHEMA_VERSION } from '@/lib/drafts/schema';
import { ii06a, withHoTich } from './fixtures';
import { optionsPage } from './options-page';

// The options page's drafts list and backup, against the real store through messages, as the options
// page (an extension page) sends them.

const page = optionsPage({ clockFrom: '2025-03-10T01:00:00.000Z' });

const rows = () => [...page.root.querySelectorAll<HTMLElement>('[data-testid="tlbc-draft-row"]')];
const byTestId = (id: string) => page.root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** The first row of an opened draft's values table, cell by cell. */
const firstValues = () =>
  [...byTestId('tlbc-draft-values').querySelectorAll('tbody tr:first-child > *')].map((cell) => text(cell));

function chooseFile(input: HTMLInputElement, content: string, name = 'sao-luu.json') {
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('drafts list on the options page', () => {
  it('shows each draft with its period in Vietnamese, last save and revisions, and refreshes on save', async () => {
    await saveDraft(ii06a());
    await saveDraft(withHoTich('130'));
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0]!;
    expect(text(row)).toContain('II.06a/VPCP/KSTT');
    expect(text(row)).toContain('15/12/2024 – 14/3/2025');
    expect(text(row)).toContain('UBND xã Tịnh Phong');
    expect(text(row.querySelector('[data-testid="tlbc-draft-saved"]'))).toBe('08:00, 10/3/2025');
    expect(text(row.querySelector('[data-testid="tlbc-draft-revisions"]'))).toBe('1');
    // Nothing unreadable, nothing said about it.
    expect(page.root.querySelector('[data-testid="tlbc-quarantine"]')).toBeNull();

    await saveDraft(ii06a({ unit: 'UBND xã Nghĩa Hà' }));
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
  });

  it('opens a draft as a table of its values and restores an earlier version', async () => {
    await saveDraft(ii06a());
    await saveDraft(withHoTich('130'));
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    byTestId('tlbc-draft-open').click();
    await vi.waitFor(() => expect(byTestId('tlbc-draft-values')).toBeTruthy());
    expect(firstValues()).toEqual(['Hộ tịch', '130', '80', '40', '0']);
    await vi.waitFor(() => expect(byTestId('tlbc-draft-restore')).toBeTruthy());
    byTestId('tlbc-draft-restore').click();
    await vi.waitFor(() => expect(firstValues()).toEqual(['Hộ tịch', '120', '80', '40', '0']));
    expect(text(byTestId('tlbc-drafts-status'))).toMatch(/Đã khôi phục lần lưu 1/);
  });

  it('renames a draft', async () => {
    await saveDraft(ii06a());
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    byTestId('tlbc-draft-rename').click();
    await vi.waitFor(() => expect(byTestId('tlbc-draft-name')).toBeTruthy());
    const input = byTestId('tlbc-draft-name') as HTMLInputElement;
    input.value = 'Quý I — bản chốt';
    input.form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await vi.waitFor(() => expect(text(rows()[0])).toContain('Quý I — bản chốt'));
  });

  it('deletes only after confirmation, and "Hoàn tác" brings the draft back', async () => {
    await saveDraft(ii06a());
    render(<DraftsSection />, page.root);
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    byTestId('tlbc-draft-delete').click();
    await vi.waitFor(() => expect(byTestId('tlbc-draft-delete-confirm')).toBeTruthy());
    expect(rows()).toHaveLength(1);
    byTestId('tlbc-draft-delete-confirm').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect(text(byTestId('tlbc-drafts-status'))).toMatch(/^Đã xoá bản nháp II\.06a\/VPCP\/KSTT .* Hoàn tác$/);
    byTestId('tlbc-draft-undo').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
  });
});

describe('backup on the options page', () => {
  it('exports a JSON file through a download link', async () => {
    await saveDraft(ii06a());
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:backup';
    });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<BackupSection />, page.root);
    byTestId('tlbc-backup-export').click();
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^tro-ly-bao-cao-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await created[0]!.text());
    expect(backup).toMatchObject({
      format: 'tro-ly-bao-cao-backup',
      schema: DRAFT_SCHEMA_VERSION,
      drafts: [{ unit: 'UBND xã Tịnh Phong' }],
    });
    vi.restoreAllMocks();
  });

  it('imports a backup file and says how many drafts came in', async () => {
    const backup = {
      format: 'tro-ly-bao-cao-backup',
      schema: 1,
      exportedAt: '2025-03-10T00:00:00.000Z',
      drafts: ['A', 'B', 'C'].map((x, i) => ({
        ...ii06a({ unit: `UBND xã ${x}` }),
        schema: 1,
        id: `II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã ${x.toLowerCase()}`,
        name: '',
        savedAt: `2025-03-0${i + 1}T00:00:00.000Z`,
        revision: 1,
      })),
      revisions: [],
    };
    render(<BackupSection />, page.root);
    chooseFile(byTestId('tlbc-backup-import') as HTMLInputElement, JSON.stringify(backup));
    await vi.waitFor(() => expect(text(byTestId('tlbc-backup-status'))).toMatch(/^Đã nhập 3 bản nháp/));
    const list = await page.store.list();
    expect(list.ok && list.drafts).toHaveLength(3);
  });

  it('refuses a malformed file with a message and changes nothing', async () => {
    await saveDraft(ii06a());
    render(<BackupSection />, page.root);
    chooseFile(byTestId('tlbc-backup-import') as HTMLInputElement, '{ not json');
    await vi.waitFor(() => expect(byTestId('tlbc-backup-status')?.dataset.state).toBe('error'));
    expect(text(byTestId('tlbc-backup-status'))).toMatch(/không phải JSON hợp lệ.*Không có gì bị thay đổi/);
    const list = await page.store.list();
    expect(list.ok && list.drafts.map((d) => d.revision)).toEqual([1]);
  });
});
