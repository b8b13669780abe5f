import type { ReadNotation } from '../numbers';
import { handleNotation } from '../table/cell-content';
import { readNotation } from '../table/field-notation';
import type { CellHandle } from '../table/handles';
import { clean } from '../text';
import { type ActivateTiming, DEFAULT_TIMING, shownText, writeActivated } from './click-to-edit';
import { notationOf, textFor, type WriteNotation } from './notation';
import { sameValue } from './same-value';
import { isLocked, setEditableText, setFieldValue } from './setters';

// Writes many cells through their handles: plain fields and contenteditables in one synchronous pass
// (no awaits, no layout reads between writes), click-to-edit cells one after another (each needs its
// editor opened), widget grids in one bridge call per grid. A draft's number is typed in the notation
// the target takes (notation.ts), and arrives only if the target then reads it as the same number.

export interface WidgetWrite {
  row: number;
  col: number;
  value: string;
}

export interface WidgetWriteResult {
  row: number;
  col: number;
  /** What the grid holds afterwards, null when the cell could not be written. */
  shown: string | null;
  /** What the grid held before, when the bridge can tell (undo restores it exactly). */
  before?: string | null;
  error?: string;
}

/** The page-world bridge to widget grids (Handsontable…), provided by the table side. */
export interface WidgetBridge {
  write(grid: string, cells: WidgetWrite[]): Promise<WidgetWriteResult[]>;
}

export interface WriteRequest {
  handle: CellHandle;
  /**
   * A draft's text (Vietnamese notation), typed in the notation the target takes; with `restore`, the
   * cell's own earlier text (undo), written back as it was.
   */
  value: string;
  /** The model's text for the cell, used as "before" when the page cannot be asked. */
  before: string;
  restore?: boolean;
  /** How the page shows numbers in the cell's column, when the cell itself does not tell (plan.ts). */
  guide?: WriteNotation | null;
}

export type WriteStatus = 'written' | 'locked' | 'mismatch' | 'failed';
export type FailReason = 'detached' | 'no-editor' | 'not-writable' | 'no-bridge' | 'bridge';

export interface WriteOutcome {
  status: WriteStatus;
  /** What the cell held before the write (exact text, for undo). */
  before: string;
  /** What the cell holds after. */
  shown: string;
  reason?: FailReason;
}

export interface WriteDeps {
  bridge?: WidgetBridge;
  timing?: ActivateTiming;
}

/** The cell's current text as the page holds it, or null when only the bridge knows. */
export function readHandle(handle: CellHandle): string | null {
  switch (handle.kind) {
    case 'field':
      return handle.field.value;
    case 'contenteditable':
      return handle.field.textContent ?? '';
    case 'activate':
      return shownText(handle.cell);
    default:
      return null;
  }
}

/** Whether what the target shows now (read in its notation) is what the request meant. */
function arrived(request: WriteRequest, shown: string, notation: ReadNotation): boolean {
  // a restore compares the cell's text with its own earlier text; a draft's text is Vietnamese
  return sameValue(request.value, shown, request.restore ? notation : 'vi', notation);
}

function checked(before: string, request: WriteRequest, shown: string, notation: ReadNotation): WriteOutcome {
  return { status: arrived(request, shown, notation) ? 'written' : 'mismatch', before, shown };
}

/** The text to type into `target`: the draft's number in the target's notation, guided by `before`. */
function typed(request: WriteRequest, target: Element | null, before: string): string {
  if (request.restore) return request.value;
  return textFor(target, request.value, notationOf(before) ?? request.guide ?? null);
}

function failed(before: string, reason: FailReason): WriteOutcome {
  return { status: 'failed', before, shown: before, reason };
}

function writeSync(request: WriteRequest): WriteOutcome | null {
  const { handle } = request;
  if (handle.kind === 'field') {
    const field = handle.field;
    if (!field.isConnected) return failed(request.before, 'detached');
    const before = field.value;
    if (isLocked(field)) return { status: 'locked', before, shown: before };
    const shown = setFieldValue(field, typed(request, field, before));
    return checked(before, request, shown, readNotation(field));
  }
  if (handle.kind === 'contenteditable') {
    const field = handle.field;
    if (!field.isConnected) return failed(request.before, 'detached');
    const before = field.textContent ?? '';
    if (!field.isContentEditable && field.getAttribute('contenteditable') === 'false') {
      return { status: 'locked', before, shown: before };
    }
    const shown = setEditableText(field, typed(request, field, before));
    return checked(before, request, shown, readNotation(field));
  }
  if (handle.kind === 'static') return failed(request.before, 'not-writable');
  return null;
}

async function writeWidgets(
  requests: WriteRequest[],
  indexes: number[],
  outcomes: WriteOutcome[],
  bridge: WidgetBridge | undefined,
): Promise<void> {
  const byGrid = new Map<string, number[]>();
  for (const i of indexes) {
    const handle = requests[i].handle;
    if (handle.kind !== 'widget') continue;
    byGrid.set(handle.grid, [...(byGrid.get(handle.grid) ?? []), i]);
  }
  for (const [grid, members] of byGrid) {
    if (!bridge) {
      for (const i of members) outcomes[i] = failed(requests[i].before, 'no-bridge');
      continue;
    }
    // the bridge turns text into numbers in numeric columns; text columns keep the page's notation
    const cells = members.map((i) => {
      const h = requests[i].handle as Extract<CellHandle, { kind: 'widget' }>;
      return { row: h.row, col: h.col, value: typed(requests[i], null, requests[i].before) };
    });
    let results: WidgetWriteResult[] = [];
    try {
      results = await bridge.write(grid, cells);
    } catch {
      results = [];
    }
    members.forEach((i, n) => {
      const cell = cells[n];
      const result = results.find((r) => r.row === cell.row && r.col === cell.col);
      const before = result?.before ?? requests[i].before;
      if (!result || result.shown === null || result.error) outcomes[i] = failed(before, 'bridge');
      else outcomes[i] = checked(before, requests[i], clean(result.shown), 'vi');
    });
  }
}

/** Writes every request; outcomes are in the same order as the requests. */
export async function writeCells(requests: WriteRequest[], deps: WriteDeps = {}): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(requests.length);
  const activate: number[] = [];
  const widgets: number[] = [];
  for (let i = 0; i < requests.length; i++) {
    const outcome = writeSync(requests[i]);
    if (outcome) outcomes[i] = outcome;
    else if (requests[i].handle.kind === 'activate') activate.push(i);
    else widgets.push(i);
  }
  const timing = deps.timing ?? DEFAULT_TIMING;
  for (const i of activate) {
    const request = requests[i];
    const { handle, value } = request;
    if (handle.kind !== 'activate') continue;
    if (!handle.cell.isConnected) {
      outcomes[i] = failed(request.before, 'detached');
      continue;
    }
    const before = shownText(handle.cell);
    // what a click-to-edit cell shows is Vietnamese text, its old text included: the editor that
    // opens (a number editor, maybe) gets either in its own notation, like the grid's display would
    const guide = notationOf(request.restore ? value : before) ?? request.guide ?? null;
    const result = await writeActivated(handle.cell, value, timing, guide);
    const shownIn = handleNotation(handle);
    outcomes[i] = result.ok
      ? checked(before, { ...request, restore: false }, result.shown, shownIn)
      : failed(before, result.reason);
  }
  await writeWidgets(requests, widgets, outcomes, deps.bridge);
  return outcomes;
}
