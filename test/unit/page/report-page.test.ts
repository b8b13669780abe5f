import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import type { Draft, DraftInput } from '@/lib/drafts/schema';
import { FILL_KIT_GLOBAL } from '@/lib/fill/kit-file';
import { ReportPage, type ReportPageServices } from '@/lib/page/report-page';
import { scanDocuments } from '@/lib/page/scan';
import type { PanelActions, PanelView } from '@/lib/panel/view';
import { pageSettings, quietContext, storeDraft } from './fakes';
import { CLEAN_ROWS, ii06aPage, type RowValues } from './ii06a-dom';

// The page controller on a happy-dom replica: what the user sees in the panel and on the cells.

function fakeServices() {
  const drafts = new Map<string, Draft>();
  const state: { view: PanelView | null; on: PanelActions | null } = { view: null, on: null };
  const services: ReportPageServices = {
    context: quietContext(),
    async saveDraft(input: DraftInput) {
      return { ok: true, draft: storeDraft(drafts, input, '2025-03-16T02:00:00.000Z') };
    },
    async findDraft(form, period, unit) {
      return { ok: true, draft: drafts.get(draftId(form, period, unit)) ?? null, others: [] };
    },
    async getDraft(id) {
      return { ok: true, draft: drafts.get(id) ?? null };
    },
    render(view, on) {
      state.view = view;
      state.on = on;
    },
  };
  return { services, state, drafts };
}

async function open(html: string) {
  document.body.innerHTML = html;
  const scan = scanDocuments([document]);
  if (scan.kind !== 'report') throw new Error(`no report found: ${scan.kind}`);
  const fake = fakeServices();
  const settings = pageSettings();
  const page = new ReportPage(scan.report, settings, fake.services);
  await page.start();
  return { page, ...fake };
}

function inputOf(label: string, col: number): HTMLInputElement {
  const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.cells[1]?.textContent === label)!;
  return row.cells[col - 1].querySelector('input')!;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReportPage', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('recognises the form, period and state, and finds nothing wrong on a clean form', async () => {
    const { state } = await open(ii06aPage());
    expect(state.view).toMatchObject({
      form: 'II.06a/VPCP/KSTT',
      period: '2024-12-15/2025-03-14',
      state: 'editable',
    });
    expect(state.view!.findings.filter((f) => f.finding.severity !== 'info')).toEqual([]);
  });

  it('marks a total that is not the sum of its parts, and clears the mark once fixed', async () => {
    const rows: RowValues[] = CLEAN_ROWS.map(([l, v]) => [l, [...v]]);
    const { state } = await open(ii06aPage(rows));
    const received = inputOf('Hộ tịch', 4);
    type(received, '81');
    const sum = state.view!.findings.find((f) => f.finding.rule === 'sum');
    expect(sum).toMatchObject({
      rowLabel: 'Hộ tịch',
      finding: { col: 3, severity: 'error', fix: { value: 121 } },
    });
    const cell = inputOf('Hộ tịch', 3).parentElement!;
    expect(cell.getAttribute('data-tlbc-severity')).toBe('error');

    type(received, '80');
    expect(state.view!.findings.some((f) => f.finding.rule === 'sum' && f.rowLabel === 'Hộ tịch')).toBe(
      false,
    );
    expect(cell.hasAttribute('data-tlbc-severity')).toBe(false);
  });

  it('reads an edit in a number input as the number that input holds (1.5 is not a whole count)', async () => {
    const { state } = await open(ii06aPage().replaceAll('class="z1"', 'class="z1" type="number"'));
    type(inputOf('Hộ tịch', 4), '1.5');
    const finding = state.view!.findings.find((f) => f.finding.rule === 'number' && f.rowLabel === 'Hộ tịch');
    expect(finding?.finding.col).toBe(4);
    expect(finding?.finding.message).not.toMatch(/không đọc được/);
  });

  it('saves a draft, fills a changed form from it, and undo restores what was typed', async () => {
    const { state } = await open(ii06aPage());
    state.on!.save();
    await settle();
    expect(state.view!.status).toMatch(/Đã lưu bản nháp/);

    const field = inputOf('Đất đai', 5);
    type(field, '999');
    state.on!.fill();
    await settle();
    await settle();
    expect(field.value).toBe('25');
    expect(state.view!.status).toMatch(/Đã điền/);

    state.on!.undo();
    await settle();
    await settle();
    expect(field.value).toBe('999');
  });

  it('says in Vietnamese when the fill code cannot be loaded, and loses nothing', async () => {
    const { state, drafts } = await open(ii06aPage());
    const kit = (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL];
    delete (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL];
    try {
      const field = inputOf('Đất đai', 5);
      type(field, '999');
      state.on!.save();
      // the failed load of the packaged file takes a few turns of the loop
      await vi.waitFor(() => expect(state.view!.status).toMatch(/^Không thực hiện được/));
      expect(drafts.size).toBe(0);
      expect(field.value).toBe('999');
      expect(state.view!.busy).toBe(false);
    } finally {
      (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL] = kit;
    }
    state.on!.save();
    await settle();
    expect(state.view!.status).toMatch(/Đã lưu bản nháp/);
  });

  it('refuses to fill a report waiting for approval and says why', async () => {
    const { state, drafts } = await open(ii06aPage(CLEAN_ROWS, { state: 'Chờ duyệt' }));
    expect(state.view!.state).toBe('readonly');
    state.on!.save();
    await settle();
    expect(drafts.size).toBe(1);
    state.on!.fill();
    await settle();
    await settle();
    expect(state.view!.status).toMatch(/chỉ đọc|Chờ duyệt|không điền/i);
  });
});

describe('ReportPage period checks', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('reports dates that belong to another period than the one the page names', async () => {
    const { state } = await open(ii06aPage().replace('Quý I năm 2025', 'Quý II năm 2025'));
    const period = state.view!.findings.find((f) => f.finding.rule === 'period');
    expect(period?.finding.severity).toMatch(/error|warning/);
    expect(period?.finding.message).toContain('15/3/2025');
  });
});
