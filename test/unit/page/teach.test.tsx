import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelHost } from '@/components/panel/mount';
import { mountTeachEditor } from '@/components/panel/teach-mount';
import { loadTaught, removeTaught } from '@/lib/forms/taught/store';
import { type PageSettings, ReportPage, type ReportPageServices } from '@/lib/page/report-page';
import { scanDocuments } from '@/lib/page/scan';
import { HOST_TAG } from '@/lib/page/shadow-host';
import { createTeachKit, type TeachEditor } from '@/lib/page/teach';
import { TEACH_KIT_GLOBAL } from '@/lib/page/teach-kit-file';
import type { PanelView } from '@/lib/panel/view';
import { readSettings } from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';
import { ii06aPage, type RowValues } from './ii06a-dom';

// Teaching a structure on a page whose header matches no shipped definition: the panel's editor, the
// form's checks through the confirmed correspondence, remembered by the header, and gone when removed.

const NOW = new Date('2026-12-01T08:00:00Z');

// Hộ tịch: 120 received, 100 resolved + 15 in progress: the form's R4 (balance) warns; the generic
// checks have no such rule.
const ROWS: RowValues[] = [
  ['Hộ tịch', [120, 80, 30, 10, 100, 40, 55, 5, 15, 12, 3]],
  ['Chứng thực', [60, 20, 40, 0, 58, 30, 28, 0, 2, 2, 0]],
];

/** II.06a with "Trực tuyến" printed as "Qua mạng": no shipped definition matches it. */
const renamed = () => ii06aPage(ROWS).replace('<th>Trực tuyến</th>', '<th>Qua mạng</th>');

let editors: TeachEditor[] = [];

function services(views: PanelView[]): ReportPageServices {
  const host = createPanelHost(document, '');
  return {
    context: {
      profile: async () => ({ level: 'xa', unit: 'UBND xã Tịnh Ấn Tây', remindersOn: true }),
      applied: async () => ({}),
      draft: async () => null,
      drafts: async () => [],
    },
    saveDraft: async () => ({ ok: false, error: 'không dùng', errorEn: 'unused' }),
    findDraft: async () => ({ ok: true, draft: null, others: [] }),
    getDraft: async () => ({ ok: true, draft: null }),
    render(view, on) {
      views.push(view);
      host.render(view, on);
    },
  };
}

async function open(html: string, lang: PageSettings['current']['lang'] = 'vi') {
  document.body.innerHTML = html;
  const scan = scanDocuments([document]);
  if (scan.kind !== 'report') throw new Error(scan.kind);
  const views: PanelView[] = [];
  let current = { ...readSettings(undefined), lang };
  const settings: PageSettings = {
    get current() {
      return current;
    },
    update(change) {
      current = { ...current, ...change };
    },
  };
  const page = new ReportPage(scan.report, settings, services(views));
  await page.start();
  const last = () => views.at(-1)!;
  const rules = () => last().findings.map((f) => f.finding.rule);
  const shadow = () => document.querySelector(HOST_TAG)!.shadowRoot!;
  return { page, last, rules, shadow };
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  editors = [];
  (globalThis as Record<string, unknown>)[TEACH_KIT_GLOBAL] = createTeachKit(
    (slot, editor) => {
      if (editor) editors.push(editor);
      mountTeachEditor(slot, editor);
    },
    () => NOW,
  );
});

