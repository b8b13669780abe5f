import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportSection } from '@/components/options/ImportSection';
import type { Finding } from '@/lib/rules/finding';
import type { TableModel } from '@/lib/table/model';
import { optionsPage } from '../options-page';
import { compoundFile } from './crafted';
import { csv, GROUPED_HEADER, xlsx } from './sheets';

// The import section against the real draft store through messages, as the options page uses it.

const page = optionsPage();
const now = () => new Date('2025-03-10T03:00:00Z');

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  page.root.querySelector<T>(`[data-testid="${id}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function choose(data: ArrayBuffer, name: string) {
  const input = byTestId<HTMLInputElement>('tlbc-import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([data], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeUnit(value: string) {
  const input = byTestId<HTMLInputElement>('tlbc-import-unit')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const FLAT_HEADER = 'STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước';

describe('import a spreadsheet on the options page', () => {
  it('previews the mapping and the checks, then saves the draft for the chosen period and unit', async () => {
    const seen: TableModel[] = [];
    const check = (model: TableModel): Finding[] => {
      seen.push(model);
      return [
        {
          rule: 'sum',
          severity: 'error',
          row: 0,
          col: 3,
          message: 'Cột (3) phải bằng 1.234.',
          text: { key: 'rules.sum', params: { col: 3 } },
        },
      ];
    };
    render(<ImportSection check={check} now={now} />, page.root);
    const file = await xlsx([
      ...GROUPED_HEADER,
      [1, 'Đất đai', 1235, 1000, 200, 34, 1200, 100, 1000, 100, 34, 30, 4],
    ]);
    choose(file, 'ket-qua.xlsx');
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());

    const mapping = [...page.root.querySelectorAll<HTMLElement>('[data-testid="tlbc-import-mapping"]')];
    const received = mapping.find((m) => m.dataset.col === '3')!;
    expect(text(received)).toContain('Số hồ sơ nhận giải quyết / Tổng số');
    expect(received.dataset.how).toBe('group');
    expect(text(byTestId('tlbc-import-preview'))).toContain('Đất đai: Cột (3) phải bằng 1.234.');
    expect(seen[0].rows[0].cells[2].value).toBe(1235);

    const period = byTestId<HTMLSelectElement>('tlbc-import-period')!;
    expect(period.value).toBe('2024-12-15/2025-03-14');
    typeUnit('UBND xã Tịnh Phong');
    byTestId('tlbc-import-save')!.click();
    await vi.waitFor(() => expect(text(byTestId('tlbc-import-status'))).toMatch(/^Đã lưu bản nháp/));
    expect(text(byTestId('tlbc-import-status'))).toContain(
      'II.06a/VPCP/KSTT · Quý I/2025 · UBND xã Tịnh Phong (1 dòng)',
    );

    const saved = await page.store.get('II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã tịnh phong');
    const draft = saved.ok ? saved.draft : null;
    expect(draft?.rows[0].values['3']).toBe('1.235');
    expect(draft?.findings).toEqual({ errors: 1, warnings: 0 });
    // Each column's identity and the form version, as a draft saved on the page has them: a fill
    // elsewhere compares them with the page's columns before writing.
    expect(draft?.formVersion).toBe('II.06a/VPCP/KSTT@01/2020');
    expect(draft?.columns?.['4']).toEqual({ header: 'Số hồ sơ nhận giải quyết / Trực tuyến' });
    expect(draft?.columns?.['13']).toEqual({ header: 'Số lượng hồ sơ đang giải quyết / Quá hạn' });
    expect(draft?.columns?.['2']).toBeUndefined();
  });

  it('refuses a file it cannot read, says why in Vietnamese, and offers nothing to save', async () => {
    render(<ImportSection now={now} />, page.root);
    choose(csv('a;b;c\n1;2;3'), 'lung-tung.csv');
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-import-status'))).toMatch(/^Không nhận ra hàng tiêu đề/),
    );
    expect(byTestId('tlbc-import-preview')).toBeNull();
    expect(byTestId('tlbc-import-save')).toBeNull();
    expect(await page.store.list()).toEqual({ ok: true, drafts: [] });
  });

  it('asks for an old .xls to be saved as .xlsx, clears the preview before it and saves nothing', async () => {
    render(<ImportSection now={now} />, page.root);
    choose(csv(`${FLAT_HEADER}\n1;Đất đai;12;2;10;0`), 'dung.csv');
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());
    choose(compoundFile(['Workbook', '\u0005SummaryInformation']), 'bao-cao-cu.xls');
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-import-status'))).toContain(
        'Lưu lại tệp dưới dạng .xlsx (Excel 2007 trở lên) rồi nhập lại',
      ),
    );
    expect(byTestId('tlbc-import-status')?.classList.contains('error')).toBe(true);
    expect(byTestId('tlbc-import-preview')).toBeNull();
    expect(byTestId('tlbc-import-save')).toBeNull();
    expect(await page.store.list()).toEqual({ ok: true, drafts: [] });
  });
});

describe('the preview runs the real checks', () => {
  it('shows a broken sum from the file before anything is saved', async () => {
    render(<ImportSection now={now} />, page.root);
    // (3) = 10 but (4) + (5) + (6) = 9: R1 fails.
    choose(
      csv('STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước\n1;Hộ tịch;10;4;4;1'),
      'hc.csv',
    );
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());
    const findings = [...page.root.querySelectorAll<HTMLElement>('[data-testid="tlbc-import-finding"]')];
    expect(findings.some((f) => f.dataset.rule === 'sum' && f.dataset.severity === 'error')).toBe(true);
    expect(await page.store.list()).toEqual({ ok: true, drafts: [] });
  });
});

describe('large and unusual files on the options page', () => {
  const HEADER = 'STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước';
  const all = (id: string) => [...page.root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  it('refuses a 10 MB CSV of 130 000 rows with a message instead of crashing the page', async () => {
    render(<ImportSection now={now} />, page.root);
    const lines = [HEADER];
    for (let i = 0; i < 130_000; i++)
      lines.push(`${i + 1};Lĩnh vực thứ ${i + 1} của biểu mẫu báo cáo;12;2;10;0`);
    choose(csv(lines.join('\r\n')), 'lon.csv');
    await vi.waitFor(
      () => expect(text(byTestId('tlbc-import-status'))).toMatch(/^Tệp CSV có hơn 60\.000 dòng/),
      {
        timeout: 10_000,
      },
    );
    expect(byTestId('tlbc-import-preview')).toBeNull();
  }, 20_000);

  it('lists the first 100 problems and findings of 5 000 bad rows and counts the rest', async () => {
    render(<ImportSection now={now} />, page.root);
    // Every row: (3) is not a number (a problem) and (3) ≠ (4) + (5) + (6) cannot hold (a finding).
    const lines = [HEADER];
    for (let i = 0; i < 5_000; i++) lines.push(`${i + 1};Đất đai;12a;2;10;0`);
    choose(csv(lines.join('\n')), 'sai.csv');
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull(), { timeout: 10_000 });
    expect(all('tlbc-import-problem').length).toBe(100);
    expect(all('tlbc-import-finding').length).toBe(100);
    const [problems, findings] = all('tlbc-import-more');
    // The column-order note, then one problem per row.
    expect(problems.dataset.count).toBe('4901');
    expect(text(problems)).toMatch(/^… và 4\.901 mục nữa/);
    expect(Number(findings.dataset.count)).toBeGreaterThanOrEqual(4_900);
  }, 20_000);

  it('shows how far a large file is read, then the preview', async () => {
    render(<ImportSection now={now} />, page.root);
    const lines = [HEADER];
    for (let i = 0; i < 9_000; i++) lines.push(`${i + 1};Đất đai;12;2;10;0;12;0;12;0;0;0;0`);
    // Every state the page shows while it reads: the bar's value and the status beside it.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = byTestId<HTMLProgressElement>('tlbc-import-progress');
      if (bar) shown.push(`${bar.getAttribute('value')} ${text(byTestId('tlbc-import-status'))}`);
    });
    observer.observe(page.root, { subtree: true, childList: true, attributes: true, characterData: true });
    choose(csv(lines.join('\n')), 'lon.csv');
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull(), { timeout: 15_000 });
    observer.disconnect();
    expect(shown[0]).toMatch(/^\d+ Đang đọc “lon\.csv”…/);
    expect(new Set(shown.map((s) => s.split(' ')[0])).size).toBeGreaterThan(2);
    // Then the checks, which have no measure: a bar without a value, beside what is being done.
    expect(shown.at(-1)).toMatch(/^null Đang kiểm tra số liệu…/);
    expect(byTestId('tlbc-import-progress')).toBeNull();
    expect(text(byTestId('tlbc-import-status'))).toMatch(/^Đã đọc 9\.000 dòng/);
  }, 20_000);

  it('refuses a file over 20 MB without loading it into the page', async () => {
    render(<ImportSection now={now} />, page.root);
    const input = byTestId<HTMLInputElement>('tlbc-import-file')!;
    const arrayBuffer = vi.fn(() => Promise.reject(new Error('must not be read')));
    const huge = { name: 'xuat-du-lieu.csv', size: 3 * 1024 ** 3, arrayBuffer };
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-import-status'))).toMatch(/^Tệp quá lớn \(3\.072 MB\)/),
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('says which encoding the preview was read in, and where a bad byte was replaced', async () => {
    render(<ImportSection now={now} />, page.root);
    const good = new Uint8Array(csv([HEADER, '1;Đất đai;12;2;10;0', '2;Hộ tịch;5;5;0;0'].join('\n')));
    const bytes = new Uint8Array([...good, 0x0a, ...new TextEncoder().encode('3;Y t'), 0xea, 0x3b, 0x31]);
    choose(bytes.buffer, 'bc.csv');
    await vi.waitFor(() => expect(byTestId('tlbc-import-preview')).not.toBeNull());
    expect(byTestId('tlbc-import-encoding')?.dataset.encoding).toBe('UTF-8');
    expect(all('tlbc-import-problem').map(text)).toContainEqual(
      expect.stringMatching(/^Tệp có 1 chỗ không đúng mã UTF-8 \(dòng 4\)/),
    );
  });
});
