import { browser } from 'wxt/browser';
import { findDraft, getDraft, saveDraft } from '../drafts/client';
import { fieldTools, notes } from '../fields/panel-tools';
import { followOwnFields, useStoredFields } from '../fields/stored';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';
import { onSettingsChanged, saveSettings } from '../settings-store';
import { answerStructureRequests, openStructureReport } from '../structure-report/content';
import { injectGridBridge } from '../table/inject-bridge';
import type { ContentScriptDeps } from './content-script';
import { contextSources } from './context-sources';
import { onFillCommand } from './fill-command';
import { answerPing } from './reinject';

// The browser's own services for the content script (the entry adds the panel; tests pass fakes to
// startContentScript instead).

/** What the panel offers besides the checks: notes, the user's field names, the structure report. */
export function panelTools() {
  return { notes: notes(), fields: fieldTools(), exportStructure: openStructureReport };
}

export function browserDeps(win: Window): Omit<ContentScriptDeps, 'createPanel'> {
  return {
    win,
    alive: () => browser.runtime?.id !== undefined,
    async load() {
      const [stored] = await Promise.all([browser.storage.local.get(SETTINGS_KEY), useStoredFields()]);
      return readSettings(stored[SETTINGS_KEY]);
    },
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
  };
}
