import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signalDraftsChanged } from '@/lib/drafts/changes';
import { handleDraftMessage } from '@/lib/drafts/handlers';
import { type DraftStore, openDraftStore } from '@/lib/drafts/store';
import { ticking } from './fixtures';

/**
 * An options page section's world, per test: the background's draft store in a fresh IndexedDB,
 * answering the real messages (its clock ticking from `clockFrom`), and an element to render into.
 * `seed` writes into the database before the store opens, as an older or newer build left it.
 */
export function optionsPage(
  options: { clockFrom?: string; seed?: (factory: IDBFactory) => Promise<void> } = {},
): { root: HTMLElement; store: DraftStore } {
  const page = {} as { root: HTMLElement; store: DraftStore };
  beforeEach(async () => {
    fakeBrowser.reset();
    const now = options.clockFrom ? ticking(options.clockFrom) : undefined;
    const factory = new IDBFactory();
    if (options.seed) {
      (await openDraftStore({ factory })).close();
      await options.seed(factory);
    }
    page.store = await openDraftStore({ factory, now });
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleDraftMessage(message, {
        getStore: async () => page.store,
        sender: 'options',
        onChange: signalDraftsChanged,
      }),
    );
    page.root = document.createElement('div');
    document.body.append(page.root);
  });
  afterEach(() => {
    render(null, page.root);
    page.root.remove();
    page.store.close();
  });
  return page;
}
