import { browser } from 'wxt/browser';
import { signalDraftsChanged } from './changes';
import { handleDraftMessage } from './handlers';
import { type DraftStore, openDraftStore } from './store';

/** Starts the draft store's message handlers in the background service worker. */
export function startDraftService(factory: IDBFactory = indexedDB): void {
  // Opened on first use and reopened after a failure or an upgrade elsewhere closed it.
  let opening: Promise<DraftStore> | undefined;
  const getStore = () => {
    opening ??= openDraftStore({
      factory,
      onClose: () => {
        opening = undefined;
      },
    }).catch((error) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }) =>
    handleDraftMessage(message, {
      getStore,
      fromExtensionPage: !!sender.url?.startsWith(extensionOrigin),
      onChange: signalDraftsChanged,
    }),
  );
}
