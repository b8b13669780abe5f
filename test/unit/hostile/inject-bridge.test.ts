import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectGridBridge } from '@/lib/table/inject-bridge';

// The grid bridge goes into the page as the packaged file, never as inline code (which a strict page
// CSP blocks, and which fires no load event), and a failed injection is tried again.

/** A page document that keeps each script put into its head instead of loading it. */
function pageDocument() {
  const doc = document.implementation.createHTMLDocument('report');
  const scripts: HTMLScriptElement[] = [];
  doc.head.append = (...nodes: (Node | string)[]) => {
    for (const n of nodes) if (typeof n !== 'string' && n.nodeName === 'SCRIPT') scripts.push(n as never);
  };
  return { doc, scripts };
}

const records = () => Promise.resolve();

describe('injectGridBridge', () => {
  it('injects the web-accessible file by URL, with no inline code, also in a Firefox (MV2) build', async () => {
    const manifest = fakeBrowser.runtime.getManifest;
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 2, name: 'x', version: '1' });
    try {
      const { doc, scripts } = pageDocument();
      const done = injectGridBridge(doc);
      await records();
      expect(scripts).toHaveLength(1);
      expect(scripts[0].src).toBe(fakeBrowser.runtime.getURL('/grid-bridge.js'));
      expect(scripts[0].text).toBe('');
      scripts[0].dispatchEvent(new Event('load'));
      await expect(done).resolves.toBeUndefined();
      expect(injectGridBridge(doc)).toBe(done);
    } finally {
      fakeBrowser.runtime.getManifest = manifest;
    }
  });

  it('after a failed load, the next call injects again', async () => {
    const { doc, scripts } = pageDocument();
    const first = injectGridBridge(doc);
    await records();
    scripts[0].dispatchEvent(new Event('error'));
    await expect(first).rejects.toThrow(/could not load/);
    const second = injectGridBridge(doc);
    expect(second).not.toBe(first);
    await records();
    expect(scripts).toHaveLength(2);
    scripts[1].dispatchEvent(new Event('load'));
    await expect(second).resolves.toBeUndefined();
  });
});
