import { browser } from 'wxt/browser';
import { useCatalogue, useOwnFields } from './catalogue';
import { currentOwnFields, OWN_FIELDS_KEY } from './own-schema';
import { FieldCatalogue } from './schema';

// The catalogue in extension storage: the background puts it there when the extension is installed,
// updated or the browser starts; the content script reads it before its first check.

export const CATALOGUE_KEY = 'tlbc:fields';

/** The stored catalogue, or null when missing or damaged (the field checks then stay silent). */
export function readStoredCatalogue(stored: unknown): FieldCatalogue | null {
  const parsed = FieldCatalogue().safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * The stored catalogue, for the content script. When it is not there yet — the add-on is being
 * installed, and Firefox runs the content script in tabs already open while the background is still
 * storing it — waits up to `waitMs` for it to arrive, so that page's first check has its field checks.
 */
export function loadStoredCatalogue(waitMs = 3000): Promise<FieldCatalogue | null> {
  const area = browser.storage.local;
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (value: FieldCatalogue | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      area.onChanged.removeListener(listener);
      resolve(value);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (CATALOGUE_KEY in changes) done(readStoredCatalogue(changes[CATALOGUE_KEY].newValue));
    };
    // Listening before reading: a store between the two is not missed.
    area.onChanged.addListener(listener);
    area.get(CATALOGUE_KEY).then(
      (stored) => {
        if (stored[CATALOGUE_KEY] !== undefined) done(readStoredCatalogue(stored[CATALOGUE_KEY]));
        else if (!settled) timer = setTimeout(() => done(null), waitMs);
      },
      () => done(null),
    );
  });
}

export function keepCatalogueStored(catalogue: FieldCatalogue): void {
  const store = () => {
    browser.storage.local.set({ [CATALOGUE_KEY]: catalogue }).catch(() => {
      // A full disk: the field checks stay silent until the next start; nothing else depends on it.
    });
  };
  browser.runtime.onInstalled.addListener(store);
  browser.runtime.onStartup.addListener(store);
}

/** Hands the stored catalogue (waited for at install) and the user's own names to the field checks. */
export async function useStoredFields(): Promise<void> {
  const [catalogue, stored] = await Promise.all([
    loadStoredCatalogue(),
    browser.storage.local.get(OWN_FIELDS_KEY),
  ]);
  useCatalogue(catalogue);
  useOwnFields(currentOwnFields(stored[OWN_FIELDS_KEY]));
}

/**
 * Follows the user's own names as any page changes them; `recheck` runs the checks again. Returns
 * the unsubscribe, so an orphaned content script stops following.
 */
export function followOwnFields(recheck: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(OWN_FIELDS_KEY in changes)) return;
    useOwnFields(currentOwnFields(changes[OWN_FIELDS_KEY].newValue));
    recheck();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
