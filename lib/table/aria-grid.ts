import { type BuiltTable, buildModel } from './build-model';
import { readCellContent } from './cell-content';
import type { ReadOptions } from './html-table';
import { layoutGrid, markedHeaderRows, type SourceCell } from './source';

// ARIA grids (role=grid|treegrid): DevExtreme/Kendo/ag-Grid-like markup, often click-to-edit, where the
// <input> exists only while a cell is edited. Cells are editable unless aria-readonly="true" on the
// cell, its row or the grid; writing first activates the cell (ActivateHandle).

const GRID = '[role=grid],[role=treegrid],[role=table]';
const CELL = '[role=gridcell],[role=columnheader],[role=rowheader],[role=cell]';

function ariaNumber(el: Element, name: string): number | undefined {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function isReadonly(el: Element): boolean {
  return el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true';
}

function rowSource(row: Element, gridReadonly: boolean): SourceCell[] {
  const rowReadonly = gridReadonly || isReadonly(row);
  const cells: SourceCell[] = [];
  for (const el of Array.from(row.querySelectorAll(CELL))) {
    if (el.closest('[role=row]') !== row) continue;
    const role = el.getAttribute('role');
    const header = role === 'columnheader' || role === 'rowheader';
    const colSpan = ariaNumber(el, 'aria-colspan') ?? 1;
    // Headers and merged cells (full-width headings) are not where values are typed.
    const readonly = rowReadonly || isReadonly(el) || header || colSpan > 1;
    const cell = readCellContent(el, 'activate', readonly);
    const colIndex = ariaNumber(el, 'aria-colindex');
    cell.header = role === 'columnheader';
    cell.rowSpan = ariaNumber(el, 'aria-rowspan') ?? 1;
    cell.colSpan = colSpan;
    if (colIndex !== undefined) cell.col = colIndex - 1;
    cells.push(cell);
  }
  return cells;
}

export function isAriaGrid(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'grid' || role === 'treegrid';
}

export function readAriaGrid(grid: Element, options: ReadOptions = {}): BuiltTable | null {
  let rows = Array.from(grid.querySelectorAll('[role=row]')).filter(
    (row) => row.parentElement?.closest(GRID) === grid,
  );
  if (options.maxRows) rows = rows.slice(0, options.maxRows);
  if (rows.length === 0) return null;
  const readonly = isReadonly(grid);
  const source = rows.map((row) => rowSource(row, readonly));
  const headerRows = markedHeaderRows(source);
  const slots = layoutGrid(source);
  if (slots[0]?.length === 0) return null;
  return buildModel(slots, { source: 'aria', headerRows: headerRows || undefined });
}
