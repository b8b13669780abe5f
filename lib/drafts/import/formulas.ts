import { type CellRef, parseRef, refName } from './cell-ref';
import type { Limits } from './limits';
import type { SheetCell } from './sheet-cell';

// Formula cells saved without their result. Excel always stores the result next to the formula, but
// files written by scripts often do not, and reading those cells as empty would import a zero total.
// The simple ones are computed here, the way the forms use them: SUM over cells and ranges of the same
// sheet (text in a range ignored, as Excel does), or cells added with "+". Any other formula stays
// uncomputed, and the import asks for the file to be opened and saved in Excel first.

export interface PendingFormula {
  row: number;
  col: number;
  /** Formula text as stored (no leading "="). */
  text: string;
}

export interface FormulaOutcome {
  /** Cells computed here, as "C7". */
  computed: string[];
  uncomputed: { ref: string; formula: string }[];
}

interface Formula {
  /** "+" adds cells that must hold numbers; SUM skips text. */
  kind: 'sum' | 'plus';
  ranges: [CellRef, CellRef][];
}

function range(text: string): [CellRef, CellRef] | null {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined) return null;
  const from = parseRef(a);
  const to = b === undefined ? from : parseRef(b);
  if (!from || !to) return null;
  return [
    { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  ];
}

export function parseFormula(text: string): Formula | null {
  const body = text.trim().replace(/^=/, '').replace(/\s+/g, '');
  const sum = /^SUM\((.+)\)$/i.exec(body);
  const parts = sum ? sum[1].split(',') : body.split('+');
  const found = parts.map(range);
  if (found.some((r) => r === null)) return null;
  const ranges = found as [CellRef, CellRef][];
  if (!sum && ranges.some(([from, to]) => from.row !== to.row || from.col !== to.col)) return null;
  return { kind: sum ? 'sum' : 'plus', ranges };
}

/** Raised when the work budget for formulas is spent: what is left stays uncomputed. */
class OutOfBudget extends Error {}

/**
 * Computes what it can of `pending`, writing results with `set`; formulas may use each other's
 * results (in any order), a cycle leaves its cells uncomputed. No recursion: a chain of 100 000
 * formulas must not overflow the stack.
 */
export function computeFormulas(
  pending: PendingFormula[],
  rows: SheetCell[][],
  limits: Limits,
  set: (row: number, col: number, value: number) => void,
): FormulaOutcome {
  const at = new Map<number, number>();
  const key = (row: number, col: number) => row * 65_536 + col;
  pending.forEach((p, i) => {
    at.set(key(p.row, p.col), i);
  });
  const parsed = pending.map((p) => parseFormula(p.text));
  /** 0 not seen, 1 waiting for the formulas it uses, 2 done. */
  const state = new Uint8Array(pending.length);
  const value: (number | null)[] = pending.map(() => null);
  let visited = 0;

  /** Every cell of the formula's ranges that exists, pending formulas as their index. */
  const eachCell = (f: Formula, visit: (cell: SheetCell, pendingIndex: number | undefined) => void) => {
    const maxCol = limits.columns;
    for (const [from, to] of f.ranges) {
      for (let r = from.row; r <= Math.min(to.row, rows.length); r++) {
        const line = rows[r - 1];
        for (let c = from.col; c <= Math.min(to.col, maxCol); c++) {
          if (++visited > limits.formulaCells) throw new OutOfBudget();
          visit(line[c - 1] ?? null, at.get(key(r, c)));
        }
      }
    }
  };

  const evaluate = (i: number): number | null => {
    const f = parsed[i]!;
    let total = 0;
    let ok = true;
    eachCell(f, (cell, p) => {
      if (p !== undefined) {
        if (value[p] === null) ok = false;
        else total += value[p];
      } else if (typeof cell === 'number') total += cell;
      else if (typeof cell === 'string' && f.kind === 'plus') ok = false;
    });
    return ok && Number.isFinite(total) ? total : null;
  };

  const run = (start: number) => {
    const stack = [start];
    while (stack.length > 0) {
      const i = stack[stack.length - 1];
      if (state[i] === 2) {
        stack.pop();
        continue;
      }
      const f = parsed[i];
      if (f && state[i] === 0) {
        state[i] = 1;
        let waits = false;
        let cycle = false;
        eachCell(f, (_cell, p) => {
          if (p === undefined || p === i) {
            if (p === i) cycle = true;
            return;
          }
          if (state[p] === 0) {
            stack.push(p);
            waits = true;
          } else if (state[p] === 1) cycle = true;
        });
        if (cycle) {
          state[i] = 2;
          stack.pop();
          continue;
        }
        if (waits) continue;
      }
      value[i] = f ? evaluate(i) : null;
      state[i] = 2;
      stack.pop();
    }
  };

  try {
    for (let i = 0; i < pending.length; i++) if (state[i] === 0) run(i);
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error;
  }
  const outcome: FormulaOutcome = { computed: [], uncomputed: [] };
  pending.forEach((p, i) => {
    const ref = refName(p);
    const result = state[i] === 2 ? value[i] : null;
    if (result === null) {
      outcome.uncomputed.push({ ref, formula: p.text });
    } else {
      set(p.row, p.col, result);
      outcome.computed.push(ref);
    }
  });
  return outcome;
}
