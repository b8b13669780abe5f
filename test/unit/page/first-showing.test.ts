import { beforeEach, describe, expect, it } from 'vitest';
import { LiveCheck } from '@/lib/page/live-check';
import { panelFindings } from '@/lib/page/panel-findings';
import { LIST_SLICE, ReportPage, type ReportPageServices } from '@/lib/page/report-page';
import { scanAhead, scanDocuments, scanInSteps } from '@/lib/page/scan';
import type { PanelView } from '@/lib/panel/view';
import { checkAll, checkAllInSteps } from '@/lib/rules/engine';
import { Slices } from '@/lib/slices';
import { pageSettings, quietContext } from './fakes';
import { ii06aPage, type RowValues } from './ii06a-dom';

// A long report's first showing is split into tasks (issue 18): the table read and checked in slices,
// the counts and the marks first, the list a slice per task. What the user ends up seeing is exactly
// what one long task would have shown.

/** Slices that yield at every step (a zero budget) and count how often. */
const everyStep = () => new Slices(0);

/** A page with `n` rows whose column 3 is one more than its parts: n sum errors. */
function wrongRows(n: number): RowValues[] {
  return Array.from({ length: n }, (_, i) => [`Lĩnh vực ${i + 1}`, [11, 4, 3, 3, 10, 4, 3, 3, 0, 0, 0]]);
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.innerHTML = ii06aPage(wrongRows(120));
});

describe('the table read and checked in slices', () => {
  it('reads the same report as the one-task scan, yielding between rows', async () => {
    const slices = everyStep();
    const stepped = await scanInSteps([document], slices);
    const whole = scanDocuments([document]);
    if (stepped.kind !== 'report' || whole.kind !== 'report') throw new Error('no report');
    expect(stepped.report.built.model).toEqual(whole.report.built.model);
    expect(stepped.report.info.formCode).toBe('II.06a/VPCP/KSTT');
    expect(slices.pauses).toBeGreaterThan(100);
  });

  it('reads a table again when the page changed it between two slices', async () => {
    let pauses = 0;
    const slices = new Slices(0, async () => {
      // well after the first rows were read
      if (++pauses === 40) document.querySelector('tr.r0 td.k2')!.textContent = 'Hộ tịch';
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const stepped = await scanInSteps([document], slices);
    if (stepped.kind !== 'report') throw new Error('no report');
    const labels = stepped.report.built.model.rows.map((r) => r.label);
    expect(labels).toContain('Hộ tịch');
    expect(labels).not.toContain('Lĩnh vực 1');
  });

  it('finds the table the page put in place of the first one while the scan ran', async () => {
    let pauses = 0;
    const slices = new Slices(0, async () => {
      if (++pauses === 40) {
        const table = document.querySelector('table')!;
        const copy = table.cloneNode(true) as HTMLTableElement;
        copy.querySelector('tr.r0 td.k2')!.textContent = 'Hộ tịch';
        table.replaceWith(copy);
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const stepped = await scanInSteps([document], slices);
    if (stepped.kind !== 'report') throw new Error('no report');
    expect(stepped.report.root.isConnected).toBe(true);
    expect(stepped.report.built.model.rows.map((r) => r.label)).toContain('Hộ tịch');
  });

  it('finds what checkAll finds', async () => {
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report' || !scan.report.form) throw new Error('no report');
    const { model } = scan.report.built;
    const slices = everyStep();
    const stepped = await checkAllInSteps(model, scan.report.form, {}, slices);
    expect(stepped).toEqual(checkAll(model, scan.report.form, {}));
    expect(stepped.filter((f) => f.rule === 'sum')).toHaveLength(120 + 1);
    expect(slices.pauses).toBeGreaterThan(3);
  });

  it('an edit made while the check runs in slices is in the findings it ends with', async () => {
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report') throw new Error('no report');
    const { model } = scan.report.built;
    const live = new LiveCheck();
    live.resolve(scan.report.form, model);
    const sums = () => live.findings.filter((f) => f.rule === 'sum' && f.row === 0).length;
    // the edit comes at the last pause, after the sum rule has run over the table
    const dry = everyStep();
    await checkAllInSteps(model, live.def, live.ctx, dry);
    let pauses = 0;
    let edited = false;
    const slices = new Slices(0, async () => {
      if (++pauses === dry.pauses) {
        edited = true;
        // row 0, column 3 back to the sum of its parts: its sum error goes
        const cell = model.rows[0].cells[2];
        live.edit(model, 0, 2, { ...cell, raw: '10', value: 10 });
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await live.checkAllInSteps(model, slices);
    expect(edited).toBe(true);
    expect(live.findings).toEqual(checkAll(model, live.def, live.ctx));
    expect(sums()).toBe(0);
  });
});

describe('the panel on a first showing', () => {
  it('shows the counts before the list, then every finding, a slice per task', async () => {
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report') throw new Error('no report');
    const views: PanelView[] = [];
    const services: ReportPageServices = {
      context: quietContext(),
      saveDraft: async () => ({ ok: false, error: 'không dùng', errorEn: 'unused' }),
      findDraft: async () => ({ ok: true, draft: null, others: [] }),
      getDraft: async () => ({ ok: true, draft: null }),
      render: (view) => views.push(view),
    };
    const page = new ReportPage(scan.report, pageSettings(), services);
    await page.start();
    const first = views[0];
    expect(first.counts.error).toBeGreaterThanOrEqual(121);
    expect(first.findings).toHaveLength(0);
    const listed = views.map((v) => v.findings.length);
    const last = views.at(-1)!;
    const all = last.counts.error + last.counts.warning + last.counts.info;
    // the list grows a slice at a time, never shrinks, and ends whole
    expect(listed[1]).toBe(Math.min(LIST_SLICE, all));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(last.findings).toHaveLength(all);
    page.stop();
  });
});

describe('the panel after an edit', () => {
  it('keeps the items of the findings the edit did not touch, so only the changed ones render again', () => {
    const scan = scanDocuments([document]);
    if (scan.kind !== 'report') throw new Error('no report');
    const { model } = scan.report.built;
    const live = new LiveCheck();
    live.resolve(scan.report.form, model);
    live.checkAll(model);
    const before = panelFindings(model, live.findings);
    // row 0's column 3 back to the sum of its parts
    live.edit(model, 0, 2, { ...model.rows[0].cells[2], raw: '10', value: 10 });
    const after = panelFindings(model, live.findings, before);
    expect(after.length).toBeLessThan(before.length);
    // every finding the re-check kept is the same item; the edited column's are made again
    const untouched = after.filter((item) => before.some((b) => b.finding === item.finding));
    expect(untouched.length).toBeGreaterThan(after.length - 5);
    expect(untouched.every((item) => before.includes(item))).toBe(true);
    // a finding shown under another row label is a new item
    model.rows[1].label = 'Hộ tịch';
    const relabelled = panelFindings(model, live.findings, after);
    expect(relabelled.filter((item) => !after.includes(item)).map((item) => item.rowLabel)).toContain(
      'Hộ tịch',
    );
  });
});

describe('the scan made while the settings load', () => {
  it('is taken as it is when the page did not change', async () => {
    const ahead = scanAhead([document]);
    const scan = await ahead.take();
    expect(scan?.kind).toBe('report');
    // once only
    expect(await ahead.take()).toBeNull();
  });

  it('is not taken when the page changed since it began: the session scans again', async () => {
    const ahead = scanAhead([document]);
    document.querySelector('tr.r0 td.k2')!.textContent = 'Hộ tịch';
    expect(await ahead.take()).toBeNull();
  });
});
