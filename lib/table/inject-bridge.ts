import { browser } from 'wxt/browser';
import { injectScript } from 'wxt/utils/inject-script';

// Puts the grid bridge (entrypoints/grid-bridge.ts) into a page's main world once per document — the
// top document or a same-origin frame's, wherever the widget grid is. Only when the page shows a
// widget grid: pages without one never get a script of ours.

const injected = new WeakMap<Document, Promise<void>>();

/** Like WXT's injectScript, but into `doc` (WXT's only knows the content script's own document). */
async function injectInto(doc: Document): Promise<void> {
  const url = browser.runtime.getURL('/grid-bridge.js');
  const script = doc.createElement('script');
  script.src = url;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  (doc.head ?? doc.documentElement).append(script);
  script.remove();
  await loaded;
}

export function injectGridBridge(doc: Document = document): Promise<void> {
  let done = injected.get(doc);
  if (!done) {
    done =
      doc === document
        ? injectScript('/grid-bridge.js', { keepInDom: false }).then(() => undefined)
        : injectInto(doc);
    injected.set(doc, done);
  }
  return done;
}
