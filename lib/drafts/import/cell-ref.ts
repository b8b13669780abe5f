// A1-style cell references: "C7" ↔ row 7, column 3 (both 1-based). Columns go up to XFD (16 384).

export interface CellRef {
  row: number;
  col: number;
}

const REF = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function parseRef(text: string): CellRef | null {
  const match = REF.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]);
  return row >= 1 ? { row, col: columnNumber(match[1]) } : null;
}

export function refName({ row, col }: CellRef): string {
  return `${columnLetters(col)}${row}`;
}

/** "A1:XFD1048576" (or one cell) → its last row and column, the sheet's declared extent. */
export function rangeEnd(text: string): CellRef | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const from = parseRef(parts[0]);
  const to = parts.length === 2 ? parseRef(parts[1]) : from;
  if (!from || !to) return null;
  return { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) };
}
