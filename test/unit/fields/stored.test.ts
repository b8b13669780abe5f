import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CATALOGUE } from '@/lib/fields/bundled';
import { CATALOGUE_KEY, keepCatalogueStored, loadStoredCatalogue } from '@/lib/fields/stored';

// The content script's field checks need the catalogue the background stores on install. Firefox runs
// the content script in report tabs already open at install, while the background is still storing it:
// the page must still get its field checks, not stay silent until a reload.

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loadStoredCatalogue', () => {
  it('answers the stored catalogue', async () => {
    await fakeBrowser.storage.local.set({ [CATALOGUE_KEY]: BUNDLED_CATALOGUE });
    expect(await loadStoredCatalogue()).toEqual(BUNDLED_CATALOGUE);
  });

  it('waits for the catalogue the background stores on install', async () => {
    keepCatalogueStored(BUNDLED_CATALOGUE);
    const loading = loadStoredCatalogue();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await loading).toEqual(BUNDLED_CATALOGUE);
  });

  it('gives up after the wait when nothing is stored: the field checks stay silent', async () => {
    vi.useFakeTimers();
    const loading = loadStoredCatalogue(3000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await loading).toBeNull();
  });

  it('answers null at once for a damaged catalogue', async () => {
    await fakeBrowser.storage.local.set({ [CATALOGUE_KEY]: { fields: 'no' } });
    expect(await loadStoredCatalogue()).toBeNull();
  });
});