describe('a structure the user teaches once', () => {
  it('offers the editor in the panel, prefilled from the header words, on a page checked generically', async () => {
    const { page, last, rules, shadow } = await open(renamed());
    expect(last().notice).toMatch(/^Cấu trúc biểu khác mẫu II\.06a/);
    expect(rules()).toContain('structure');
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid="tlbc-teach-open"]')).not.toBeNull());
    // The panel renders again on every check: the editor stays where the kit put it.
    page.recheck();
    expect(shadow().querySelector('[data-testid="tlbc-teach-open"]')).not.toBeNull();
    const editor = editors.at(-1)!;
    expect(editor.taught).toBe(false);
    expect(editor.columns.map((c) => c.form)).toEqual([1, 2, 3, null, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(editor.columns[3].header).toBe('Số hồ sơ nhận giải quyết / Trong đó / Qua mạng');
  });

  it('a click the page makes does not open it', async () => {
    const { shadow } = await open(renamed());
    await vi.waitFor(() => expect(shadow().querySelector('[data-testid="tlbc-teach-open"]')).not.toBeNull());
    (shadow().querySelector('[data-testid="tlbc-teach-open"]') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(shadow().querySelector('[data-testid="tlbc-teach-status"]')?.textContent).toMatch(
        /không phải của người dùng/,
      ),
    );
    expect(shadow().querySelector('[data-testid="tlbc-teach-select"]')).toBeNull();
  });

  it('confirmed: the form’s checks apply through it, it is remembered, and removing it gives generic checks', async () => {
    const first = await open(renamed());
    await vi.waitFor(() => expect(editors).toHaveLength(1));
    expect(first.rules()).not.toContain('balance');
    const columns = editors[0].columns.map((c) => (c.number === 4 ? { ...c, form: 4 } : c));
    expect(await editors[0].confirm(columns)).toMatchObject({
      vi: expect.stringMatching(/^Đã lưu cấu trúc/),
    });

    await vi.waitFor(() => expect(first.rules()).toContain('balance'));
    expect(first.rules()).not.toContain('structure');
    expect(first.last().notice).toMatch(/^Biểu được kiểm tra theo cấu trúc đã dạy/);
    const balance = first.last().findings.find((f) => f.finding.rule === 'balance')!;
    expect([balance.rowLabel, balance.finding.col]).toEqual(['Hộ tịch', 3]);
    expect(Object.values(await loadTaught())).toHaveLength(1);
    first.page.stop();

    // The same header again (another visit): checked by the taught structure from the start.
    const again = await open(renamed());
    await vi.waitFor(() => expect(again.rules()).toContain('balance'));
    await vi.waitFor(() => expect(editors.at(-1)?.taught).toBe(true));

    // Removed (the options page): generic checks again, on the open page too.
    const [fingerprint] = Object.keys(await loadTaught());
    await removeTaught(fingerprint);
    await vi.waitFor(() => expect(again.rules()).toContain('structure'));
    expect(again.rules()).not.toContain('balance');
    expect(again.last().notice).toMatch(/^Cấu trúc biểu khác mẫu/);
  });

  it('refuses a correspondence with no figure column of the form, saving nothing', async () => {
    await open(renamed());
    await vi.waitFor(() => expect(editors).toHaveLength(1));
    const none = editors[0].columns.map((c) => ({ ...c, form: c.number <= 2 ? c.number : null }));
    expect((await editors[0].confirm(none)).error).toBe(true);
    expect(await loadTaught()).toEqual({});
  });

  it('speaks English in the English panel: the editor, what a confirm says and the notice', async () => {
    const { last, shadow } = await open(renamed(), 'en');
    const open_ = () => shadow().querySelector<HTMLButtonElement>('[data-testid="tlbc-teach-open"]');
    await vi.waitFor(() => expect(open_()?.textContent).toBe('Teach this table’s structure…'));
    open_()!.click();
    await vi.waitFor(() =>
      expect(shadow().querySelector('[data-testid="tlbc-teach-status"]')?.textContent).toBe(
        'Ignored an action the user did not make (the web page made it): nothing changed.',
      ),
    );
    const editor = editors[0];
    const twice = editor.columns.map((c) => (c.number === 2 ? { ...c, number: 1 } : c));
    expect((await editor.confirm(twice)).en).toBe('Not saved: Two columns on the page have the same number.');
    const none = editor.columns.map((c) => ({ ...c, form: c.number <= 2 ? c.number : null }));
    expect((await editor.confirm(none)).en).toBe('Not saved: choose at least one figure column of the form.');

    const columns = editor.columns.map((c) => (c.number === 4 ? { ...c, form: 4 } : c));
    expect((await editor.confirm(columns)).en).toMatch(
      /^Structure saved: the table is checked as form II\.06a/,
    );
    await vi.waitFor(() => expect(last().notice).toMatch(/^The table is checked by the taught structure/));
    await vi.waitFor(() =>
      expect(shadow().querySelector('[data-testid="tlbc-teach-status"]')?.textContent).toMatch(
        /^Structure saved/,
      ),
    );
    expect(open_()?.textContent).toBe('Edit the taught structure…');
    expect(shadow().querySelector('[data-testid="tlbc-teach"]')?.textContent).not.toMatch(
      /[ạảãáàặẳẵắằậẩẫấầđ]/i,
    );
  });

  it('follows a language switched while it is shown', async () => {
    const { shadow } = await open(renamed());
    const button = () => shadow().querySelector('[data-testid="tlbc-teach-open"]')?.textContent;
    await vi.waitFor(() => expect(button()).toBe('Dạy cấu trúc biểu này…'));
    await saveSettings({ ...readSettings(undefined), lang: 'en' });
    await vi.waitFor(() => expect(button()).toBe('Teach this table’s structure…'));
  });

  it('is not offered where the page matches the form', async () => {
    const { rules } = await open(ii06aPage(ROWS));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rules()).toContain('balance');
    expect(editors).toEqual([]);
  });
});
