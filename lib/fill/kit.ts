import { DraftActions } from './draft-actions';
import { draftColumnsFromModel, draftRowsFromModel } from './draft-from-model';
import { applyFix, fillFromDraft } from './fill';
import { FILL_KIT_GLOBAL } from './kit-file';
import { describeFill, describeUndo } from './report';
import { UndoJournal } from './undo';

// Save, fill, fix and undo (the draft actions, and the parts they are made of): they run only when the
// user asks, so the content script loads them then (entrypoints/fill-kit.ts, lib/page/fill-kit-loader.ts)
// and stays small.

export const fillKit = {
  DraftActions,
  draftRowsFromModel,
  draftColumnsFromModel,
  applyFix,
  fillFromDraft,
  describeFill,
  describeUndo,
  UndoJournal,
};
export type FillKit = typeof fillKit;

/** Puts the kit where the loader looks (the packaged file does this; unit tests call it directly). */
export function installFillKit(): void {
  (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL] = fillKit;
}
