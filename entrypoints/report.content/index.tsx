import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/panel/Panel';
import { findDraft, getDraft, saveDraft } from '@/lib/drafts/client';
import { useCatalogue } from '@/lib/fields/catalogue';
import { CATALOGUE_KEY, readStoredCatalogue } from '@/lib/fields/stored';
import { contextSources } from '@/lib/page/context-sources';
import { onFillCommand } from '@/lib/page/fill-command';
import { ReportSession } from '@/lib/page/session';
import { checksEnabled, readSettings, SETTINGS_KEY } from '@/lib/settings';
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
    const settings = readSettings(stored[SETTINGS_KEY]);
    if (!checksEnabled(settings, location.hostname)) return;
    useCatalogue(readStoredCatalogue(stored[CATALOGUE_KEY]));

    const session = new ReportSession({
      doc: document,
      settings,
      services: {
        context: contextSources,
        saveDraft,
        findDraft,
        getDraft,
        saveSettings: (next) => void browser.storage.local.set({ [SETTINGS_KEY]: next }),
      },
      injectBridge: injectGridBridge,
      createPanel: async () => {
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
      },
    });
    onFillCommand(() => session.fill());
    ctx.onInvalidated(() => session.stop());
    await session.start();
  },
});
