import { browser } from 'wxt/browser';
import type { Shown } from '../panel/strings';
import type { UnitLevel } from '../periods/levels';
import { loadProfile } from '../profile';
import type { FieldLevel } from './own-schema';

// What the panel's field findings offer besides the portal link: adding the name to the user's own
// list, through the background (lib/fields/own-service.ts). The checks follow by themselves
// (lib/fields/stored.ts listens to storage).

/** The message lib/fields/own-service.ts answers (its schema lives there, out of this bundle). */
const ADD_OWN_FIELD = 'own-fields/add';

/** The panel's words for each level (lib/i18n/messages/panel.ts). */
export const LEVEL_KEYS = {
  xa: 'panel.levelXa',
  tinh: 'panel.levelTinh',
  'moi-cap': 'panel.levelAll',
} as const satisfies Record<FieldLevel, string>;

export interface FieldTools {
  add(name: string, level: FieldLevel): Promise<Shown>;
  /** The level a new name most likely has: that of the user's unit. */
  level(): FieldLevel;
}

export function levelOfUnit(level: UnitLevel | null | undefined): FieldLevel {
  return level === 'xa' ? 'xa' : level === 'so' ? 'tinh' : 'moi-cap';
}

export function fieldTools(): FieldTools {
  let unit: UnitLevel | null = null;
  loadProfile().then(
    (profile) => {
      unit = profile.level;
    },
    () => {},
  );
  return {
    level: () => levelOfUnit(unit),
    async add(name, level) {
      const reply = await browser.runtime.sendMessage({ type: ADD_OWN_FIELD, name, level }).catch(() => null);
      if (!reply?.ok) return reply ? { vi: reply.error, en: reply.errorEn } : { key: 'page.noBackground' };
      return { key: 'page.ownFieldAdded', params: { name, level: { key: LEVEL_KEYS[level] } } };
    },
  };
}

/** The panel's status line for what its helpers did (shown until the report's next action). */
export interface Notes {
  say(text: Shown): void;
  listen(listener: ((text: Shown) => void) | null): void;
}

export function notes(): Notes {
  let listener: ((text: Shown) => void) | null = null;
  return {
    say: (text) => listener?.(text),
    listen: (next) => {
      listener = next;
    },
  };
}
