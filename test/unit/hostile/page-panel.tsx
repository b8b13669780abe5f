import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { draftId } from '@/lib/drafts/key';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftInput, type DraftSummary } from '@/lib/drafts/schema';
import { ReportPage, type ReportPageServices } from '@/lib/page/report-page';
import { scanDocuments } from '@/lib/page/scan';
import type { PanelActions, PanelView } from '@/lib/panel/view';
import type { ContextSources } from '@/lib/rules/gather';
import { pageSettings, storeDraft } from '../page/fakes';
import { ii06aPage } from '../page/ii06a-dom';

// A report page with the real panel rendered into an open shadow root, as on the site: what a page
// script can reach (the shadow root, its buttons) and what it can learn from it.

export const FORM = 'II.06a/VPCP/KSTT';
export const PERIOD = '2024-12-15/2025-03-14';
export const UNIT = 'UBND xã Tịnh Ấn Tây';

export function draftOf(input: Partial<DraftInput> & { values?: Record<string, string> }): Draft {
  const form = input.form ?? FORM;
  const period = input.period ?? PERIOD;
  const unit = input.unit ?? UNIT;
  return {
    schema: DRAFT_SCHEMA_VERSION,
    id: draftId(form, period, unit),
    form,
    period,
    unit,
    name: input.name ?? '',
    rows: input.rows ?? [
      { label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: input.values ?? { '3': '120' } },
    ],
    savedAt: '2025-03-01T02:00:00.000Z',
    revision: 1,
  };
}

const summary = (d: Draft): DraftSummary => ({
  id: d.id,
  form: d.form,
  period: d.period,
  unit: d.unit,
  name: d.name,
  savedAt: d.savedAt,
  revision: d.revision,
  revisions: 0,
});

/** A user's click (trusted, as the browser makes it for mouse, touch and keyboard activation). */
export function userClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

export const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

export async function openPage(
  options: { stored?: Draft[]; context?: Partial<ContextSources>; html?: string } = {},
) {
  document.body.innerHTML = options.html ?? ii06aPage();
  const host = document.body.appendChild(document.createElement('tlbc-panel-host'));
  const shadow = host.attachShadow({ mode: 'open' });
  const container = shadow.appendChild(document.createElement('div'));
  const drafts = new Map((options.stored ?? []).map((d) => [d.id, d]));
  const calls: string[] = [];
  const state: { view: PanelView | null; on: PanelActions | null } = { view: null, on: null };
  const services: ReportPageServices = {
    context: {
      profile: async () => ({ level: 'xa', unit: UNIT, remindersOn: true }),
      applied: async () => ({}),
      draft: async () => null,
      drafts: async () => [],
      ...options.context,
    },
    async saveDraft(input) {
      calls.push('save');
      return { ok: true, draft: storeDraft(drafts, input, '2025-03-02T00:00:00Z') };
    },
    async findDraft(form, period, unit) {
      calls.push('find');
      const id = draftId(form, period, unit);
      const draft = drafts.get(id) ?? null;
      const others = draft ? [] : [...drafts.values()].filter((d) => d.form === form).map(summary);
      return { ok: true, draft, others };
    },
    async getDraft(id) {
      calls.push(`get ${id}`);
      return { ok: true, draft: drafts.get(id) ?? null };
    },
    render(view, on) {
      state.view = view;
      state.on = on;
      render(<Panel view={view} on={on} />, container);
    },
  };
  const scan = scanDocuments([document]);
  if (scan.kind !== 'report') throw new Error(`no report found: ${scan.kind}`);
  const settings = pageSettings(() => {
    calls.push('settings');
  });
  const page = new ReportPage(scan.report, settings, services);
  await page.start();
  await settle();
  /** What a page script finds through the open shadow root. */
  const find = (testId: string) => host.shadowRoot!.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const findAll = (testId: string) =>
    Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
  return { page, host, shadow: host.shadowRoot!, drafts, calls, state, find, findAll };
}
