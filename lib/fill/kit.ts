import { draftColumnsFromModel, draftRowsFromModel } from './draft-from-model';
import { applyFix, fillFromDraft } from './fill';
import { FILL_KIT_GLOBAL } from './kit-file';
import { describeFill, describeUndo } from './report';
import { UndoJournal } from './undo';

// What fill, fix, undo and save need beyond reading a cell: it runs only when the user asks, so the
// content script loads it then (entrypoints/fill-kit.ts, lib/page/fill-kit-loader.ts) and stays small.

export const fillKit = {
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
