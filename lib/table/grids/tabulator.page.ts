import type { GridCellResult, GridChange, GridData, GridValue, HeaderCell } from '../widget-protocol';
import {
  hasMethods,
  isElement,
  notWritten,
  numericColumn,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';
import { ROW_ATTR, TABULATOR_ROOT } from './tabulator';

// Tabulator, page side, through its public API. Instances come from the library's own registry
// (`Tabulator.findTable(element)`) when the page loads Tabulator as a global, else from page variables.

interface ColumnDef {
  title?: string;
  field?: string;
  editor?: unknown;
  editable?: unknown;
  mutator?: unknown;
  formatter?: unknown;
  sorter?: unknown;
}
interface Column {
  getField(): string | undefined;
  getDefinition(): ColumnDef;
  isVisible(): boolean;
  getParentColumn(): Column | false;
}
interface Cell {
  getValue(): unknown;
  setValue(value: unknown, mutate?: boolean): void;
  getField(): string | undefined;
}
interface Row {
  getCell(field: string): Cell | false;
  getCells(): Cell[];
  getElement(): Element;
}
interface Table {
  element: Element;
  destroyed?: boolean;
  initialized?: boolean;
  getColumns(): Column[];
  getRows(kind?: string): Row[];
  getData(): unknown[];
  on(event: string, callback: () => void): void;
  off(event: string, callback: () => void): void;
}

/** Columns the library draws for itself or for actions: no field, or a helper formatter. */
const HELPER_FORMATTERS = new Set([
  'rownum',
  'rowSelection',
  'handle',
  'responsiveCollapse',
  'buttonCross',
  'buttonTick',
]);

const isTable = (value: unknown): value is Table =>
  hasMethods<Table>(value, 'getColumns', 'getRows', 'getData') && isElement(value.element);

function columns(table: Table): Column[] {
  return table.getColumns().filter((col) => {
    const def = col.getDefinition();
    if (!col.isVisible() || !col.getField()) return false;
    return typeof def.formatter !== 'string' || !HELPER_FORMATTERS.has(def.formatter);
  });
}

function headers(cols: Column[]): HeaderCell[][] {
  const chains = cols.map((col) => {
    const chain: Column[] = [];
    for (let g = col.getParentColumn(); g; g = g.getParentColumn()) chain.unshift(g);
    return chain;
  });
  const depth = chains.reduce((d, chain) => Math.max(d, chain.length), 0) + 1;
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    let last: Column | null = null;
    // groups from the top, every leaf in the bottom row (the numbering row, when the page has one
    // as headers); a shallower column's group reaches down over the blanks between
    chains.forEach((chain, i) => {
      const col = level === depth - 1 ? cols[i] : (chain[level] ?? null);
      if (col && col === last) {
        row[row.length - 1].span += 1;
        return;
      }
      last = col;
      row.push({ label: col ? String(col.getDefinition().title ?? '') : '', span: 1 });
    });
    rows.push(row);
  }
  return rows;
}

function isNumeric(def: ColumnDef): boolean {
  return def.editor === 'number' || def.sorter === 'number' || def.formatter === 'money';
}

function writable(def: ColumnDef, cell: Cell): boolean {
  if (!def.editor) return false;
  if (typeof def.editable === 'function') return Boolean(def.editable(cell));
  return def.editable !== false;
}

function read(table: Table): GridData {
  const cols = columns(table);
  const rows = table.getRows('active');
  const readOnly: [number, number][] = [];
  const computed: [number, number][] = [];
  const defs = cols.map((col) => col.getDefinition());
  const fields = cols.map((col) => col.getField() ?? '');
  const values = rows.map((row, r) => {
    row.getElement().setAttribute(ROW_ATTR, String(r));
    // one pass over the row's cells: getCell(field) looks the column up again for every call
    const byField = new Map<string, Cell>();
    for (const cell of row.getCells()) byField.set(cell.getField() ?? '', cell);
    return fields.map((field, c) => {
      const def = defs[c];
      const cell = byField.get(field);
      if (!cell) return null;
      if (def.mutator && !def.editor) computed.push([r, c]);
      else if (!writable(def, cell)) readOnly.push([r, c]);
      return plainValue(cell.getValue());
    });
  });
  return {
    library: 'tabulator',
    headers: headers(cols),
    rows: values,
    readOnly,
    computed,
    merged: [],
    numeric: defs.map((def, c) =>
      numericColumn(
        isNumeric(def),
        values.map((row) => row[c]),
      ),
    ),
    rowIds: rows.map((_, r) => String(r)),
    colIds: cols.map((col) => col.getField() ?? ''),
  };
}

