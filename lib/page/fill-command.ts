import { browser } from 'wxt/browser';

// The keyboard shortcut for "fill from draft" (manifest `commands`): the background hears it and
// tells the tab's content script, which fills as if the panel's button had been pressed.

export const FILL_COMMAND = 'fill-from-draft';
const FILL_MESSAGE = 'page/fill';

type SendToTab = (tabId: number, message: { type: string }) => Promise<unknown>;

/** What the background does with a command: the fill shortcut goes to the tab it was pressed in. */
export function handleCommand(command: string, tabId: number | undefined, send: SendToTab): void {
  if (command !== FILL_COMMAND || tabId === undefined) return;
  // A tab without our content script (not a report site) has no listener: nothing to do there.
  send(tabId, { type: FILL_MESSAGE }).catch(() => {});
}

/** Background side: forward the shortcut to the tab it was pressed in. */
export function forwardFillCommand(): void {
  browser.commands.onCommand.addListener((command, tab) =>
    handleCommand(command, tab?.id, (id, message) => browser.tabs.sendMessage(id, message)),
  );
}

/** Content side: run `fill` when the shortcut is pressed in this tab. Returns the unsubscribe. */
export function onFillCommand(fill: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === FILL_MESSAGE) fill();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
