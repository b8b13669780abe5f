import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Panel } from '@/components/panel/Panel';
import { ReportPage, type ReportPageServices } from '@/lib/page/report-page';
import { scanDocuments } from '@/lib/page/scan';
import type { Lang } from '@/lib/panel/strings';
import type { PanelActions, PanelView } from '@/lib/panel/view';
import { pageSettings, quietContext } from './fakes';
import { CLEAN_ROWS, ii06aPage, type RowValues } from './ii06a-dom';

// The panel follows the one language setting while open: the panel's own words, the findings, the
// status and the marks' titles change language; only what the page says (labels) stays as it is.

/** Letters only Vietnamese writes (English and the digits never use them). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function open(rows: RowValues[], edit: (html: string) => string = (html) => html) {
  document.body.innerHTML = edit(ii06aPage(rows));
  const scan = scanDocuments([document]);
  if (scan.kind !== 'report') throw new Error(`no report found: ${scan.kind}`);
  const state: { view: PanelView | null; on: PanelActions | null } = { view: null, on: null };
  const services: ReportPageServices = {
    context: quietContext(),
    saveDraft: async () => ({ ok: false, error: 'x', errorEn: 'x' }),
    findDraft: async () => ({ ok: true, draft: null, others: [] }),
    getDraft: async () => ({ ok: true, draft: null }),
    render(view, on) {
      state.view = view;
      state.on = on;
    },
  };
  const settings = pageSettings();
  const page = new ReportPage(scan.report, settings, services);
  await page.start();
  // The setting changed elsewhere (the session holds it and tells the page).
  const follow = (lang: Lang) => {
    settings.update({ lang });
    page.settingsChanged();
  };
  return { page, state, follow };
}

/** The panel's text without the page's own words (row labels, unit, period label). */
function panelText(view: PanelView, on: PanelActions): string {
  const root = document.createElement('div');
  render(<Panel view={view} on={on} />, root);
  let text = root.textContent ?? '';
  for (const data of [view.unit, view.periodLabel, ...view.findings.map((f) => f.rowLabel)])
    if (data) text = text.replaceAll(data, '');
  render(null, root);
  return text;
}

describe('the panel in the language setting', () => {
  beforeEach(() => document.body.replaceChildren());

  it('switches an open panel, its findings and its status to English and back', async () => {
    // Hộ tịch: 3 = 4+5+6 is broken (121 ≠ 120); Đất đai has no name problem.
    const rows: RowValues[] = [
      ['Hộ tịch', [121, 80, 30, 10, 100, 40, 55, 5, 20, 18, 2]],
      ...CLEAN_ROWS.slice(1),
    ];
    const { follow, state } = await open(rows);
    // a status from the page (no period problem here): the "no draft" answer of a fill
    state.on!.fill();
    await settle();
    expect(state.view!.status).toMatch(/Chưa có bản nháp nào/);
    expect(state.view!.findings.length).toBeGreaterThan(0);
    expect(panelText(state.view!, state.on!)).toMatch(/Lưu nháp/);

    follow('en');
    await settle();
    const view = state.view!;
    expect(view.lang).toBe('en');
    expect(view.status).toMatch(/^No draft of this form yet/);
    const text = panelText(view, state.on!);
    expect(text).toMatch(/Save draft/);
    expect(text).toMatch(/it should be 120/);
    expect(text).toContain('120: 1 dossier unaccounted for');
    // The switch back names its language in that language, as language switches do.
    expect(text).toContain('Tiếng Việt');
    expect(text.replace('Tiếng Việt', '')).not.toMatch(VIETNAMESE);
    const mark = document.querySelector('[data-tlbc-severity="error"]');
    expect(mark?.getAttribute('title')).toMatch(/^Column \(3\) says 121/);

    follow('vi');
    await settle();
    expect(state.view!.status).toMatch(/Chưa có bản nháp nào/);
    expect(panelText(state.view!, state.on!)).toMatch(/phải là 120/);
  });

  it('says why a changed header is checked generically in the language shown (the structure notice)', async () => {
    const { follow, state } = await open(CLEAN_ROWS, (html) =>
      html.replace('<th>Trực tuyến</th>', '<th>Qua mạng</th>'),
    );
    expect(state.view!.notice).toMatch(/^Cấu trúc biểu khác mẫu II\.06a/);
    follow('en');
    await settle();
    expect(state.view!.notice).toMatch(/^The table's structure differs from form II\.06a/);
    const structure = state.view!.findings.find((f) => f.finding.rule === 'structure');
    const text = panelText(state.view!, state.on!);
    expect(structure).toBeDefined();
    expect(text).toContain("The table's structure differs from the form:");
    // What is left besides the switch back is quoted: the page's own headers, the form's (4) Trực tuyến.
    const headers = [...document.querySelectorAll('th'), { textContent: 'Trực tuyến' }]
      .map((th) => th.textContent ?? '')
      .filter((header) => header.length > 3);
    const left = headers.reduce(
      (rest, header) => rest.replaceAll(header, ''),
      text.replace('Tiếng Việt', ''),
    );
    expect(left).not.toMatch(VIETNAMESE);
  });
});
