import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AggregateSection, guessLevel } from '@/components/options/AggregateSection';
import { getDraft, listDraftsResult, saveDraft } from '@/lib/drafts/client';
import { draftId } from '@/lib/drafts/key';
import type { DraftInput, DraftRow } from '@/lib/drafts/schema';
import { saveProfile } from '@/lib/profile';
import { labelKey } from '@/lib/text';
import { optionsPage } from './options-page';

// The options page's "build II.06 from II.06a drafts", against the real store through messages.

const Q1 = '2024-12-15/2025-03-14';
const Q4 = '2024-09-15/2024-12-14';

const page = optionsPage({ clockFrom: '2025-03-16T01:00:00.000Z' });

const all = (id: string) => [...page.root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  page.root.querySelector<T>(`[data-testid="${id}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

function field(label: string, values: Record<string, string>): DraftRow {
  return { label, key: labelKey(label), kind: 'data', values };
}

function ii06a(unit: string, rows: DraftRow[], period = Q1): DraftInput {
  return { form: 'II.06a/VPCP/KSTT', period, unit, rows };
}

const xaA = ii06a('UBND xã Tịnh Phong', [
  field('Hộ tịch', { '3': '120', '4': '80', '5': '40', '7': '100', '9': '100', '11': '20', '12': '20' }),
  field('Đất đai', { '3': '1.234', '4': '1.000', '5': '234' }),
  { ...field('Tổng số', { '3': '1.354' }), kind: 'total' },
]);
const xaB = ii06a('UBND phường Nghĩa Lộ', [
  field('Hộ tịch', { '3': '30', '4': '10', '5': '20', '7': '30', '8': '5', '9': '25' }),
]);
const soTuPhap = ii06a('Sở Tư pháp', [field('Quốc tịch', { '3': '12', '5': '12', '13': '1' })]);
const older = ii06a('UBND xã Tịnh Phong', [field('Hộ tịch', { '3': '999' })], Q4);

function tick(unit: string) {
  const box = all('tlbc-aggregate-source').find(
    (b) => b.dataset.id === draftId('II.06a/VPCP/KSTT', Q1, unit),
  );
  if (!box) throw new Error(`no checkbox for ${unit}`);
  box.click();
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The preview as [kind, label, values by column] rows, empty cells left out. */
function preview() {
  return all('tlbc-aggregate-row').map((row) => {
    const values: Record<string, string> = {};
    for (const cell of row.querySelectorAll<HTMLElement>('td[data-col]'))
      if (cell.textContent) values[cell.dataset.col!] = cell.textContent;
    return [row.dataset.kind, text(row.querySelector('th')), values];
  });
}

async function rendered() {
  render(<AggregateSection />, page.root);
  await vi.waitFor(() => expect(byTestId('tlbc-aggregate-period')).toBeTruthy());
}

describe('build an II.06 draft from II.06a drafts on the options page', () => {
  it('says so when there is no II.06a draft', async () => {
    await saveDraft({ ...soTuPhap, form: 'II.05a/VPCP/KSTT' });
    render(<AggregateSection />, page.root);
    await vi.waitFor(() => expect(text(page.root)).toContain('Chưa có bản nháp II.06a nào để tổng hợp.'));
    expect(byTestId('tlbc-aggregate-run')).toBeNull();
  });

  it('lists the period’s II.06a drafts with a guessed level and keeps the run button off until one is ticked', async () => {
    for (const d of [xaA, xaB, soTuPhap, older]) await saveDraft(d);
    await rendered();
    const period = byTestId<HTMLSelectElement>('tlbc-aggregate-period')!;
    expect([...period.options].map((o) => o.value)).toEqual([Q1, Q4]);
    expect(text(period.options[0])).toBe('Quý I/2025 (15/12/2024 – 14/3/2025)');
    expect(all('tlbc-aggregate-source')).toHaveLength(3);
    expect(all('tlbc-aggregate-source').every((b) => !(b as HTMLInputElement).checked)).toBe(true);
    const levels = Object.fromEntries(
      all('tlbc-aggregate-level').map((s) => [s.dataset.id, (s as HTMLSelectElement).value]),
    );
    expect(levels).toEqual({
      [draftId('II.06a/VPCP/KSTT', Q1, 'Sở Tư pháp')]: 'tinh',
      [draftId('II.06a/VPCP/KSTT', Q1, 'UBND phường Nghĩa Lộ')]: 'xa',
      [draftId('II.06a/VPCP/KSTT', Q1, 'UBND xã Tịnh Phong')]: 'xa',
    });
    expect(text(page.root)).toContain('16/3/2025');

    const run = byTestId<HTMLButtonElement>('tlbc-aggregate-run')!;
    expect(run.disabled).toBe(true);
    expect(text(byTestId('tlbc-aggregate-hint'))).toContain('Hãy chọn ít nhất một bản nháp II.06a');
    tick('Sở Tư pháp');
    await vi.waitFor(() => expect(run.disabled).toBe(false));

    choose(period, Q4);
    await vi.waitFor(() => expect(all('tlbc-aggregate-source')).toHaveLength(1));
  });

  it('previews the sums per level with subtotals and a total, and saves them as an II.06 draft', async () => {
    await saveProfile({ level: 'huyen-vp', unit: 'UBND huyện Sơn Tịnh', remindersOn: true });
    for (const d of [xaA, xaB, soTuPhap, older]) await saveDraft(d);
    await rendered();
    await vi.waitFor(() =>
      expect(byTestId<HTMLInputElement>('tlbc-aggregate-unit')!.value).toBe('UBND huyện Sơn Tịnh'),
    );
    tick('UBND xã Tịnh Phong');
    tick('UBND phường Nghĩa Lộ');
    tick('Sở Tư pháp');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-aggregate-run')!.disabled).toBe(false));
    expect(byTestId('tlbc-aggregate-save')).toBeNull();
    byTestId('tlbc-aggregate-run')!.click();
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-preview')).toBeTruthy());

    expect(preview()).toEqual([
      ['group', 'Cấp tỉnh', {}],
      ['data', 'Quốc tịch', { '3': '12', '5': '12', '13': '1' }],
      ['subtotal', 'Cộng cấp tỉnh', { '3': '12', '5': '12', '13': '1' }],
      ['group', 'Cấp xã', {}],
      [
        'data',
        'Hộ tịch',
        { '3': '150', '4': '90', '5': '60', '7': '130', '8': '5', '9': '125', '11': '20', '12': '20' },
      ],
      ['data', 'Đất đai', { '3': '1.234', '4': '1.000', '5': '234' }],
      [
        'subtotal',
        'Cộng cấp xã',
        { '3': '1.384', '4': '1.090', '5': '294', '7': '130', '8': '5', '9': '125', '11': '20', '12': '20' },
      ],
      [
        'total',
        'Tổng số',
        {
          '3': '1.396',
          '4': '1.090',
          '5': '306',
          '7': '130',
          '8': '5',
          '9': '125',
          '11': '20',
          '12': '20',
          '13': '1',
        },
      ],
    ]);
    // The 11 count columns, (3) to (13).
    expect(all('tlbc-aggregate-preview')[0]!.querySelectorAll('thead th')).toHaveLength(12);
    // Nothing saved yet.
    expect(await getDraft(draftId('II.06/VPCP/KSTT', Q1, 'UBND huyện Sơn Tịnh'))).toEqual({
      ok: true,
      draft: null,
    });

    byTestId('tlbc-aggregate-save')!.click();
    await vi.waitFor(() => expect(text(byTestId('tlbc-aggregate-status'))).toContain('Đã lưu bản nháp'));
    expect(text(byTestId('tlbc-aggregate-status'))).toContain('II.06/VPCP/KSTT');
    const saved = await getDraft(draftId('II.06/VPCP/KSTT', Q1, 'UBND huyện Sơn Tịnh'));
    if (!saved.ok || !saved.draft) throw new Error('II.06 draft not saved');
    expect(saved.draft.unit).toBe('UBND huyện Sơn Tịnh');
    expect(saved.draft.period).toBe(Q1);
    expect(saved.draft.name).toBe('Tổng hợp từ 3 biểu II.06a');
    expect(saved.draft.rows.map((r) => [r.kind, r.group ?? '', r.label])).toEqual([
      ['group', '', 'Cấp tỉnh'],
      ['data', 'cấp tỉnh', 'Quốc tịch'],
      ['subtotal', 'cấp tỉnh', 'Cộng cấp tỉnh'],
      ['group', '', 'Cấp xã'],
      ['data', 'cấp xã', 'Hộ tịch'],
      ['data', 'cấp xã', 'Đất đai'],
      ['subtotal', 'cấp xã', 'Cộng cấp xã'],
      ['total', '', 'Tổng số'],
    ]);
    expect(saved.draft.rows.at(-1)!.values['3']).toBe('1.396');
    // What each column is, as a draft saved on the page records it.
    expect(saved.draft.formVersion).toBe('II.06/VPCP/KSTT@01/2020');
    expect(saved.draft.columns?.['7']).toEqual({ header: 'Số hồ sơ đã giải quyết / Tổng số' });

    // The II.06a drafts are untouched.
    const list = await listDraftsResult();
    if (!list.ok) throw new Error(list.error);
    for (const d of list.drafts.filter((x) => x.form === 'II.06a/VPCP/KSTT')) expect(d.revision).toBe(1);
    expect(byTestId('tlbc-aggregate-replaces')).toBeNull();

    // Built again, the preview says the saved II.06 would be kept as an earlier version.
    byTestId('tlbc-aggregate-run')!.click();
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-replaces')).toBeTruthy());
    expect(text(byTestId('tlbc-aggregate-replaces'))).toContain('bản cũ được giữ làm phiên bản cũ');
  });

  it('puts a draft under the level the user chooses and lists unreadable cells', async () => {
    await saveDraft(xaA);
    await saveDraft(ii06a('UBND xã Tịnh Hà', [field('Hộ tịch', { '3': '7', '4': 'bảy' })]));
    await rendered();
    tick('UBND xã Tịnh Phong');
    tick('UBND xã Tịnh Hà');
    const level = all('tlbc-aggregate-level').find(
      (s) => s.dataset.id === draftId('II.06a/VPCP/KSTT', Q1, 'UBND xã Tịnh Phong'),
    ) as HTMLSelectElement;
    choose(level, 'huyen');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-aggregate-run')!.disabled).toBe(false));
    byTestId('tlbc-aggregate-run')!.click();
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-preview')).toBeTruthy());
    expect(preview().map(([kind, label]) => `${kind}:${label}`)).toEqual([
      'group:Cấp huyện',
      'data:Hộ tịch',
      'data:Đất đai',
      'subtotal:Cộng cấp huyện',
      'group:Cấp xã',
      'data:Hộ tịch',
      'subtotal:Cộng cấp xã',
      'total:Tổng số',
    ]);
    expect(text(byTestId('tlbc-aggregate-problem'))).toContain(
      'UBND xã Tịnh Hà: “Hộ tịch” cột (4) ghi “bảy”, không phải số nên không được cộng.',
    );

    // A change after the run drops the stale preview, so it cannot be saved.
    choose(level, 'xa');
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-preview')).toBeNull());
  });

  it('asks for the aggregating unit before saving and shows the store’s error', async () => {
    await saveDraft(xaA);
    const save = vi.fn(async () => ({
      ok: false as const,
      error: 'Bộ nhớ đầy, chưa lưu được.',
      errorEn: 'Storage full, not saved.',
    }));
    render(<AggregateSection save={save} defaultUnit={async () => ''} />, page.root);
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-period')).toBeTruthy());
    tick('UBND xã Tịnh Phong');
    await vi.waitFor(() => expect(byTestId<HTMLButtonElement>('tlbc-aggregate-run')!.disabled).toBe(false));
    byTestId('tlbc-aggregate-run')!.click();
    await vi.waitFor(() => expect(byTestId('tlbc-aggregate-save')).toBeTruthy());
    byTestId('tlbc-aggregate-save')!.click();
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-aggregate-status'))).toContain('Hãy nhập tên đơn vị tổng hợp'),
    );
    expect(save).not.toHaveBeenCalled();

    const unit = byTestId<HTMLInputElement>('tlbc-aggregate-unit')!;
    unit.value = 'UBND huyện Sơn Tịnh';
    unit.dispatchEvent(new Event('input', { bubbles: true }));
    byTestId('tlbc-aggregate-save')!.click();
    await vi.waitFor(() =>
      expect(text(byTestId('tlbc-aggregate-status'))).toBe('Bộ nhớ đầy, chưa lưu được.'),
    );
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ form: 'II.06/VPCP/KSTT', period: Q1, unit: 'UBND huyện Sơn Tịnh' }),
    );
  });
});

describe('level guessed from the unit name', () => {
  it.each([
    ['UBND xã Tịnh Phong', 'xa'],
    ['UBND phường Nghĩa Lộ', 'xa'],
    ['UBND thị trấn Châu Ổ', 'xa'],
    ['UBND xã Tịnh Phong, huyện Sơn Tịnh', 'xa'],
    ['UBND thị xã Đức Phổ', 'huyen'],
    ['UBND huyện Sơn Tịnh', 'huyen'],
    ['UBND thành phố Quảng Ngãi', 'huyen'],
    ['Phòng Tư pháp huyện Sơn Tịnh', 'huyen'],
    ['Văn phòng HĐND và UBND huyện Mộ Đức', 'huyen'],
    ['Sở Tư pháp', 'tinh'],
    ['Ban Quản lý Khu kinh tế Dung Quất', 'tinh'],
    ['Văn phòng UBND tỉnh', 'tinh'],
    ['SỞ XÂY DỰNG', 'tinh'],
  ])('%s → %s', (unit, level) => {
    expect(guessLevel(unit)).toBe(level);
  });
});
