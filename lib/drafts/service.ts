import { browser } from 'wxt/browser';
import { isDraftMessage } from '../messaging';
import { mayRequest, type SenderInfo, senderKind } from '../sender-policy';
import { signalDraftsChanged } from './changes';
import { handleDraftMessage, REFUSED } from './handlers';
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
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => {
    // Each context gets only the messages it uses (lib/sender-policy), judged by who sent it.
    const kind = senderKind(sender, extension);
    if (isDraftMessage(message) && !mayRequest(kind, message.type)) return Promise.resolve(REFUSED);
    return handleDraftMessage(message, {
      getStore,
      sender: kind,
      onChange: signalDraftsChanged,
    });
  });
}
