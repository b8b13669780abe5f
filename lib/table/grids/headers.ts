import type { SourceCell } from '../source';
import type { HeaderCell } from '../widget-protocol';

// Neutral header rows (GridData.headers) → source cells with row spans. Libraries draw a leaf that
// spans header rows in different ways: Handsontable's nestedHeaders leave the cells below it blank,
// AG Grid pads the rows above it with blank groups. So a blank cell joins the labelled cell over the
// same columns above it, or else the one below it.

function headerCell(label: string, col: number, span: number): SourceCell {
  return {
    text: label,
    header: true,
    rowSpan: 1,
    colSpan: span,
    editable: false,
    col,
    handle: { kind: 'static', cell: null },
  };
}

export function headerSource(headers: HeaderCell[][]): SourceCell[][] {
  const rows: SourceCell[][] = headers.map(() => []);
  /** Per column range (`col:span`): the labelled cell reaching down to the row above. */
  let above = new Map<string, SourceCell>();
  /** Per column range: the row where blanks waiting for a labelled cell below began. */
  const waiting = new Map<string, number>();
  headers.forEach((line, r) => {
    const here = new Map<string, SourceCell>();
    let col = 0;
    for (const { label, span: rawSpan } of line) {
      const span = Math.max(1, Math.floor(rawSpan) || 1);
      const key = `${col}:${span}`;
      const upper = above.get(key);
      if (label.trim() === '') {
        if (upper) {
          upper.rowSpan += 1;
          here.set(key, upper);
        } else if (!waiting.has(key)) waiting.set(key, r);
      } else {
        const start = waiting.get(key) ?? r;
        waiting.delete(key);
        const cell = headerCell(label, col, span);
        cell.rowSpan = r - start + 1;
        rows[start].push(cell);
        here.set(key, cell);
      }
      col += span;
    }
    above = here;
  });
  // layoutGrid places cells in the order given: keep each row left to right
  for (const row of rows) row.sort((a, b) => (a.col ?? 0) - (b.col ?? 0));
  return rows;
}
