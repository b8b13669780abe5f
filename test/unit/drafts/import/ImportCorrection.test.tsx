import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ImportSection } from '@/components/options/ImportSection';
import { MAPPINGS_KEY } from '@/lib/drafts/import/remembered';
import { optionsPage } from '../options-page';
import { CORPUS } from './corpus';

// The preview as a correction tool: the user places a merged column, the findings follow, nothing is
// saved before the choice, and the confirmed mapping is offered for the next file with that header.

const page = optionsPage();
const now = () => new Date('2025-03-10T03:00:00Z');
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  page.root.querySelector<T>(`[data-testid="${id}"]`);
const all = (id: string) => [...page.root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function choose(data: ArrayBuffer, name: string) {
  const input = byTestId<HTMLInputElement>('tlbc-import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([data], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function pick(id: string, value: string, attr?: [string, string]) {
  const select = attr
    ? page.root.querySelector<HTMLSelectElement>(`[data-testid="${id}"][${attr[0]}="${attr[1]}"]`)!
    : byTestId<HTMLSelectElement>(id)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeUnit(value: string) {
  const input = byTestId<HTMLInputElement>('tlbc-import-unit')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const file = (name: string) => CORPUS.find((f) => f.name === name)!;
const KEY = 'II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã tịnh phong';

describe('correcting the mapping in the preview', () => {
  it('saves nothing until the merged column is placed, then saves with the choice and remembers it', async () => {
    await browser.storage.local.remove(MAPPINGS_KEY);
    render(<ImportSection now={now} />, page.root);
    const merged = file('gop-dung-truoc-han.csv');
    choose(await merged.bytes(), merged.name);
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());
    const row = all('tlbc-import-mapping').find((m) => m.dataset.how === 'merged')!;
    expect(text(row)).toContain('Đúng và trước hạn');
    expect(all('tlbc-import-problem').some((p) => p.dataset.severity === 'error')).toBe(true);

    typeUnit('UBND xã Tịnh Phong');
    byTestId('tlbc-import-save')!.click();
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-status'))).toMatch(/^Chưa lưu: hãy chọn cột/));
    expect(await page.store.list()).toEqual({ ok: true, drafts: [] });

    // Before the choice (8) and (9) are empty: the resolved sum (7 = 8 + 9 + 10) fails on every row.
    const sumsBefore = all('tlbc-import-finding').filter((f) => f.dataset.rule === 'sum').length;
    expect(sumsBefore).toBeGreaterThan(0);
    pick('tlbc-import-target', '9', ['data-file-col', '7']);
    await vi.waitFor(() =>
      expect(all('tlbc-import-mapping').find((m) => m.dataset.col === '9')?.dataset.how).toBe('user'),
    );
    expect(all('tlbc-import-finding').filter((f) => f.dataset.rule === 'sum').length).toBe(0);
    expect(all('tlbc-import-problem').some((p) => p.dataset.severity === 'error')).toBe(false);

    byTestId('tlbc-import-save')!.click();
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-status'))).toMatch(/^Đã lưu bản nháp/));
    const saved = await page.store.get(KEY);
    expect(saved.ok && saved.draft?.rows[0].values['9']).toBe('120');

    // The same exporter next quarter: the choice is offered again, and said so.
    render(null, page.root);
    render(<ImportSection now={now} />, page.root);
    choose(await merged.bytes(), 'quy-2.csv');
    await vi.waitFor(() => expect(byTestId('tlbc-import-remembered')).not.toBeNull());
    const again = all('tlbc-import-mapping').find((m) => m.dataset.col === '9')!;
    expect(again.dataset.how).toBe('remembered');
    expect(all('tlbc-import-problem').some((p) => p.dataset.severity === 'error')).toBe(false);
  });

  it('shows channels added into one column, derived totals and ignored columns with their totals', async () => {
    render(<ImportSection now={now} />, page.root);
    const national = file('dvc-quoc-gia.xlsx');
    choose(await national.bytes(), national.name);
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());
    expect(all('tlbc-import-adds').map(text)).toContain('cộng vào cột (4)');
    expect(all('tlbc-import-unplaced').map((u) => u.dataset.total)).toEqual(['4', '3', '0']);
    expect(byTestId('tlbc-import-left-out')?.dataset.count).toBe('3');
    // Moving "Rút hồ sơ" into (10) by mistake: the sum and balance findings show it at once.
    pick('tlbc-import-target', '10', ['data-file-col', '15']);
    await vi.waitFor(() =>
      expect(all('tlbc-import-finding').some((f) => f.dataset.rule === 'sum')).toBe(true),
    );
    pick('tlbc-import-target', '', ['data-file-col', '15']);
    await vi.waitFor(() =>
      expect(all('tlbc-import-finding').some((f) => f.dataset.rule === 'sum')).toBe(false),
    );

    const provincial = file('mot-cua-tinh.xlsx');
    choose(await provincial.bytes(), provincial.name);
    await vi.waitFor(() =>
      expect(all('tlbc-import-derived').map((d) => d.dataset.col)).toEqual(['3', '7', '11']),
    );
  });

  it('lets the user choose the sheet', async () => {
    render(<ImportSection now={now} />, page.root);
    const book = file('nhieu-trang.xlsx');
    choose(await book.bytes(), book.name);
    await vi.waitFor(() => expect(byTestId('tlbc-import-sheet')).not.toBeNull());
    expect(byTestId<HTMLSelectElement>('tlbc-import-sheet')!.value).toBe('Quý IV');
    pick('tlbc-import-sheet', 'Quý I');
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-preview'))).toContain('3 dòng'));
    pick('tlbc-import-sheet', 'Hướng dẫn');
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-status'))).toMatch(/Trang tính “Hướng dẫn”/));
    expect(byTestId<HTMLSelectElement>('tlbc-import-sheet')!.value).toBe('Quý I');
  });

  it('remembers the sheet with the mapping, and offers both for the next workbook with those sheets', async () => {
    await browser.storage.local.remove(MAPPINGS_KEY);
    render(<ImportSection now={now} />, page.root);
    const book = file('nhieu-trang.xlsx');
    choose(await book.bytes(), book.name);
    await vi.waitFor(() => expect(byTestId<HTMLSelectElement>('tlbc-import-sheet')?.value).toBe('Quý IV'));
    pick('tlbc-import-sheet', 'Quý I');
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-preview'))).toContain('trang tính “Quý I”'));
    // "Không được tiếp nhận" (all zeros) added into (10): a choice only the remembered mapping can repeat.
    pick('tlbc-import-target', '10', ['data-file-col', '17']);
    await vi.waitFor(() =>
      expect(all('tlbc-import-mapping').filter((m) => m.dataset.col === '10').length).toBe(2),
    );
    typeUnit('UBND xã Tịnh Phong');
    byTestId('tlbc-import-save')!.click();
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-status'))).toMatch(/^Đã lưu bản nháp/));

    render(null, page.root);
    render(<ImportSection now={now} />, page.root);
    choose(await book.bytes(), 'quy-2.xlsx');
    await vi.waitFor(() => expect(byTestId('tlbc-import-remembered')).not.toBeNull());
    expect(byTestId<HTMLSelectElement>('tlbc-import-sheet')!.value).toBe('Quý I');
    const placed = all('tlbc-import-mapping').find((m) => text(m).startsWith('Không được tiếp nhận'))!;
    expect([placed.dataset.col, placed.dataset.how]).toEqual(['10', 'remembered']);
    expect(text(byTestId('tlbc-import-status'))).toMatch(/^Đã đọc 4 dòng/);
  });
});
