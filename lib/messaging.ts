import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { Backup, ImportCounts } from './drafts/backup';
import type { QuarantineEntry } from './drafts/quarantine';
import { type Failure, fail, type Result } from './drafts/result';
import { type Draft, DraftInput, type DraftSummary, type Revision } from './drafts/schema';
import { formatMessage } from './i18n/format';
import type { Lang } from './i18n/lang';
import { messagingMessages } from './i18n/messages/messaging';

// Typed messages between the content script, popup and options page and the background, which alone
// owns the draft store. Every request has a zod schema (checked by the background) and a typed answer
// `{ ok: true, ... } | { ok: false, error, errorEn }`. The sending side is `send()`: small, and it turns
// a missing or asleep background into a Vietnamese failure instead of an exception.

const id = z.string();

export const DraftRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('drafts/save'), draft: DraftInput }),
  z.object({ type: z.literal('drafts/get'), id }),
  z.object({ type: z.literal('drafts/find'), form: z.string(), period: z.string(), unit: z.string() }),
  z.object({ type: z.literal('drafts/list') }),
  z.object({ type: z.literal('drafts/revisions'), id }),
  z.object({ type: z.literal('drafts/restore-revision'), id, seq: z.number() }),
  z.object({ type: z.literal('drafts/rename'), id, name: z.string() }),
  z.object({ type: z.literal('drafts/delete'), id }),
  z.object({ type: z.literal('drafts/undelete'), id }),
  z.object({ type: z.literal('backup/export') }),
  /** The backup file's text, parsed and validated by the background. */
  z.object({ type: z.literal('backup/import'), text: z.string() }),
  z.object({ type: z.literal('quarantine/list') }),
]);

export type DraftRequest = z.infer<typeof DraftRequest>;
export type DraftRequestType = DraftRequest['type'];

/** What each request answers on success. */
export interface DraftReplies {
  'drafts/save': { draft: Draft };
  'drafts/get': { draft: Draft | null };
  'drafts/find': { draft: Draft | null; others: DraftSummary[] };
  'drafts/list': { drafts: DraftSummary[] };
  'drafts/revisions': { revisions: Revision[] };
  'drafts/restore-revision': { draft: Draft };
  'drafts/rename': { draft: Draft };
  'drafts/delete': { deleted: DraftSummary };
  'drafts/undelete': { draft: Draft };
  'backup/export': { backup: Backup };
  'backup/import': ImportCounts;
  'quarantine/list': { entries: QuarantineEntry[] };
}

export type DraftResponse<T extends DraftRequestType> = Result<DraftReplies[T]>;

export const REQUEST_TYPES: readonly DraftRequestType[] = [
  'drafts/save',
  'drafts/get',
  'drafts/find',
  'drafts/list',
  'drafts/revisions',
  'drafts/restore-revision',
  'drafts/rename',
  'drafts/delete',
  'drafts/undelete',
  'backup/export',
  'backup/import',
  'quarantine/list',
];

/** True for messages addressed to the draft service (other services share runtime.onMessage). */
export function isDraftMessage(message: unknown): message is { type: DraftRequestType } {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (REQUEST_TYPES as readonly string[]).includes(type);
}

const unreachable = (lang: Lang) => formatMessage(messagingMessages[lang]['messaging.unreachable'], lang);
export const UNREACHABLE: Failure = fail(unreachable('vi'), unreachable('en'));

/** Sends a request to the background; never throws. */
export async function send<T extends DraftRequestType>(
  request: Extract<DraftRequest, { type: T }>,
): Promise<DraftResponse<T>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    if (reply && typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') {
      return reply as DraftResponse<T>;
    }
    return UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}
