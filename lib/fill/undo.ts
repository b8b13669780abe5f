import { handleNotation } from '../table/cell-content';
import type { CellHandle } from '../table/handles';
import { columnByNumber, type TableModel } from '../table/model';
import { labelKey } from '../text';
import { sameValue } from './same-value';
import { readHandle, type WriteDeps, writeCells } from './write';

// The undo journal: every fill and every applied fix records, per changed cell, what it held before
// and what it held after, as the cell's own text. Undo writes the "before" text back through the same
// setters, as it was (a number field gets its own `1245` back, not a reformatted one), so the page's
// framework sees the restore like any typing. A cell whose fill did not arrive exactly is undone too.

export interface JournalChange {
  handle: CellHandle;
  /** Row label as shown and form column number: for messages, and to find the cell again. */
  label: string;
  number: number;
  /** Model row index when written. */
  row: number;
  before: string;
  after: string;
}

export interface JournalEntry {
  kind: 'fill' | 'fix';
  changes: JournalChange[];
}

export interface UndoFailure {
  label: string;
  number: number;
  /** 'edited': the user changed the cell after the fill, so it is left as they typed it. */
  reason: 'edited' | 'failed';
}

export interface UndoReport {
  /** Nothing to undo. */
  empty: boolean;
  kind: JournalEntry['kind'] | null;
  restored: number;
  failures: UndoFailure[];
}

export interface UndoOptions extends WriteDeps {
  /** The table as read now: cells the page re-rendered since the fill are found again in it. */
  current?: { model: TableModel; handles: CellHandle[][] };
}

function detached(handle: CellHandle): boolean {
  if (handle.kind === 'field' || handle.kind === 'contenteditable') return !handle.field.isConnected;
  if (handle.kind === 'activate') return !handle.cell.isConnected;
  return false;
}

/** The same cell in the table as read now: same label (same row index preferred), same column number. */
function refind(change: JournalChange, current: UndoOptions['current']): CellHandle {
  if (!current || !detached(change.handle)) return change.handle;
  const { model, handles } = current;
  const key = labelKey(change.label);
  const same = (i: number) => model.rows[i] !== undefined && labelKey(model.rows[i].label) === key;
  const row = same(change.row) ? change.row : model.rows.findIndex((_, i) => same(i));
  const col = columnByNumber(model, change.number);
  return (row >= 0 && col >= 0 && handles[row]?.[col]) || change.handle;
}

export class UndoJournal {
  private readonly entries: JournalEntry[] = [];

  /** Records one fill or fix; an action that changed nothing leaves no entry. */
  record(kind: JournalEntry['kind'], changes: JournalChange[]): void {
    if (changes.length > 0) this.entries.push({ kind, changes });
  }

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  /** Restores every cell the last fill or fix changed, as it was before; returns what happened. */
  async undo(deps: UndoOptions = {}): Promise<UndoReport> {
    const entry = this.entries.pop();
    if (!entry) return { empty: true, kind: null, restored: 0, failures: [] };
    const failures: UndoFailure[] = [];
    const pending: JournalChange[] = [];
    for (const recorded of entry.changes) {
      const change = { ...recorded, handle: refind(recorded, deps.current) };
      const now = readHandle(change.handle);
      const notation = handleNotation(change.handle);
      if (now !== null && !sameValue(now, change.after, notation, notation)) {
        failures.push({ label: change.label, number: change.number, reason: 'edited' });
      } else {
        pending.push(change);
      }
    }
    const outcomes = await writeCells(
      pending.map((c) => ({ handle: c.handle, value: c.before, before: c.after, restore: true })),
      deps,
    );
    let restored = 0;
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'written') restored++;
      else failures.push({ label: pending[i].label, number: pending[i].number, reason: 'failed' });
    });
    return { empty: false, kind: entry.kind, restored, failures };
  }
}
