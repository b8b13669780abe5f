import { render } from 'preact';
import type { PanelHost } from '@/lib/page/session';
import { mountShadowHost, type ShadowHost } from '@/lib/page/shadow-host';
import { Panel, type PanelTools } from './Panel';

/**
 * The panel in its own shadow host on `doc`, styled by `css`, with the field and structure tools. The
 * host goes into the page with the first render: until then the page's layout is untouched (the first
 * showing reads where the marked cells are before it writes anything).
 */
export function createPanelHost(doc: Document, css: string, tools?: PanelTools): PanelHost {
  let host: ShadowHost | null = null;
  return {
    render: (view, on) => {
      host ??= mountShadowHost(doc, css);
      render(<Panel view={view} on={on} tools={tools} />, host.container);
    },
    box: () => host?.container.firstElementChild?.getBoundingClientRect() ?? null,
    remove: () => {
      if (!host) return;
      render(null, host.container);
      host.remove();
      host = null;
    },
  };
}
