import type { CellHandle } from './handles';

// What every reader hands to the model builder: rows of source cells (an HTML <td>, an ARIA gridcell,
// a widget grid's value), placed on a rows × columns grid with their spans resolved. The builder never
// touches the DOM again, so header, numbering-row and row-kind logic is shared by all readers.

export interface SourceCell {
  /** Text as shown or typed (an input's value), unmodified. */
  text: string;
  /** A header cell (<th>, columnheader): a hint only, renderings often use <td> for headers. */
  header: boolean;
  rowSpan: number;
  colSpan: number;
  /** The user can type here now or after activating the cell. */
  editable: boolean;
  /** The number the source holds, when it keeps numbers (a widget grid): `text` need not be parsed. */
  value?: number;
  /** Explicit 0-based column (aria-colindex − 1); placed after the previous cell when absent. */
  col?: number;
  handle: CellHandle;
}

/** One position of the grid: the cell covering it and whether this is the cell's top-left corner. */
export interface Slot {
  cell: SourceCell;
  origin: boolean;
}

export type SlotGrid = (Slot | null)[][];

/** How many leading rows are made of header cells alone (<th>, columnheader): the header, as marked. */
export function markedHeaderRows(rows: SourceCell[][]): number {
  let n = 0;
  while (n < rows.length && rows[n].length > 0 && rows[n].every((c) => c.header)) n++;
  return n;
}

/** Places cells on a grid, honouring rowspan/colspan the way browsers lay out tables. */
export function layoutGrid(rows: SourceCell[][]): SlotGrid {
  const grid: SlotGrid = rows.map(() => []);
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r];
    let c = 0;
    for (const cell of rows[r]) {
      if (cell.col !== undefined) c = cell.col;
      while (line[c]) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      const colSpan = Math.max(1, cell.colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colSpan; dc++) {
          if (!target[c + dc]) target[c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      c += colSpan;
    }
  }
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  for (const line of grid) {
    for (let c = 0; c < width; c++) line[c] ??= null;
  }
  return grid;
}

/** Distinct cells of one grid row, left to right, each once. */
export function rowCells(line: (Slot | null)[]): SourceCell[] {
  const out: SourceCell[] = [];
  for (const slot of line) {
    if (slot && out[out.length - 1] !== slot.cell) out.push(slot.cell);
  }
  return out;
}