function write(table: Table, changes: GridChange[]): GridCellResult[] {
  const cols = columns(table);
  const rows = table.getRows('active');
  const numeric = new Map<number, boolean>();
  const isNumericAt = (c: number) => {
    let known = numeric.get(c);
    if (known === undefined) {
      const field = cols[c].getField() ?? '';
      const data = table.getData() as Record<string, unknown>[];
      known = numericColumn(
        isNumeric(cols[c].getDefinition()),
        data.map((row) => row[field]),
      );
      numeric.set(c, known);
    }
    return known;
  };
  return changes.map(([r, c, text]) => {
    const col = cols[c];
    const cell = col && rows[r]?.getCell(col.getField() ?? '');
    if (!cell) return notWritten(null, 'no such cell');
    const before: GridValue = plainValue(cell.getValue());
    const def = col.getDefinition();
    if (!writable(def, cell)) return notWritten(before, 'read-only');
    // setValue runs the column's mutators and fires cellEdited / dataChanged, as an edit would
    cell.setValue(typedValue(text, isNumericAt(c)), true);
    return { value: plainValue(cell.getValue()), before };
  });
}

const CHANGE_EVENTS = [
  'tableBuilt',
  'cellEdited',
  'dataLoaded',
  'dataFiltered',
  'dataSorted',
  'rowAdded',
  'rowDeleted',
  'tableDestroyed',
];

interface TabulatorGlobal {
  findTable?(el: Element): unknown;
  registry?: { register?(table: unknown): void };
}
const globalOf = (win: Window) => (win as unknown as { Tabulator?: TabulatorGlobal }).Tabulator;

export const tabulatorPage: PageGridAdapter<Table> = {
  library: 'tabulator',
  rootSelector: TABULATOR_ROOT,
  /** Every new table registers itself with the library (its inter-table links): hear of it there. */
  install(win, found) {
    const registry = globalOf(win)?.registry;
    const register = registry?.register;
    if (!registry || typeof register !== 'function') return;
    registry.register = function (this: unknown, table: unknown) {
      register.call(this, table);
      // the constructor is still running: look once it has built its element
      win.setTimeout(() => {
        if (isTable(table)) found(table);
      }, 0);
    };
  },
  find(win) {
    const global = globalOf(win);
    if (typeof global?.findTable !== 'function') return [];
    return Array.from(win.document.querySelectorAll(TABULATOR_ROOT)).flatMap((el) => {
      const found = global.findTable?.(el);
      return Array.isArray(found) ? found.filter(isTable) : [];
    });
  },
  accepts: isTable,
  root: (table) => (table.element.parentElement?.closest(TABULATOR_ROOT) ? null : table.element),
  alive: (table) => !table.destroyed && table.element.isConnected,
  size: (table) => ({ rows: table.getRows('active').length, cols: columns(table).length }),
  read,
  write,
  onRender(table, callback) {
    // rows scrolled into view get their cells only then
    const listener = () => callback();
    table.on('scrollVertical', listener);
    table.on('renderComplete', listener);
    return () => {
      table.off('scrollVertical', listener);
      table.off('renderComplete', listener);
    };
  },
  onChange(table, callback) {
    for (const event of CHANGE_EVENTS) table.on(event, callback);
    return () => {
      for (const event of CHANGE_EVENTS) table.off(event, callback);
    };
  },
};
