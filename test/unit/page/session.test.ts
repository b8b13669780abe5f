import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PanelHost, ReportSession } from '@/lib/page/session';
import type { PanelView } from '@/lib/panel/view';
import { readSettings } from '@/lib/settings';
import { installGridBridge } from '@/lib/table/grid-bridge-page';
import { ARRIVAL_ANIMATION } from '@/lib/table/watch';
import { ii06aPage } from './ii06a-dom';

// The content script's life on one page: one panel at most, following the page as it changes, and
// still following it after something went wrong once.

const HEADER = `<p>Biểu số II.06a/VPCP/KSTT</p><p>Kỳ báo cáo: Quý I năm 2025</p>
  <p>(Từ ngày 15/12/2024 đến ngày 14/3/2025)</p>`;
const GRID = (n: number) =>
  `<div class="handsontable" id="g${n}"><table><tr><td>${n}</td></tr></table></div>`;

/** Mutation records, the animation frame that batches them, and the scan they start. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** Adds a grid as a late render does; happy-dom runs no CSS animation, so fire the arrival it starts. */
function addGrid(n: number): void {
  document.body.insertAdjacentHTML('beforeend', GRID(n));
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: ARRIVAL_ANIMATION });
  document.body.lastElementChild?.dispatchEvent(event);
}

interface Host {
  views: PanelView[];
  removed: boolean;
}

function start(options: { inject?: () => Promise<void>; createPanel?: () => Promise<PanelHost> } = {}) {
  const hosts: Host[] = [];
  const session = new ReportSession({
    doc: document,
    settings: readSettings(undefined),
    services: {
      context: {
        profile: async () => ({ level: 'xa', unit: '', remindersOn: true }),
        applied: async () => ({}),
        draft: async () => null,
        drafts: async () => [],
      },
      saveDraft: async () => ({ ok: false, error: '', errorEn: '' }),
      findDraft: async () => ({ ok: true, draft: null, others: [] }),
      getDraft: async () => ({ ok: true, draft: null }),
      saveSettings() {},
    },
    createPanel:
      options.createPanel ??
      (async () => {
        const host: Host = { views: [], removed: false };
        hosts.push(host);
        return {
          render: (view) => host.views.push(view),
          remove: () => {
            host.removed = true;
          },
        };
      }),
    injectBridge: options.inject ?? (async () => {}),
  });
  sessions.push(session);
  const shown = () => hosts.filter((h) => !h.removed);
  return { session, hosts, shown, last: () => shown().at(-1)?.views.at(-1) };
}

const sessions: ReportSession[] = [];
beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-tlbc-bridge');
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

describe('ReportSession', () => {
  it('shows one panel on a report form and none on a page without one', async () => {
    document.body.innerHTML = ii06aPage();
    const { session, shown, last } = start();
    await session.start();
    expect(shown()).toHaveLength(1);
    expect(last()).toMatchObject({ form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14' });

    document.body.innerHTML = '<p>Danh sách báo cáo</p>';
    await settle();
    expect(shown()).toHaveLength(0);
  });

  it('a page of II.06a issued under TT 05/2025 is checked generically and the panel says why', async () => {
    document.body.innerHTML = ii06aPage().replace(
      '<p>Biểu số II.06a/VPCP/KSTT</p>',
      '<p>Biểu số II.06a/VPCP/KSTT</p><p>(Ban hành kèm theo Thông tư số 05/2025/TT-VPCP)</p>',
    );
    const { session, last } = start();
    await session.start();
    // Said by the teach kit, loaded on a page checked generically.
    await vi.waitFor(() =>
      expect(last()?.notice).toMatch(
        /^Biểu II\.06a theo TT 05\/2025\/TT-VPCP: cấu trúc cột của mẫu này chưa/,
      ),
    );
    document.body.innerHTML = ii06aPage();
    await settle();
    expect(last()?.notice).toBe('');
  });

  it('after a failed bridge injection says so once in Vietnamese, and follows the next change', async () => {
    let attempts = 0;
    const inject = async () => {
      attempts += 1;
      if (attempts <= 2) throw new Error('could not load chrome-extension://x/grid-bridge.js');
      installGridBridge(window);
    };
    document.body.innerHTML = `${HEADER}${GRID(1)}`;
    const { session, shown, hosts } = start({ inject });
    await session.start();
    expect(shown()).toHaveLength(1);
    const failures = () => hosts.flatMap((h) => h.views).filter((v) => /Không nạp được/.test(v.status));
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatchObject({ form: 'II.06a/VPCP/KSTT', findings: [] });

    // Fails again on the next change: not said twice.
    addGrid(2);
    await settle();
    expect(attempts).toBe(2);
    expect(failures()).toHaveLength(1);

    // The change after that injects, and the grid is read (here: the bridge finds no grid instance).
    addGrid(3);
    await settle();
    await settle();
    expect(attempts).toBe(3);
    expect(shown()).toHaveLength(1);
    expect(shown()[0].views.at(-1)).toMatchObject({
      notice: expect.stringMatching(/không truy cập được dữ liệu của bảng/),
      status: '',
    });
  });

  it('leaves no panel when stopped while a panel was being created', async () => {
    document.body.innerHTML = ii06aPage();
    let release = () => {};
    let removed = 0;
    const createPanel = () =>
      new Promise<PanelHost>((resolve) => {
        release = () =>
          resolve({
            render() {},
            remove: () => {
              removed += 1;
            },
          });
      });
    const { session } = start({ createPanel });
    const started = session.start();
    await settle();
    session.stop();
    release();
    await started;
    expect(removed).toBe(1);
  });
});
