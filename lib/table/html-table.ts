import type { Slices } from '../slices';
import { type BuiltTable, buildModel } from './build-model';
import { readCellContent } from './cell-content';
import { layoutGrid, markedHeaderRows, type SourceCell } from './source';

// HTML <table> → TableModel. Rows come in table order (<thead>, bodies and bare rows, <tfoot> last);
// nested tables inside cells are not this table's rows.

function span(el: Element, name: 'rowspan' | 'colspan'): number {
  const value = el.getAttribute(name);
  if (value === null) return 1;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/**
 * The table's rows in table order, the first `max` of them: a sample touches no more rows than it
 * reads (each row touched costs a wrapper in the content script's world, on a 500-row table too).
 */
function tableRows(table: Element, max = Number.POSITIVE_INFINITY): { rows: Element[]; headRows: number } {
  const head: Element[] = [];
  const main: Element[] = [];
  const foot: Element[] = [];
  const take = (rows: HTMLCollection | Element[], into: Element[]) => {
    for (let i = 0; i < rows.length && into.length < max; i++)
      if (rows[i].tagName === 'TR') into.push(rows[i]);
  };
  const children = table.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const tag = child.tagName;
    if (tag === 'TR') take([child], main);
    else if (tag === 'THEAD') take(child.children, head);
    else if (tag === 'TBODY') take(child.children, main);
    else if (tag === 'TFOOT') take(child.children, foot);
  }
  const rows = [...head, ...main, ...foot];
  return { rows: rows.length > max ? rows.slice(0, max) : rows, headRows: head.length };
}

/**
 * A `<table role="grid">` is a click-to-edit grid: its `gridcell`s take a value once activated even
 * when no input is there yet, unless marked `aria-readonly`.
 */
function isInteractive(table: Element): boolean {
  const role = table.getAttribute('role');
  return role === 'grid' || role === 'treegrid';
}

function rowSource(tr: Element, interactive: boolean): SourceCell[] {
  const cells: SourceCell[] = [];
  const children = tr.children;
  for (let i = 0; i < children.length; i++) {
    const td = children[i];
    const tag = td.tagName;
    if (tag !== 'TD' && tag !== 'TH') continue;
    const cell =
      interactive && td.getAttribute('role') === 'gridcell'
        ? readCellContent(td, 'activate', td.getAttribute('aria-readonly') === 'true')
        : readCellContent(td, 'static');
    cell.header = tag === 'TH';
    cell.rowSpan = span(td, 'rowspan');
    cell.colSpan = span(td, 'colspan');
    cells.push(cell);
  }
  return cells;
}

export interface ReadOptions {
  /** Read only the first rows (table finding samples a table before reading it whole). */
  maxRows?: number;
}

export function readHtmlTable(table: Element, options: ReadOptions = {}): BuiltTable | null {
  const { rows, headRows } = tableRows(table, options.maxRows);
  const interactive = isInteractive(table);
  return fromSource(
    rows.map((tr) => rowSource(tr, interactive)),
    headRows,
  );
}

/** The same read, yielding to the browser between rows when a slice is used up (a long table at load). */
export async function readHtmlTableInSteps(table: Element, slices: Slices): Promise<BuiltTable | null> {
  const { rows, headRows } = tableRows(table);
  const interactive = isInteractive(table);
  const source: SourceCell[][] = [];
  for (const tr of rows) {
    source.push(rowSource(tr, interactive));
    await slices.breathe();
  }
  return fromSource(source, headRows);
}

function fromSource(source: SourceCell[][], headRows: number): BuiltTable | null {
  if (source.length === 0) return null;
  const headerRows = headRows || markedHeaderRows(source);
  const grid = layoutGrid(source);
  if (grid[0]?.length === 0) return null;
  return buildModel(grid, { source: 'html', headerRows: headerRows || undefined });
}
