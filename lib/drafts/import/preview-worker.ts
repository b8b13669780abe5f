import { BUNDLED_CATALOGUE } from '../../fields/bundled';
import { useCatalogue, useOwnFields } from '../../fields/catalogue';
import { formByCode } from '../../forms/catalogue';
import { checkAll } from '../../rules/engine';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
import { localSession } from './session';

// The preview worker: reads, maps and checks a chosen file off the options page's main thread, so a
// file of 50 000 rows leaves the page painting its progress and taking clicks. Nothing here may
// import the extension API (wxt/browser throws outside an extension page).

useCatalogue(BUNDLED_CATALOGUE);
const session = localSession((model, def) => checkAll(model, def, {}));
const post = (reply: PreviewReply) => self.postMessage(reply);

async function handle(request: PreviewRequest): Promise<void> {
  const { id } = request;
  if (request.type === 'load') {
    useOwnFields(request.ownFields);
    const def = formByCode(request.form);
    if (!def) return post({ id, type: 'failed' });
    const onProgress = (fraction: number) => post({ id, type: 'progress', fraction });
    const result = await session.load(request.name, request.data, def, request.remembered, onProgress);
    return post({ id, type: 'view', result });
  }
  if (request.type === 'remap')
    return post({ id, type: 'view', result: await session.remap(request.mapping) });
  if (request.type === 'sheet') return post({ id, type: 'view', result: await session.sheet(request.name) });
  if (request.type === 'rows') return post({ id, type: 'rows', rows: await session.rows() });
  post({ id, type: 'findings', findings: await session.check() });
}

// One request after another: a remap waits for the load before it.
let queue = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  const request = event.data;
  queue = queue.then(() => handle(request)).catch(() => post({ id: request.id, type: 'failed' }));
});
