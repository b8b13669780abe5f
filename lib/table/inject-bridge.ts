import { injectScript } from 'wxt/utils/inject-script';

// Puts the grid bridge (entrypoints/grid-bridge.ts) into the page's main world once per document.
// Only when the page shows a widget grid: pages without one never get a script of ours.

let injected: Promise<void> | null = null;

export function injectGridBridge(): Promise<void> {
  injected ??= injectScript('/grid-bridge.js', { keepInDom: false }).then(() => undefined);
  return injected;
}
