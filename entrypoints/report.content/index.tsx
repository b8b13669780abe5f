import { browser } from 'wxt/browser';
import { createPanelHost } from '@/components/panel/mount';
import { findDraft, getDraft, saveDraft } from '@/lib/drafts/client';
import { fieldTools, notes } from '@/lib/fields/panel-tools';
import { followOwnFields, useStoredFields } from '@/lib/fields/stored';
import { startContentScript } from '@/lib/page/content-script';
import { contextSources } from '@/lib/page/context-sources';
import { onFillCommand } from '@/lib/page/fill-command';
import { answerPing } from '@/lib/page/reinject';
import { REPORT_MATCHES, readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { onSettingsChanged, saveSettings } from '@/lib/settings-store';
import { answerStructureRequests, openStructureReport } from '@/lib/structure-report/content';
import { injectGridBridge } from '@/lib/table/inject-bridge';
import css from './panel.css?inline';

export default defineContentScript({
  matches: REPORT_MATCHES,
  allFrames: true,
  // The panel's CSS is bundled into its shadow root: no web-accessible stylesheet.
  cssInjectionMode: 'manual',
  // WXT's ctx is not used: its end is signalled by a DOM event a page can forge (lib/page/lifetime.ts).
  main() {
    const tools = { notes: notes(), fields: fieldTools(), exportStructure: openStructureReport };
    void startContentScript({
      win: window,
      alive: () => browser.runtime?.id !== undefined,
      async load() {
        const [stored] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), useStoredFields()]);
        return readSettings(stored[SETTINGS_KEY]);
      },
      createPanel: (doc) => createPanelHost(doc, css, tools),
      services: {
        context: contextSources,
        saveDraft,
        findDraft,
        getDraft,
        saveSettings: (next: Settings) => void saveSettings(next).catch(() => {}),
      },
      injectBridge: injectGridBridge,
      listen: {
        settings: onSettingsChanged,
        fillCommand: onFillCommand,
        ping: answerPing,
        ownFields: followOwnFields,
        structure: answerStructureRequests,
      },
    });
  },
});
