import { createPanelHost } from '@/components/panel/mount';
import { browserDeps, panelTools } from '@/lib/page/browser-deps';
import { startContentScript } from '@/lib/page/content-script';
import { REPORT_MATCHES } from '@/lib/settings';
import css from './panel.css?inline';

export default defineContentScript({
  matches: REPORT_MATCHES,
  allFrames: true,
  // The panel's CSS is bundled into its shadow root: no web-accessible stylesheet.
  cssInjectionMode: 'manual',
  // WXT's ctx is not used: its end is signalled by a DOM event a page can forge (lib/page/lifetime.ts).
  main() {
    const tools = panelTools();
    void startContentScript({
      ...browserDeps(window),
      createPanel: (doc) => createPanelHost(doc, css, tools),
    });
  },
});
