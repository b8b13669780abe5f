import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel/Panel';
import type { PanelActions, PanelView } from '@/lib/panel/view';
import type { Finding } from '@/lib/rules/finding';
import { draftOf, FORM, openPage, PERIOD, settle, UNIT, userClick } from './page-panel';

// The panel's shadow root is open: a page script can find every button and click() it. None of those
// clicks may act — not save (21 saves would push the user's figures out of the revision history), not
// fill (another unit's figures would land on the page), not fix, undo, offers or settings.

function inputOf(label: string, col: number): HTMLInputElement {
  const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.cells[1]?.textContent === label)!;
  return row.cells[col - 1].querySelector('input')!;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const OTHER_UNIT = 'UBND xã Tịnh Phong';
const LAST_YEAR = '2023-12-15/2024-03-14';

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('clicks a page script fakes', () => {
  it('zeros written and Save clicked 21 times by script: nothing is saved, the status says why', async () => {
    const { find, calls, state } = await openPage();
    for (const input of Array.from(document.querySelectorAll('input'))) type(input, '0');
    for (let i = 0; i < 21; i++) find('tlbc-save-draft')!.click();
    await settle();
    expect(calls.filter((c) => c === 'save')).toEqual([]);
    expect(state.view!.status).toMatch(/bỏ qua.*không phải của người dùng/);
  });

  it('the user’s own click saves (the browser marks mouse and keyboard activation trusted)', async () => {
    const { find, calls, state } = await openPage();
    userClick(find('tlbc-save-draft')!);
    await settle();
    expect(calls).toContain('save');
    expect(state.view!.status).toMatch(/Đã lưu bản nháp/);
  });

  it('a faked "Điền" asks for no draft and writes nothing; fix, undo and settings do nothing either', async () => {
    const { find, findAll, calls } = await openPage({ stored: [draftOf({ values: { '3': '999' } })] });
    type(inputOf('Hộ tịch', 4), '81');
    await settle();
    find('tlbc-fill')!.click();
    for (const fix of findAll('tlbc-fix')) fix.click();
    find('tlbc-undo')!.click();
    for (const button of findAll('tlbc-finding')) button.querySelector('button')!.click();
    const tools = document.querySelector('tlbc-panel-host')!.shadowRoot!.querySelectorAll('header button');
    for (const button of Array.from(tools)) (button as HTMLElement).click();
    await settle();
    expect(calls).toEqual([]);
    expect(inputOf('Hộ tịch', 3).value).toBe('120');
    expect(inputOf('Hộ tịch', 4).value).toBe('81');
    expect(find('tlbc-panel')!.className).not.toMatch(/collapsed|dock-left/);
  });

  it('the user’s own "Điền" fills', async () => {
    const { find } = await openPage({ stored: [draftOf({ values: { '3': '999' } })] });
    userClick(find('tlbc-fill')!);
    await settle();
    expect(inputOf('Hộ tịch', 3).value).toBe('999');
  });
});

describe('the offers list', () => {
  const stored = [
    draftOf({ period: LAST_YEAR, name: 'Quý I năm ngoái' }),
    draftOf({ unit: OTHER_UNIT, name: 'Nháp Tịnh Phong' }),
  ];

  it('lists this unit’s drafts only; other units’ after the user asks', async () => {
    const { find, findAll, shadow } = await openPage({ stored });
    userClick(find('tlbc-fill')!);
    await settle();
    expect(findAll('tlbc-fill-offer').map((b) => b.textContent)).toEqual([
      'Quý I năm ngoái · 2023-12-15 – 2024-03-14',
    ]);
    expect(shadow.textContent).not.toContain('Tịnh Phong');

    find('tlbc-show-other-units')!.click();
    await settle();
    expect(shadow.textContent).not.toContain('Tịnh Phong');

    userClick(find('tlbc-show-other-units')!);
    await settle();
    expect(findAll('tlbc-fill-offer').map((b) => b.textContent)).toContain(
      'Nháp Tịnh Phong · 2024-12-15 – 2025-03-14',
    );
  });

  it('a faked click on an offer fills nothing, even once the user listed it', async () => {
    const { find, findAll, calls } = await openPage({ stored });
    userClick(find('tlbc-fill')!);
    await settle();
    userClick(find('tlbc-show-other-units')!);
    await settle();
    for (const offer of findAll('tlbc-fill-offer')) offer.click();
    await settle();
    expect(calls.filter((c) => c.startsWith('get'))).toEqual([]);
    expect(inputOf('Hộ tịch', 3).value).toBe('120');
  });

  it('fills from an offer the user clicks', async () => {
    const { find, findAll, calls } = await openPage({ stored });
    userClick(find('tlbc-fill')!);
    await settle();
    userClick(findAll('tlbc-fill-offer')[0]!);
    await settle();
    expect(calls).toContain(`get ${stored[0]!.id}`);
  });
});

