import { type DraftReplies, type DraftResponse, send } from '../messaging';
import type { DraftInput, DraftSummary } from './schema';

// What UI code calls (content script, popup, options): each function sends one message to the
// background and resolves to its typed answer; none throws except listDrafts (see there).

export { onDraftsChanged } from './changes';

export const saveDraft = (draft: DraftInput): Promise<DraftResponse<'drafts/save'>> =>
  send({ type: 'drafts/save', draft });

export const getDraft = (id: string): Promise<DraftResponse<'drafts/get'>> =>
  send({ type: 'drafts/get', id });

/** The draft of this form, period ("YYYY-MM-DD/YYYY-MM-DD") and unit, else `others` of the same form. */
export const findDraft = (
  form: string,
  period: string,
  unit: string,
): Promise<DraftResponse<'drafts/find'>> => send({ type: 'drafts/find', form, period, unit });

export const listDraftsResult = (): Promise<DraftResponse<'drafts/list'>> => send({ type: 'drafts/list' });

/** Newest saved first. Rejects with an Error whose message is Vietnamese when the store is unreachable. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const reply = await listDraftsResult();
  if (!reply.ok) throw new Error(reply.error);
  return reply.drafts;
}

export const listRevisions = (id: string): Promise<DraftResponse<'drafts/revisions'>> =>
  send({ type: 'drafts/revisions', id });

export const restoreRevision = (id: string, seq: number): Promise<DraftResponse<'drafts/restore-revision'>> =>
  send({ type: 'drafts/restore-revision', id, seq });

export const renameDraft = (id: string, name: string): Promise<DraftResponse<'drafts/rename'>> =>
  send({ type: 'drafts/rename', id, name });

export const deleteDraft = (id: string): Promise<DraftResponse<'drafts/delete'>> =>
  send({ type: 'drafts/delete', id });

/** Undoes the latest delete of this draft. */
export const undeleteDraft = (id: string): Promise<DraftResponse<'drafts/undelete'>> =>
  send({ type: 'drafts/undelete', id });

export const exportBackup = (): Promise<DraftResponse<'backup/export'>> => send({ type: 'backup/export' });

/** `text` is the backup file's content; the background validates it and merges, all or nothing. */
export const importBackup = (text: string): Promise<DraftResponse<'backup/import'>> =>
  send({ type: 'backup/import', text });

export type { DraftReplies };

/** Records this version cannot read, kept as they were found (options page). */
export const listQuarantine = (): Promise<DraftResponse<'quarantine/list'>> =>
  send({ type: 'quarantine/list' });
