import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { BackupSection } from '@/components/options/BackupSection';
import { OwnFieldsSection } from '@/components/options/OwnFieldsSection';
import { OWN_FIELDS_KEY } from '@/lib/fields/own-schema';
import { addOwnField, loadOwnFields } from '@/lib/fields/own-store';
import { PORTAL_SEARCH_URL } from '@/lib/fields/portal';
import { optionsPage } from '../drafts/options-page';

// "Danh mục lĩnh vực của tôi" on the options page: add with a level, listed and marked as the user's
// own, removable, with the portal lookup at hand; records that cannot be read are shown and kept.

const page = optionsPage({ clockFrom: '2027-03-12T02:00:00.000Z' });
const byTestId = <T extends HTMLElement>(id: string) => page.root.querySelector<T>(`[data-testid="${id}"]`)!;
const all = (id: string) => [...page.root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

function type(el: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('my field names on the options page', () => {
  it('adds a name with its level, lists it as the user’s own, and removes it', async () => {
    render(<OwnFieldsSection />, page.root);
    type(byTestId('tlbc-own-field-name'), 'Quản lý chợ');
    await vi.waitFor(() => expect(byTestId('tlbc-field-lookup')).toBeTruthy());
    type(byTestId('tlbc-own-field-level'), 'xa', 'change');
    await vi.waitFor(() => expect(byTestId<HTMLSelectElement>('tlbc-own-field-level').value).toBe('xa'));
    expect(byTestId<HTMLAnchorElement>('tlbc-field-lookup').getAttribute('href')).toBe(PORTAL_SEARCH_URL);
    byTestId('tlbc-own-field-save').click();
    await vi.waitFor(() => expect(all('tlbc-own-field')).toHaveLength(1));
    const item = all('tlbc-own-field')[0];
    expect(item.dataset).toMatchObject({ name: 'Quản lý chợ', level: 'xa' });
    expect(text(item)).toContain('Cấp xã · của tôi');
    expect(text(byTestId('tlbc-own-field-status'))).toBe(
      'Đã thêm «Quản lý chợ» (Cấp xã) vào danh mục của tôi.',
    );
    byTestId('tlbc-own-field-remove').click();
    await vi.waitFor(() => expect(all('tlbc-own-field')).toHaveLength(0));
    expect((await loadOwnFields()).entries).toEqual([]);
  });

  it('follows names added elsewhere (the panel) and shows records it could not read, without dropping them', async () => {
    await browser.storage.local.set({
      [OWN_FIELDS_KEY]: { schema: 1, entries: [{ schema: 1, name: 'Điện', level: 'huyen' }], aside: [] },
    });
    render(<OwnFieldsSection />, page.root);
    await vi.waitFor(() => expect(byTestId('tlbc-own-fields-aside')).toBeTruthy());
    expect(text(byTestId('tlbc-own-fields-aside'))).toContain('1 mục không đọc được, được giữ nguyên');
    await addOwnField('Nước sạch', 'tinh');
    await vi.waitFor(() => expect(all('tlbc-own-field').map((e) => e.dataset.name)).toEqual(['Nước sạch']));
    expect((await loadOwnFields()).aside).toHaveLength(1);
  });

  it('the backup file carries them in a part of their own', async () => {
    await addOwnField('Quản lý chợ', 'xa');
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<BackupSection />, page.root);
    byTestId('tlbc-backup-export').click();
    await vi.waitFor(() => expect(created).toHaveLength(1));
    const backup = JSON.parse(await created[0].text());
    expect(backup.ownFields).toMatchObject({ schema: 1, entries: [{ name: 'Quản lý chợ', level: 'xa' }] });
    vi.restoreAllMocks();
  });
});
