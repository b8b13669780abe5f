import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/Panel';
import { findDraft, getDraft, saveDraft } from '@/lib/drafts/client';
import { fieldTools, notes } from '@/lib/fields/panel-tools';
import { FIELD_KEYS, followOwnFields, useStoredFields } from '@/lib/fields/stored';
import { contextSources } from '@/lib/page/context-sources';
import { onFillCommand } from '@/lib/page/fill-command';
import { type PanelHost, ReportSession } from '@/lib/page/session';
import { checksEnabled, readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { onSettingsChanged, saveSettings } from '@/lib/settings-store';
import { answerStructureRequests, openStructureReport } from '@/lib/structure-report/content';
import { isReadByTop } from '@/lib/table/frames';
import { injectGridBridge } from '@/lib/table/inject-bridge';
import './panel.css';

export default defineContentScript({
  matches: ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Same-origin frames are read by the top frame, which mounts the one panel.
    if (isReadByTop(window)) return;
    answerStructureRequests(document);
    const stored = await browser.storage.local.get([SETTINGS_KEY, ...FIELD_KEYS]);
    useStoredFields(stored);
    const tools = { notes: notes(), fields: fieldTools(), exportStructure: openStructureReport };

    const createPanel = async (): Promise<PanelHost> => {
      const ui = await createShadowRootUi(ctx, {
        name: 'tlbc-panel-host',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'open',
        onMount: (container) => container,
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
      return {
        render: (view, on) => render(<Panel view={view} on={on} tools={tools} />, ui.uiContainer),
        remove: () => ui.remove(),
      };
    };
    const services = {
      context: contextSources,
      saveDraft,
      findDraft,
      getDraft,
      saveSettings: (next: Settings) => void saveSettings(next).catch(() => {}),
    };

    // The popup switches the checks off and on per site; the page follows without a reload.
    let session: ReportSession | null = null;
    const follow = (settings: Settings) => {
      const enabled = checksEnabled(settings, location.hostname);
      if (!enabled && session) {
        session.stop();
        session = null;
      } else if (enabled && !session) {
        session = new ReportSession({
          doc: document,
          settings,
          services,
          createPanel,
          injectBridge: injectGridBridge,
        });
        void session.start();
      }
    };
    follow(readSettings(stored[SETTINGS_KEY]));
    onSettingsChanged(follow);
    followOwnFields(() => session?.recheck());
    onFillCommand(() => session?.fill());
    ctx.onInvalidated(() => session?.stop());
  },
});