describe('figures quoted from other drafts', () => {
  const previous = draftOf({
    period: '2024-09-15/2024-12-14',
    rows: [{ label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: { '11': '9.876' } }],
  });

  it('a carry-over finding names this page’s figure; the previous draft’s only after the user opens it', async () => {
    const asked: string[] = [];
    const { shadow, find, state } = await openPage({
      context: {
        draft: async (form, period, unit) => {
          asked.push(`${form} ${period} ${unit}`);
          return period === previous.period ? previous : null;
        },
      },
    });
    expect(asked).toContain(`${FORM} ${previous.period} ${UNIT}`);
    expect(state.view!.findings.map((f) => f.finding.rule)).toContain('carry-over');
    const titles = Array.from(document.querySelectorAll('[title]'), (el) => el.getAttribute('title')).join(
      ' ',
    );
    expect(titles).toMatch(/Từ kỳ trước \(6\) ghi 10/);
    expect(`${shadow.textContent} ${titles}`).not.toMatch(/9\.876|9876/);

    find('tlbc-finding-detail')!.click();
    await settle();
    expect(shadow.textContent).not.toMatch(/9\.876/);
    userClick(find('tlbc-finding-detail')!);
    await settle();
    expect(shadow.textContent).toContain('Bản nháp kỳ trước còn 9.876 hồ sơ đang giải quyết (11)');
  });

  it('an aggregate fix (a sum of lower units’ drafts) is neither shown nor offered until the user opens it', async () => {
    const on = { ...idle(), fix: vi.fn() };
    const root = document.body.appendChild(document.createElement('div'));
    const finding: Finding = {
      rule: 'aggregate',
      severity: 'error',
      row: 0,
      col: 4,
      message: 'Cột (4) ghi 10, khác tổng cột này của các báo cáo II.06a đơn vị cấp dưới đang có.',
      text: { key: 'rules.aggregate', params: { col: 4, actual: '10' } },
      detail: {
        expected: 4321,
        actual: 10,
        quoted: {
          message: 'Cộng 2 báo cáo là 4.321',
          text: { key: 'rules.aggregate.quoted', params: { units: 2, expected: '4.321' } },
        },
      },
      fix: { row: 0, col: 4, value: 4321 },
    };
    const view = { ...VIEW, findings: [{ key: 'a', finding, rowLabel: 'Hộ tịch', columnLabel: '(4)' }] };
    render(<Panel view={view} on={on} />, root);
    const byId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    expect(root.textContent).not.toMatch(/4\.321|4321/);
    expect(byId('tlbc-fix')).toBeNull();
    userClick(byId('tlbc-finding-detail')!);
    await settle();
    expect(root.textContent).toContain('4.321');
    byId('tlbc-fix')!.click();
    expect(on.fix).not.toHaveBeenCalled();
    userClick(byId('tlbc-fix')!);
    expect(on.fix).toHaveBeenCalledOnce();
  });
});

const VIEW: PanelView = {
  form: FORM,
  period: PERIOD,
  periodLabel: 'Quý I năm 2025',
  unit: UNIT,
  state: 'editable',
  counts: { error: 0, warning: 0, info: 0 },
  findings: [],
  notice: '',
  status: '',
  offers: [],
  hiddenOffers: false,
  canUndo: false,
  busy: false,
  lang: 'vi',
  collapsed: false,
  dock: 'right',
};

function idle(): PanelActions {
  const nothing = () => {};
  return {
    save: nothing,
    fill: nothing,
    fillFrom: nothing,
    undo: nothing,
    focus: nothing,
    fix: nothing,
    setCollapsed: nothing,
    setDock: nothing,
    setLang: nothing,
    showOtherUnits: nothing,
    refused: nothing,
  };
}
