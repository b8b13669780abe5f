import { beforeEach, describe, expect, it } from 'vitest';
import { draftId } from '@/lib/drafts/key';
import type { Draft, DraftInput, DraftSummary } from '@/lib/drafts/schema';
import { DraftActions, type DraftServices, type DraftSubject } from '@/lib/page/draft-actions';
import { LiveCheck } from '@/lib/page/live-check';
import { type FoundReport, scanDocuments } from '@/lib/page/scan';
import { shown } from '@/lib/panel/strings';
import type { Finding } from '@/lib/rules/finding';
import { readBuiltTable } from '@/lib/table/read';
import { storeDraft } from './fakes';
import { ii06aPage } from './ii06a-dom';

// The draft actions with a fake store and a fake page controller: the sentence each action answers,
// what reaches the store, what the panel offers, and what lands in the page's cells.

const PERIOD = '2024-12-15/2025-03-14';
const UNIT = 'UBND xã Tịnh Ấn Tây';

function summary(form: string, period: string, unit: string, name = ''): DraftSummary {
  return {
    id: draftId(form, period, unit),
    form,
    period,
    unit,
    name,
    savedAt: '',
    revision: 1,
    revisions: 0,
  };
}

function open(html = ii06aPage(), others: DraftSummary[] = []) {
  document.body.innerHTML = html;
  const scan = scanDocuments([document]);
  if (scan.kind !== 'report') throw new Error(`no report found: ${scan.kind}`);
  const drafts = new Map<string, Draft>();
  const calls: string[] = [];
  const live = new LiveCheck();
  live.resolve(scan.report.form, scan.report.built.model);
  live.checkAll(scan.report.built.model);
  const page: DraftSubject & { current: FoundReport; rereads: number } = {
    current: scan.report,
    live,
    rereads: 0,
    async reread() {
      page.rereads += 1;
      const built = readBuiltTable(page.current.root);
      if (built) page.current = { ...page.current, built };
    },
  };
  const services: DraftServices = {
    async saveDraft(input: DraftInput) {
      calls.push(`save ${input.unit}`);
      return { ok: true, draft: storeDraft(drafts, input, '2025-03-16T02:00:00.000Z') };
    },
    async findDraft(form, period, unit) {
      calls.push('find');
      return { ok: true, draft: drafts.get(draftId(form, period, unit)) ?? null, others };
    },
    async getDraft(id) {
      calls.push(`get ${id}`);
      return { ok: true, draft: drafts.get(id) ?? null };
    },
  };
  return { actions: new DraftActions(page, services), page, live, drafts, calls };
}

function inputOf(label: string, col: number): HTMLInputElement {
  const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.cells[1]?.textContent === label)!;
  return row.cells[col - 1].querySelector('input')!;
}

const error: Finding = {
  rule: 'sum',
  severity: 'error',
  message: 'x',
  text: { key: 'rules.sum' },
  row: 0,
  col: 3,
};
const warning: Finding = { ...error, severity: 'warning' };

beforeEach(() => {
  document.body.replaceChildren();
});

