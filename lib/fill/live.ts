import { readCellNumber } from '../table/cell-content';
import type { CellHandle } from '../table/handles';
import type { Cell, TableModel } from '../table/model';
import { readHandle } from './write';

// The table as the page holds it at this moment. A page may reset or change its inputs without an
// event (a script's `form.reset()`, a framework re-render), so the model read earlier can be stale;
// a fill decides what to skip, and undo what to restore, from the live values of its target cells.

/** The cell as its field holds it now (widget grids and static cells: as last read). */
export function liveCell(cell: Cell, handle: CellHandle | undefined): Cell {
  if (!handle || handle.kind === 'static' || handle.kind === 'widget') return cell;
  const raw = readHandle(handle);
  if (raw === null || raw === cell.raw) return cell;
  return { ...cell, raw, ...readCellNumber(raw, handle) };
}

/** A copy of `model` whose cells hold what their fields hold now. */
export function liveModel(model: TableModel, handles: CellHandle[][]): TableModel {
  const rows = model.rows.map((row, r) => {
    let cells = row.cells;
    row.cells.forEach((cell, c) => {
      const live = liveCell(cell, handles[r]?.[c]);
      if (live === cell) return;
      if (cells === row.cells) cells = [...row.cells];
      cells[c] = live;
    });
    return cells === row.cells ? row : { ...row, cells };
  });
  return { ...model, rows };
}
