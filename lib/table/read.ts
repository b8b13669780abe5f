import type { Slices } from '../slices';
import { isAriaGrid, readAriaGrid } from './aria-grid';
import type { BuiltTable } from './build-model';
import type { CellHandle } from './handles';
import { type ReadOptions, readHtmlTable, readHtmlTableInSteps } from './html-table';
import type { TableModel } from './model';

// The one entry point for reading a table found on the page (findReportTables). Widget grids answer
// only through the page bridge and are read asynchronously with readWidgetGrid (widget.ts).

export function readBuiltTable(el: Element, options: ReadOptions = {}): BuiltTable | null {
  // A <table> keeps its own semantics (spans, header cells) even with grid roles on it.
  if (el.tagName === 'TABLE') return readHtmlTable(el, options);
  return isAriaGrid(el) ? readAriaGrid(el, options) : null;
}

/** readBuiltTable in slices (a `<table>`; an ARIA grid is read at once). */
export function readBuiltTableInSteps(el: Element, slices: Slices): Promise<BuiltTable | null> {
  if (el.tagName === 'TABLE') return readHtmlTableInSteps(el, slices);
  return Promise.resolve(readBuiltTable(el));
}

export function readTable(el: Element): { model: TableModel; handles: CellHandle[][] } | null {
  const built = readBuiltTable(el);
  return built && { model: built.model, handles: built.handles };
}
