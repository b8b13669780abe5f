import { browser } from 'wxt/browser';
import { useCatalogue, useOwnFields } from './catalogue';
import { currentOwnFields, OWN_FIELDS_KEY } from './own-schema';
import { FieldCatalogue } from './schema';

// The catalogue in extension storage: the background puts it there when the extension is installed,
// updated or the browser starts; the content script reads it before its first check.

export const CATALOGUE_KEY = 'tlbc:fields';

/** The stored catalogue, or null when missing or damaged (the field checks then stay silent). */
export function readStoredCatalogue(stored: unknown): FieldCatalogue | null {
  const parsed = FieldCatalogue.safeParse(stored);
  return parsed.success ? parsed.data : null;
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

/** The storage keys the content script reads at start for the field checks. */
export const FIELD_KEYS = [CATALOGUE_KEY, OWN_FIELDS_KEY];

/** Hands the catalogue and the user's own names, as read from storage, to the field checks. */
export function useStoredFields(stored: Record<string, unknown>): void {
  useCatalogue(readStoredCatalogue(stored[CATALOGUE_KEY]));
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
