import { browser } from 'wxt/browser';
import { currentOwnFields, OWN_FIELDS_KEY } from '../../fields/own-schema';
import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import type { DraftRow } from '../schema';
import type { PreviewReply, PreviewRequest } from './preview-protocol';
// Vite's worker import, not `new Worker(new URL(…, import.meta.url))`: WXT defines import.meta.url
// as self.location.href, which hides that pattern from Vite and leaves the worker unbundled.
import PreviewWorker from './preview-worker?worker';
import type { FindingsView, PreviewSession, ViewResult } from './session';
import type { Progress } from './work';

// The preview in a worker (preview-worker.ts), behind the same PreviewSession as on the page. If the
// worker cannot start or breaks (a browser without module workers in extension pages, a crash), the
// calls since the last load are replayed on the page's own session and the preview goes on there:
// slower for a huge file, never lost.

type Body = PreviewRequest extends infer R ? (R extends PreviewRequest ? Omit<R, 'id'> : never) : never;

interface Call {
  body: Body;
  /** The same call on a session of this page. */
  local: (session: PreviewSession) => Promise<unknown>;
  resolve?: (value: never) => void;
  onProgress?: Progress;
  transfer?: Transferable[];
}

const readFailed = inBoth(importReadMessages, 'importRead.readFailed');
const READ_FAILED: ViewResult = { ok: false, error: readFailed.vi, errorEn: readFailed.en };

async function ownFields() {
  try {
    return currentOwnFields((await browser.storage.local.get(OWN_FIELDS_KEY))[OWN_FIELDS_KEY]);
  } catch {
    return [];
  }
}

export function workerSession(fallback: () => PreviewSession): PreviewSession {
  let worker: Worker | null = null;
  let local: PreviewSession | null = null;
  let next = 0;
  const pending = new Map<number, Call>();
  /** The last load and every call after it: what a page session needs to take over. */
  let history: Call[] = [];

  const takeOver = async () => {
    worker?.terminate();
    worker = null;
    const session = fallback();
    local = session;
    const calls = history;
    pending.clear();
    for (const call of calls) {
      // A check or rows already answered change nothing to rebuild.
      if ((call.body.type === 'check' || call.body.type === 'rows') && !call.resolve) continue;
      const value = await call.local(session);
      call.resolve?.(value as never);
      call.resolve = undefined;
    }
  };

  const start = (): Worker => {
    const w: Worker = new PreviewWorker();
    w.addEventListener('message', (event: MessageEvent<PreviewReply>) => {
      const reply = event.data;
      const call = pending.get(reply.id);
      if (!call) return;
      if (reply.type === 'progress') return call.onProgress?.(reply.fraction);
      pending.delete(reply.id);
      const value =
        reply.type === 'view'
          ? reply.result
          : reply.type === 'findings'
            ? reply.findings
            : reply.type === 'rows'
              ? reply.rows
              : null;
      const failedView =
        reply.type === 'failed' &&
        (call.body.type === 'load' || call.body.type === 'remap' || call.body.type === 'sheet');
      call.resolve?.((failedView ? READ_FAILED : value) as never);
      call.resolve = undefined;
    });
    w.addEventListener('error', () => void takeOver());
    return w;
  };

  const send = <T>(call: Call): Promise<T> => {
    if (call.body.type === 'load') history = [];
    history.push(call);
    if (local) return call.local(local) as Promise<T>;
    return new Promise<T>((resolve) => {
      call.resolve = resolve as (value: never) => void;
      try {
        worker ??= start();
        const id = ++next;
        pending.set(id, call);
        worker.postMessage({ id, ...call.body }, call.transfer ?? []);
      } catch {
        void takeOver();
      }
    });
  };

  return {
    async load(name, data, def, remembered, onProgress) {
      // A copy goes to the worker: the page keeps the file to read it again for another form.
      const copy = data.slice(0);
      const body: Body = {
        type: 'load',
        name,
        data: copy,
        form: def.code,
        remembered: [...remembered],
        ownFields: await ownFields(),
      };
      return send<ViewResult>({
        body,
        local: (s) => s.load(name, data, def, remembered, onProgress),
        onProgress,
        transfer: [copy],
      });
    },
    remap: (mapping) =>
      send<ViewResult>({ body: { type: 'remap', mapping }, local: (s) => s.remap(mapping) }),
    sheet: (name) => send<ViewResult>({ body: { type: 'sheet', name }, local: (s) => s.sheet(name) }),
    check: () => send<FindingsView | null>({ body: { type: 'check' }, local: (s) => s.check() }),
    rows: () => send<DraftRow[] | null>({ body: { type: 'rows' }, local: (s) => s.rows() }),
    close() {
      worker?.terminate();
      worker = null;
      local?.close();
      history = [];
      pending.clear();
    },
  };
}
