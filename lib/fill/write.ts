import type { CellHandle } from '../table/handles';
import { clean } from '../text';
import { type ActivateTiming, DEFAULT_TIMING, shownText, writeActivated } from './click-to-edit';
import { sameValue } from './same-value';
import { isLocked, setEditableText, setFieldValue } from './setters';

// Writes many cells through their handles: plain fields and contenteditables in one synchronous pass
// (no awaits, no layout reads between writes), click-to-edit cells one after another (each needs its
// editor opened), widget grids in one bridge call per grid.

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
  value: string;
  /** The model's text for the cell, used as "before" when the page cannot be asked. */
  before: string;
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

function checked(before: string, value: string, shown: string): WriteOutcome {
  return { status: sameValue(shown, value) ? 'written' : 'mismatch', before, shown };
}

function failed(before: string, reason: FailReason): WriteOutcome {
  return { status: 'failed', before, shown: before, reason };
}

function writeSync(request: WriteRequest): WriteOutcome | null {
  const { handle, value } = request;
  if (handle.kind === 'field') {
    const field = handle.field;
    if (!field.isConnected) return failed(request.before, 'detached');
    const before = field.value;
    if (isLocked(field)) return { status: 'locked', before, shown: before };
    return checked(before, value, setFieldValue(field, value));
  }
  if (handle.kind === 'contenteditable') {
    const field = handle.field;
    if (!field.isConnected) return failed(request.before, 'detached');
    const before = field.textContent ?? '';
    if (!field.isContentEditable && field.getAttribute('contenteditable') === 'false') {
      return { status: 'locked', before, shown: before };
    }
    return checked(before, value, setEditableText(field, value));
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
    const cells = members.map((i) => {
      const h = requests[i].handle as Extract<CellHandle, { kind: 'widget' }>;
      return { row: h.row, col: h.col, value: requests[i].value };
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
      else outcomes[i] = checked(before, cell.value, clean(result.shown));
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
    const { handle, value } = requests[i];
    if (handle.kind !== 'activate') continue;
    if (!handle.cell.isConnected) {
      outcomes[i] = failed(requests[i].before, 'detached');
      continue;
    }
    const before = shownText(handle.cell);
    const result = await writeActivated(handle.cell, value, timing);
    outcomes[i] = result.ok ? checked(before, value, result.shown) : failed(before, result.reason);
  }
  await writeWidgets(requests, widgets, outcomes, deps.bridge);
  return outcomes;
}
