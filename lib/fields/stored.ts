import { browser } from 'wxt/browser';
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
