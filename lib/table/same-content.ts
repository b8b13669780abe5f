import type { TableModel } from './model';

// A table re-rendered with the same data (new nodes, same text): the findings found on it stand, and
// only the marks move to the new cells. Anything the checks read — columns, labels, kinds, groups,
// values, which cells take typing — must be equal; headers come with the columns' paths.

export function sameContent(a: TableModel, b: TableModel): boolean {
  if (a.labelColumn !== b.labelColumn || a.rowNumberColumn !== b.rowNumberColumn) return false;
  if (a.columns.length !== b.columns.length) return false;
  if (a.rows.length !== b.rows.length) return false;
  for (let c = 0; c < a.columns.length; c++) {
    const x = a.columns[c];
    const y = b.columns[c];
    if (x.number !== y.number || x.path.length !== y.path.length) return false;
    for (let p = 0; p < x.path.length; p++) if (x.path[p] !== y.path[p]) return false;
  }
  for (let r = 0; r < a.rows.length; r++) {
    const x = a.rows[r];
    const y = b.rows[r];
    if (x.label !== y.label || x.stt !== y.stt || x.kind !== y.kind || x.group !== y.group) return false;
    if (x.cells.length !== y.cells.length) return false;
    for (let c = 0; c < x.cells.length; c++) {
      const p = x.cells[c];
      const q = y.cells[c];
      if (p.raw !== q.raw || p.editable !== q.editable || p.computed !== q.computed) return false;
    }
  }
  return true;
}