describe('DraftActions', () => {
  it('on a page with no readable period, says so and sends nothing to the store', async () => {
    const { actions, calls } = open(ii06aPage().replace(/<p>\(Từ ngày[^<]*<\/p>/, ''));
    const saved = await actions.save();
    const filled = await actions.fillFromStore();
    expect(shown(saved, 'vi')).toMatch(/Không xác định được kỳ báo cáo/);
    expect(shown(saved, 'en')).toMatch(/no readable report period/);
    expect(filled).toEqual(saved);
    expect(calls).toEqual([]);
  });

  it('saves the table under this period and unit, counting what the checks still find', async () => {
    const { actions, live, drafts } = open();
    const first = await actions.save();
    expect(shown(first, 'vi')).toBe('Đã lưu bản nháp (lần lưu thứ 1).');
    expect(shown(first, 'en')).toBe('Draft saved (save #1).');
    live.findings = [error, warning, warning];
    const second = await actions.save();
    expect(shown(second, 'vi')).toBe('Đã lưu bản nháp (lần lưu thứ 2), còn 1 lỗi và 2 cảnh báo.');
    const draft = drafts.get(draftId('II.06a/VPCP/KSTT', PERIOD, UNIT));
    expect(draft?.findings).toEqual({ errors: 1, warnings: 2 });
    expect(draft?.formVersion).toBe('II.06a/VPCP/KSTT@01/2020');
  });

  it('a page that names no unit saves under the unit of the user’s profile', async () => {
    const { actions, live, calls } = open(ii06aPage().replace(`- Đơn vị báo cáo: ${UNIT}`, ''));
    live.ctx = { ...live.ctx, profile: { level: 'xa', unit: 'UBND xã Tịnh Hà' } };
    await actions.save();
    expect(calls).toEqual(['save UBND xã Tịnh Hà']);
  });

  it('fills the page from this period’s draft, reads it again, and undo puts back what was typed', async () => {
    const { actions, page } = open();
    await actions.save();
    const field = inputOf('Đất đai', 5);
    field.value = '999';
    expect(actions.view.canUndo).toBe(false);
    const status = await actions.fillFromStore();
    expect(shown(status, 'vi')).toMatch(/Đã điền/);
    expect(field.value).toBe('25');
    expect(page.rereads).toBe(1);
    expect(actions.view.canUndo).toBe(true);

    await actions.undo();
    expect(field.value).toBe('999');
    expect(page.rereads).toBe(2);
  });

  it('with no draft for this period, offers this unit’s others; other units’ only when asked', async () => {
    const own = summary('II.06a/VPCP/KSTT', '2024-09-15/2024-12-14', UNIT, 'Quý IV');
    const other = summary('II.06a/VPCP/KSTT', PERIOD, 'UBND xã Tịnh Hà');
    const { actions } = open(ii06aPage(), [own, other]);
    const status = await actions.fillFromStore();
    expect(shown(status, 'vi')).toMatch(/Có thể điền từ một bản nháp khác của đơn vị/);
    expect(actions.view).toMatchObject({
      offers: [{ id: own.id, label: 'Quý IV · 2024-09-15 – 2024-12-14' }],
      hiddenOffers: true,
    });
    actions.showOtherUnits();
    expect(actions.view.offers.map((o) => o.id)).toEqual([own.id, other.id]);
    expect(actions.view.hiddenOffers).toBe(false);
  });

  it('says there is nothing to fill from when the store has no draft of this form at all', async () => {
    const { actions } = open();
    const status = await actions.fillFromStore();
    expect(shown(status, 'vi')).toMatch(/^Chưa có bản nháp nào của biểu này/);
    expect(actions.view).toMatchObject({ offers: [], hiddenOffers: false });
  });

  it('fills only from a draft the panel shows: another id asks nothing of the store', async () => {
    const hidden = summary('II.06a/VPCP/KSTT', PERIOD, 'UBND xã Tịnh Hà');
    const { actions, calls } = open(ii06aPage(), [hidden]);
    await actions.fillFromStore();
    // Listed for other units, not shown yet: not fillable.
    expect(await actions.fillFrom(hidden.id)).toBeNull();
    expect(await actions.fillFrom('made-up')).toBeNull();
    expect(calls).toEqual(['find']);
  });

  it('says so when an offered draft was deleted meanwhile, and writes nothing', async () => {
    const gone = summary('II.06a/VPCP/KSTT', '2024-09-15/2024-12-14', UNIT);
    const { actions, page } = open(ii06aPage(), [gone]);
    await actions.fillFromStore();
    const said = await actions.fillFrom(gone.id);
    expect(shown(said, 'vi')).toBe('Bản nháp không còn nữa.');
    expect(shown(said, 'en')).toBe('That draft no longer exists.');
    expect(page.rereads).toBe(0);
  });

  it('a finding without a fix changes nothing; one with a fix writes it', async () => {
    const { actions, page } = open();
    expect(await actions.fix(error)).toBeNull();
    const status = await actions.fix({ ...error, row: 0, col: 3, fix: { row: 0, col: 3, value: 121 } });
    expect(shown(status, 'vi')).toBeTruthy();
    expect(inputOf('Hộ tịch', 3).value).toBe('121');
    expect(page.rereads).toBe(1);
  });
});
