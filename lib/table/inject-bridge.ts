import { browser } from 'wxt/browser';

// Puts the grid bridge (entrypoints/grid-bridge.ts) into a page's main world once per document — the
// top document or a same-origin frame's, wherever the widget grid is. Only when the page shows a
// widget grid: pages without one never get a script of ours.
//
// Always as the packaged file (`<script src>` of a web-accessible resource), never inline: WXT's
// injectScript inlines the code in Firefox (MV2), which a strict page CSP blocks — and an inline
// script fires no `load`, so the wait would never end.

const injected = new WeakMap<Document, Promise<void>>();

function injectInto(doc: Document): Promise<void> {
  const url = browser.runtime.getURL('/grid-bridge.js');
  const script = doc.createElement('script');
  script.src = url;
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  (doc.head ?? doc.documentElement).append(script);
  script.remove();
  return loaded;
}

export function injectGridBridge(doc: Document = document): Promise<void> {
  let done = injected.get(doc);
  if (!done) {
    done = injectInto(doc);
    // A failed injection is tried again on the next call (the next change of the page).
    done.catch(() => injected.delete(doc));
    injected.set(doc, done);
  }
  return done;
}
