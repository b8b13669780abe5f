import { browser } from 'wxt/browser';
import type { FillKit } from '../fill/kit';
import { FILL_KIT_FILE, FILL_KIT_GLOBAL } from '../fill/kit-file';

// Only the kit's type is imported: the point is to keep lib/fill/kit.ts out of the content script.

let loading: Promise<FillKit> | null = null;

/** The fill kit, loaded from the packaged web-accessible file the first time it is needed. */
export function loadFillKit(): Promise<FillKit> {
  const installed = () => (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL] as FillKit | undefined;
  const ready = installed();
  if (ready) return Promise.resolve(ready);
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(FILL_KIT_FILE)).then(
    () => {
      const kit = installed();
      if (!kit) throw new Error(`${FILL_KIT_FILE} did not load`);
      return kit;
    },
    (error) => {
      loading = null; // tried again on the next action
      throw error;
    },
  );
  return loading;
}
