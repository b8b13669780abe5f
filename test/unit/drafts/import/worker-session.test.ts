import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PreviewReply, PreviewRequest } from '@/lib/drafts/import/preview-protocol';
import { localSession } from '@/lib/drafts/import/session';
import { workerSession } from '@/lib/drafts/import/worker-session';
import { formByCode } from '@/lib/forms/catalogue';
import { CORPUS } from './corpus';

// The worker's stand-in when it cannot start or breaks: the preview goes on on the page, with the
// file and the corrections made so far, instead of leaving the user with a dead preview.

const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const national = CORPUS.find((f) => f.name === 'dvc-quoc-gia.xlsx')!;

/** A worker that answers loads and checks as the real one would and breaks on `breakOn`. */
function fakeWorker(breakOn: PreviewRequest['type'] | 'start') {
  return class extends EventTarget {
    private session = localSession(() => []);
    constructor() {
      super();
      if (breakOn === 'start') queueMicrotask(() => this.dispatchEvent(new Event('error')));
    }
    postMessage(request: PreviewRequest) {
      const reply = (r: PreviewReply) =>
        setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: r })), 0);
      if (request.type === breakOn) return void setTimeout(() => this.dispatchEvent(new Event('error')), 0);
      if (request.type === 'load')
        void this.session
          .load(request.name, request.data, II_06A, request.remembered)
          .then((result) => reply({ id: request.id, type: 'view', result }));
      else if (request.type === 'check')
        void this.session.check().then((findings) => reply({ id: request.id, type: 'findings', findings }));
    }
    terminate() {}
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the preview worker, when it fails', () => {
  it('cannot start: the file is read on the page instead', async () => {
    vi.stubGlobal('Worker', fakeWorker('start'));
    const session = workerSession(() => localSession(() => []));
    const result = await session.load(national.name, await national.bytes(), II_06A, []);
    expect(result.ok && result.view.rowCount).toBe(4);
    expect(await session.check()).toMatchObject({ total: 0 });
  });

  it('breaks on a correction: the page takes over with the file and the correction', async () => {
    vi.stubGlobal('Worker', fakeWorker('remap'));
    const session = workerSession(() => localSession(() => []));
    const loaded = await session.load(national.name, await national.bytes(), II_06A, []);
    if (!loaded.ok) throw new Error(loaded.error);
    const mapping = loaded.view.mapping.map((m) => (m.fileColumn === 15 ? { ...m, number: 10 } : m));
    const remapped = await session.remap(mapping);
    expect(remapped.ok && remapped.view.mapping.find((m) => m.fileColumn === 15)?.number).toBe(10);
    expect((await session.rows())?.length).toBe(4);
  });
});
