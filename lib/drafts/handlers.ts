import { DraftRequest, type DraftRequestType, type DraftResponse, isDraftMessage } from '../messaging';
import { fail, type Result } from './result';
import { storageFailure } from './storage-error';
import type { DraftStore } from './store';

// The background's side of lib/messaging: validates a request, runs it on the store, answers. Pure
// apart from the store it is given, so it is tested without a browser.

/** Requests only the extension's own pages may make: a report site's content script never needs them. */
const EXTENSION_PAGES_ONLY = new Set<DraftRequestType>([
  'drafts/delete',
  'drafts/undelete',
  'drafts/rename',
  'backup/export',
  'backup/import',
  'quarantine/list',
]);

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
  /** True when the sender is one of the extension's own pages (popup, options). */
  fromExtensionPage: boolean;
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
    return fail(
      `Yêu cầu không hợp lệ nên không thực hiện (trường ${where}). Không có gì bị thay đổi.`,
      `Invalid request, not carried out (field ${where}). Nothing was changed.`,
    );
  }
  const request = parsed.data;
  if (EXTENSION_PAGES_ONLY.has(request.type) && !context.fromExtensionPage) {
    return fail(
      'Thao tác này chỉ thực hiện được từ trang Cài đặt của tiện ích.',
      'This action is only available from the extension settings page.',
    );
  }
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
