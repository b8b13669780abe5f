import type { Cell } from '../table/model';

// How a cell counts in a sum: an empty cell ("", "-") is 0, because forms leave zero counts blank;
// an unreadable or ambiguous cell makes the sum unknown (the number rule reports that cell instead).

/** The cell's value in a sum: its number, 0 when empty, NaN when unreadable. */
export function addend(cell: Cell | undefined): number {
  if (!cell) return Number.NaN;
  if (cell.parse === 'number') return cell.value ?? Number.NaN;
  if (cell.parse === 'empty') return 0;
  return Number.NaN;
}

/** Sums stay exact for counts; this only absorbs float noise from decimal cells. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

/**
 * A sum a finding may be built on: a number, and within what counts can be (beyond
 * Number.MAX_SAFE_INTEGER it is no longer exact, and a fix would write a wrong or "Infinity" value).
 */
export function countable(sum: number): boolean {
  return Number.isFinite(sum) && Math.abs(sum) <= Number.MAX_SAFE_INTEGER;
}
