import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, type Draft } from '@/lib/drafts/schema';
import { type PanelHost, ReportSession } from '@/lib/page/session';
import type { PanelView } from '@/lib/panel/view';
import { readSettings } from '@/lib/settings';
import { labelKey } from '@/lib/text';
import { CLEAN_ROWS, ii06aPage, type RowValues } from './ii06a-dom';

// Single-page apps re-create rows and inputs whenever their data changes (a list rendered without a
// tracking key rebuilds every row): the panel and the marks follow what the page holds now.

/** Mutation records, the animation frame that batches them, and the work they start. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** Hộ tịch (4) 81 where 80 adds up; the total row keeps the clean sums: `sum` on Hộ tịch, `total-row` (4). */
const withError = (): RowValues[] =>
  CLEAN_ROWS.map(([label, values]) => [
    label,
    label === 'Hộ tịch' ? values.map((v, i) => (i === 1 ? 81 : v)) : [...values],
  ]);
const CLEAN_TOTAL = CLEAN_ROWS[0][1].map((_, i) => CLEAN_ROWS.reduce((sum, [, v]) => sum + v[i], 0));
const page = (rows: RowValues[]) => ii06aPage(rows, { total: CLEAN_TOTAL });

interface Host {
  views: PanelView[];
  removed: boolean;
}

const sessions: ReportSession[] = [];
function start(draft: (form: string, period: string) => Draft | null = () => null) {
  const hosts: Host[] = [];
  const session = new ReportSession({
    doc: document,
    settings: readSettings(undefined),
    services: {
      context: {
        profile: async () => ({ level: 'xa', unit: '', remindersOn: true }),
        applied: async () => ({}),
        draft: async (form, period) => draft(form, period),
        drafts: async () => [],
      },
      saveDraft: async () => ({ ok: false, error: '', errorEn: '' }),
      findDraft: async () => ({ ok: true, draft: null, others: [] }),
      getDraft: async () => ({ ok: true, draft: null }),
      saveSettings() {},
    },
    createPanel: async (): Promise<PanelHost> => {
      const host: Host = { views: [], removed: false };
      hosts.push(host);
      return {
        render: (view) => host.views.push(view),
        remove: () => {
          host.removed = true;
        },
      };
    },
    injectBridge: async () => {},
  });
  sessions.push(session);
  const shown = () => hosts.filter((h) => !h.removed);
  return { session, shown, last: () => shown().at(-1)?.views.at(-1) };
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.innerHTML = '';
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

const grid = () => document.querySelectorAll('table')[0] as HTMLTableElement;

function inputOf(label: string, col: number): HTMLInputElement {
  const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.cells[1]?.textContent === label)!;
  return row.cells[col - 1].querySelector('input')!;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The page's own re-render: a new <tbody> (new rows, cells, inputs) in the same <table>. */
function rerender(rows: RowValues[]) {
  const fresh = new DOMParser().parseFromString(page(rows), 'text/html').querySelector('tbody')!;
  const table = grid();
  table.replaceChild(document.importNode(fresh, true), table.tBodies[0]);
}

const keys = (view: PanelView | undefined) =>
  (view?.findings ?? [])
    .filter((f) => f.finding.severity !== 'info')
    .map((f) => `${f.finding.rule}:${f.rowLabel}:${f.finding.col ?? ''}`)
    .sort();
const marked = () =>
  Array.from(document.querySelectorAll('[data-tlbc-severity]')).map((el) => {
    const cell = el.closest('td')!;
    return `${(cell.parentElement as HTMLTableRowElement).cells[1].textContent}:${cell.cellIndex + 1}`;
  });

describe('a report table re-rendered in place', () => {
  it('same values: the same findings, the marks on the new cells, and the new inputs are checked', async () => {
    document.body.innerHTML = page(withError());
    const { session, last } = start();
    await session.start();
    const before = keys(last());
    expect(before).toContain('sum:Hộ tịch:3');
    const marks = marked();
    expect(marks).toEqual(['Hộ tịch:3', 'Tổng số:4']);
    const oldCell = inputOf('Hộ tịch', 3).parentElement!;

    rerender(withError());
    await settle();
    expect(oldCell.isConnected).toBe(false);
    expect(keys(last())).toEqual(before);
    expect(marked()).toEqual(marks);
    expect(inputOf('Hộ tịch', 3).parentElement!.getAttribute('data-tlbc-severity')).toBe('error');

    type(inputOf('Hộ tịch', 4), '80');
    expect(keys(last())).toEqual([]);
    expect(marked()).toEqual([]);
  });

  it('changed values: checked again', async () => {
    document.body.innerHTML = page(CLEAN_ROWS);
    const { session, last } = start();
    await session.start();
    expect(keys(last())).toEqual([]);
    rerender(withError());
    await settle();
    expect(keys(last())).toContain('sum:Hộ tịch:3');
    expect(marked()).toContain('Hộ tịch:3');
  });

  it('rows that appear later are read, marked and checked as they appear', async () => {
    document.body.innerHTML = page(CLEAN_ROWS);
    const { session, last } = start();
    await session.start();
    const late = new DOMParser()
      .parseFromString(ii06aPage([['Người có công', [45, 15, 25, 6, 40, 10, 25, 5, 5, 4, 1]]]), 'text/html')
      .querySelector('tbody tr')!;
    const total = Array.from(grid().querySelectorAll('tr')).at(-1)!;
    total.before(document.importNode(late, true));
    await settle();
    expect(keys(last())).toContain('sum:Người có công:3');
    expect(marked()).toContain('Người có công:3');
    type(inputOf('Người có công', 6), '5');
    expect(keys(last())).not.toContain('sum:Người có công:3');
    expect(marked().filter((m) => m.startsWith('Người có công'))).toEqual([]);
  });
});

describe('a report table replaced by another report’s', () => {
  it('shows the new report at once and nothing of the previous one, not its drafts either', async () => {
    // Quarter IV/2024 still had 9 Hộ tịch files pending; quarter I/2025 says 10 came from before.
    const q4: Draft = {
      schema: DRAFT_SCHEMA_VERSION,
      id: 'q4',
      form: 'II.06a/VPCP/KSTT',
      period: '2024-09-15/2024-12-14',
      unit: 'UBND xã Tịnh Ấn Tây',
      name: '',
      savedAt: '2024-12-16T08:00:00.000Z',
      revision: 1,
      rows: [{ label: 'Hộ tịch', key: labelKey('Hộ tịch'), kind: 'data', values: { 11: '9' } }],
      findings: { errors: 0, warnings: 0 },
    };
    document.body.innerHTML = `<main>${page(withError())}</main>`;
    const { session, shown } = start((_, period) => (period.endsWith('2024-12-14') ? q4 : null));
    await session.start();
    const views = shown()[0].views;
    expect(keys(views.at(-1))).toContain('carry-over:Hộ tịch:6');
    const before = views.length;
    const nextQuarter = page(CLEAN_ROWS)
      .replace('Quý I năm 2025', 'Quý II năm 2025')
      .replace('(Từ ngày 15/12/2024 đến ngày 14/3/2025)', '(Từ ngày 15/3/2025 đến ngày 14/6/2025)');
    document.querySelector('main')!.innerHTML = nextQuarter;
    await settle();
    const after = views.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((v) => v.period === '2025-03-15/2025-06-14')).toBe(true);
    expect(after.flatMap(keys)).toEqual([]);
    expect(marked()).toEqual([]);
  });
});
