import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/Panel';
import { findDraft, getDraft, saveDraft } from '@/lib/drafts/client';
import { useCatalogue } from '@/lib/fields/catalogue';
import { CATALOGUE_KEY, readStoredCatalogue } from '@/lib/fields/stored';
import { contextSources } from '@/lib/page/context-sources';
import { onFillCommand } from '@/lib/page/fill-command';
import { type PanelHost, ReportSession } from '@/lib/page/session';
import { checksEnabled, readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { onSettingsChanged, saveSettings } from '@/lib/settings-store';
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
    const stored = await browser.storage.local.get([SETTINGS_KEY, CATALOGUE_KEY]);
    useCatalogue(readStoredCatalogue(stored[CATALOGUE_KEY]));

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
        render: (view, on) => render(<Panel view={view} on={on} />, ui.uiContainer),
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
      // Cut off by an update (the new script has the page): a late storage event starts nothing.
      if (ctx.isInvalid) return;
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
    onFillCommand(() => session?.fill());
    ctx.onInvalidated(() => {
      session?.stop();
      session = null;
    });
  },
});
