import { render } from 'preact';
import type { PanelHost } from '@/lib/page/session';
import { mountShadowHost } from '@/lib/page/shadow-host';
import { Panel, type PanelTools } from './Panel';

/** The panel in its own shadow host on `doc`, styled by `css`, with the field and structure tools. */
export function createPanelHost(doc: Document, css: string, tools?: PanelTools): PanelHost {
  const host = mountShadowHost(doc, css);
  return {
    render: (view, on) => render(<Panel view={view} on={on} tools={tools} />, host.container),
    box: () => host.container.firstElementChild?.getBoundingClientRect() ?? null,
    remove: () => {
      render(null, host.container);
      host.remove();
    },
  };
}
