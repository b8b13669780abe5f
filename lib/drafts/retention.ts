import { calendarDate } from '../periods/dates';
import type { Draft, Revision } from './schema';

// Which earlier versions of a draft the store keeps after a save.
//
// Why not the newest 20: a page script that writes zeros and presses "Lưu nháp" 21 times pushed the
// user's figures out of such a history, and they existed nowhere any more. A revision is worth keeping
// for its content, so the history is kept by distinct content and by age:
// - a version whose rows equal the current one's or a newer kept version's adds nothing (restoring it
//   gives the same figures): it goes, so any number of identical saves collapse into one;
// - the newest MAX_DISTINCT distinct contents stay. The last version that differed from the current
//   one is always the first of them, so no run of saves can drop it;
// - so does the newest version of each of the last DAYS_KEPT days (user's calendar) on which one was
//   saved: what the draft held at the end of an earlier working day survives a burst of different
//   contents on a later day.
// At most MAX_DISTINCT + DAYS_KEPT revisions, so a script cannot fill the disk either. More than
// MAX_DISTINCT different contents in one day still push out that day's oldest: the panel acts only on
// trusted clicks for that; this is the store's own guarantee.

export const MAX_DISTINCT = 20;
export const DAYS_KEPT = 14;

/** What a version holds, for comparison: the rows only (a name is a label, findings follow from rows). */
export function contentOf(draft: Pick<Draft, 'rows'>): string {
  return JSON.stringify(draft.rows);
}

/** Newest saved first; equal times by insertion, newest first. */
export function newestFirst(revisions: Revision[]): Revision[] {
  return [...revisions].sort(
    (a, b) =>
      (b.draft.savedAt < a.draft.savedAt ? -1 : b.draft.savedAt > a.draft.savedAt ? 1 : 0) ||
      (b.seq ?? 0) - (a.seq ?? 0),
  );
}

/** The revisions to delete so that what is left follows the policy above. */
export function revisionsToDrop(current: Draft | undefined, revisions: Revision[]): Revision[] {
  const seen = new Set(current ? [contentOf(current)] : []);
  const distinct: Revision[] = [];
  for (const revision of newestFirst(revisions)) {
    const content = contentOf(revision.draft);
    if (seen.has(content)) continue;
    seen.add(content);
    distinct.push(revision);
  }
  const keep = new Set(distinct.slice(0, MAX_DISTINCT));
  const days = new Set<string>();
  for (const revision of distinct) {
    const day = calendarDate(new Date(revision.draft.savedAt));
    if (days.has(day)) continue;
    if (days.size === DAYS_KEPT) break;
    days.add(day);
    keep.add(revision);
  }
  return revisions.filter((revision) => !keep.has(revision));
}
