import { browser } from 'wxt/browser';
import type { UnitLevel } from '../periods/levels';
import { loadProfile } from '../profile';
import { FIELD_LEVEL_LABELS, type FieldLevel } from './own-schema';

// What the panel's field findings offer besides the portal link: adding the name to the user's own
// list, through the background (lib/fields/own-service.ts). The checks follow by themselves
// (lib/fields/stored.ts listens to storage).

/** The message lib/fields/own-service.ts answers (its schema lives there, out of this bundle). */
const ADD_OWN_FIELD = 'own-fields/add';

export interface StatusPair {
  vi: string;
  en: string;
}

export interface FieldTools {
  add(name: string, level: FieldLevel): Promise<StatusPair>;
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
      if (!reply?.ok) {
        return {
          vi: reply?.error ?? 'Không liên lạc được với phần nền của tiện ích: hãy tải lại trang rồi thử lại.',
          en: reply?.errorEn ?? 'Could not reach the extension background: reload the page and try again.',
        };
      }
      const label = FIELD_LEVEL_LABELS[level];
      return {
        vi: `Đã thêm «${name}» (${label.vi}) vào danh mục của tôi: trên máy này tên này không còn bị báo.`,
        en: `Added «${name}» (${label.en}) to my field names: no longer flagged on this machine.`,
      };
    },
  };
}

/** The panel's status line for what its helpers did (shown until the report's next action). */
export interface Notes {
  say(text: StatusPair): void;
  listen(listener: ((text: StatusPair) => void) | null): void;
}

export function notes(): Notes {
  let listener: ((text: StatusPair) => void) | null = null;
  return {
    say: (text) => listener?.(text),
    listen: (next) => {
      listener = next;
    },
  };
}
