import type { CellHandle } from '../table/handles';
import { sameValue } from './same-value';
import { readHandle, type WriteDeps, writeCells } from './write';

// The undo journal: every fill and every applied fix records, per changed cell, what it held before
// and what it held after. Undo writes the "before" text back through the same setters, so the page's
// framework sees the restore like any typing.

export interface JournalChange {
  handle: CellHandle;
  /** Row label as shown and form column number, for messages. */
  label: string;
  number: number;
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

export class UndoJournal {
  private readonly entries: JournalEntry[] = [];

  /** Records one fill or fix; an action that changed nothing leaves no entry. */
  record(kind: JournalEntry['kind'], changes: JournalChange[]): void {
    if (changes.length > 0) this.entries.push({ kind, changes });
  }

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  /** The action undo would revert, or null. */
  peek(): JournalEntry | null {
    return this.entries.at(-1) ?? null;
  }

  /** Restores every cell the last fill or fix changed, as it was before; returns what happened. */
  async undo(deps: WriteDeps = {}): Promise<UndoReport> {
    const entry = this.entries.pop();
    if (!entry) return { empty: true, kind: null, restored: 0, failures: [] };
    const failures: UndoFailure[] = [];
    const pending: JournalChange[] = [];
    for (const change of entry.changes) {
      const now = readHandle(change.handle);
      if (now !== null && !sameValue(now, change.after)) {
        failures.push({ label: change.label, number: change.number, reason: 'edited' });
      } else {
        pending.push(change);
      }
    }
    const outcomes = await writeCells(
      pending.map((c) => ({ handle: c.handle, value: c.before, before: c.after })),
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
