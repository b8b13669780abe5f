import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { recognisePage } from '@/lib/forms/recognise';

export default defineContentScript({
  matches: ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const page = recognisePage(document);
    if (!page) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'tlbc-panel-host',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount: (container) => render(<Panel form={page.formCode ?? 'generic'} />, container),
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
  },
});
