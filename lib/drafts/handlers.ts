import { DraftRequest, type DraftRequestType, type DraftResponse, isDraftMessage } from '../messaging';
import { mayRequest, type SenderKind } from '../sender-policy';
import { failWith } from './failure';
import type { Result } from './result';
import { storageFailure } from './storage-error';
import type { DraftStore } from './store';

// The background's side of lib/messaging: validates a request, runs it on the store, answers. Pure
// apart from the store it is given, so it is tested without a browser.

/** The answer to a request its sender may not make (lib/sender-policy decides which). */
export const REFUSED = failWith('drafts.refused');

const CHANGES = new Set<DraftRequestType>([
  'drafts/save',
  'drafts/restore-revision',
  'drafts/rename',
  'drafts/delete',
  'drafts/undelete',
  'backup/import',
]);

export interface HandlerContext {
  getStore: () => Promise<DraftStore>;
  /** Who sent the request (lib/sender-policy's senderKind): what it may ask is decided there. */
  sender: SenderKind;
  /** Called after every successful change, so open lists refresh. */
  onChange?: () => void;
}

/** Answers a draft message, or returns undefined for messages meant for another service. */
export function handleDraftMessage(
  message: unknown,
  context: HandlerContext,
): Promise<DraftResponse<DraftRequestType>> | undefined {
  if (!isDraftMessage(message)) return undefined;
  return answer(message, context);
}

async function answer(message: unknown, context: HandlerContext): Promise<DraftResponse<DraftRequestType>> {
  const parsed = DraftRequest.safeParse(message);
  if (!parsed.success) {
    // A save of an invalid draft lands here: say which field, change nothing.
    const where = parsed.error.issues[0]?.path.join('.') || '(gốc)';
    return failWith('drafts.invalidRequest', { where });
  }
  const request = parsed.data;
  if (!mayRequest(context.sender, request.type)) return REFUSED;
  let store: DraftStore;
  try {
    store = await context.getStore();
  } catch (error) {
    return storageFailure(error);
  }
  const result = (await run(store, request)) as DraftResponse<DraftRequestType>;
  if (result.ok && CHANGES.has(request.type)) context.onChange?.();
  return result;
}

function run(store: DraftStore, request: DraftRequest): Promise<Result<object>> {
  switch (request.type) {
    case 'drafts/save':
      return store.save(request.draft);
    case 'drafts/get':
      return store.get(request.id);
    case 'drafts/find':
      return store.find(request.form, request.period, request.unit);
    case 'drafts/list':
      return store.list();
    case 'drafts/revisions':
      return store.revisions(request.id);
    case 'drafts/restore-revision':
      return store.restoreRevision(request.id, request.seq);
    case 'drafts/rename':
      return store.rename(request.id, request.name);
    case 'drafts/delete':
      return store.delete(request.id);
    case 'drafts/undelete':
      return store.undelete(request.id);
    case 'backup/export':
      return store.exportBackup();
    case 'backup/import':
      return store.importBackup(request.text);
    case 'quarantine/list':
      return store.quarantine();
  }
}
