import type { GridCellResult, GridChange, GridData } from '../widget-protocol';
import { type BandedLeaf, bandHeaders } from './band-headers';
import { KENDO_ROOT } from './kendo';
import { notWritten, numericColumn, type PageGridAdapter, plainValue, typedValue } from './page-adapter';

// Kendo UI Grid (jQuery), page side. Instances come from jQuery's data (`$(el).data('kendoGrid')`) or
// the page's variables. Values are the DataSource's items as shown (view()); writes are
// `dataItem.set(field, value)`, Kendo's own change tracking, which also refuses non-editable fields.

interface KendoColumn {
  field?: string;
  title?: string;
  hidden?: boolean;
  command?: unknown;
  selectable?: boolean;
  columns?: KendoColumn[];
  editable?: (item: KendoItem) => boolean;
}

interface KendoItem {
  uid: string;
  get(field: string): unknown;
  set(field: string, value: unknown): void;
  editable?(field: string): boolean;
  items?: KendoItem[];
  hasSubgroups?: boolean;
}

interface KendoField {
  field?: string;
  type?: string;
}

interface KendoDataSource {
  view(): KendoItem[];
  bind(event: string, handler: () => void): void;
  unbind(event: string, handler: () => void): void;
  options?: { schema?: { model?: { fields?: Record<string, KendoField> | KendoField[] } } };
}

interface KendoGrid {
  element: ArrayLike<Element>;
  columns: KendoColumn[];
  dataSource: KendoDataSource;
  options: { name?: string; editable?: unknown };
  refresh(): void;
  bind(event: string, handler: () => void): void;
  unbind(event: string, handler: () => void): void;
  /** The grid's own listener on its DataSource (Kendo has named it so since its first releases). */
  _refreshHandler?: () => void;
}

type KendoWindow = Window & {
  jQuery?: (el: Element) => { data(key: string): unknown };
  kendo?: { jQuery?: (el: Element) => { data(key: string): unknown } };
};

const isGrid = (value: unknown): value is KendoGrid => {
  const v = value as Partial<KendoGrid> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    v.options?.name === 'Grid' &&
    Array.isArray(v.columns) &&
    typeof v.dataSource?.view === 'function' &&
    v.element?.[0]?.nodeType === 1
  );
};

interface Leaf {
  column: KendoColumn;
  bands: BandedLeaf['bands'];
  /** Its cell's position among the row's cells. */
  index: number;
}

/** Leaf columns left to right with the groups above them; hidden ones keep no cell. */
function leaves(grid: KendoGrid): Leaf[] {
  const out: Leaf[] = [];
  const walk = (columns: KendoColumn[], bands: BandedLeaf['bands']) => {
    for (const column of columns) {
      if (column.hidden) continue;
      if (column.columns?.length)
        walk(column.columns, [...bands, { id: column, label: String(column.title ?? '') }]);
      else out.push({ column, bands, index: out.length });
    }
  };
  walk(grid.columns, []);
  return out;
}

/** Form columns: bound to a field (no command buttons, selection boxes or template-only columns). */
const formLeaves = (grid: KendoGrid) =>
  leaves(grid).filter(({ column }) => !!column.field && !column.command && !column.selectable);

/** Items as shown, groups flattened. */
function items(grid: KendoGrid): KendoItem[] {
  const out: KendoItem[] = [];
  const walk = (list: KendoItem[]) => {
    for (const item of list) {
      if (Array.isArray(item.items) && typeof item.uid !== 'string') walk(item.items);
      else out.push(item);
    }
  };
  walk(Array.from(grid.dataSource.view()));
  return out;
}

function fieldTypes(grid: KendoGrid): Map<string, string | undefined> {
  const fields = grid.dataSource.options?.schema?.model?.fields;
  const out = new Map<string, string | undefined>();
  if (Array.isArray(fields))
    for (const f of fields)
      if (f.field) out.set(f.field, f.type);
      else if (fields) for (const [name, f] of Object.entries(fields)) out.set(name, f?.type);
  return out;
}

/** Per form column: the schema says number, or (no type declared) the items hold numbers. */
function numericColumns(grid: KendoGrid, columns: Leaf[], rows: KendoItem[]): boolean[] {
  const types = fieldTypes(grid);
  return columns.map(({ column }) =>
    numericColumn(
      types.get(column.field as string) === 'number',
      rows.map((item) => item.get(column.field as string)),
    ),
  );
}

function editable(grid: KendoGrid, item: KendoItem, column: KendoColumn): boolean {
  if (!grid.options.editable || !column.field) return false;
  if (item.editable && !item.editable(column.field)) return false;
  if (typeof column.editable === 'function') {
    try {
      return !!column.editable(item);
    } catch {
      return false;
    }
  }
  return true;
}

function read(grid: KendoGrid): GridData {
  const columns = formLeaves(grid);
  const rows = items(grid);
  const readOnly: [number, number][] = [];
  rows.forEach((item, r) => {
    columns.forEach(({ column }, c) => {
      if (!editable(grid, item, column)) readOnly.push([r, c]);
    });
  });
  return {
    library: 'kendo',
    headers: bandHeaders(
      columns.map(({ column, bands }) => ({ label: String(column.title ?? column.field), bands })),
    ),
    rows: rows.map((item) => columns.map(({ column }) => plainValue(item.get(column.field as string)))),
    readOnly,
    computed: [],
    merged: [],
    numeric: numericColumns(grid, columns, rows),
    rowIds: rows.map((item) => item.uid),
    colIds: columns.map(({ index }) => String(index)),
  };
}

/**
 * Every `set` makes the grid redraw (13 ms a time on a 10-row grid): the grid's own listener is held
 * off while we set, and the grid redraws once. The page's listeners still hear every change.
 */
function write(grid: KendoGrid, changes: GridChange[]): GridCellResult[] {
  const redraw = typeof grid._refreshHandler === 'function' ? grid._refreshHandler : null;
  if (redraw) grid.dataSource.unbind('change', redraw);
  try {
    return setAll(grid, changes);
  } finally {
    if (redraw) {
      grid.dataSource.bind('change', redraw);
      grid.refresh();
    }
  }
}

function setAll(grid: KendoGrid, changes: GridChange[]): GridCellResult[] {
  const columns = formLeaves(grid);
  const rows = items(grid);
  const numeric = numericColumns(grid, columns, rows);
  return changes.map(([r, c, text]) => {
    const item = rows[r];
    const column = columns[c]?.column;
    if (!item || !column?.field) return notWritten(null, 'no such cell');
    const before = plainValue(item.get(column.field));
    if (!editable(grid, item, column)) return notWritten(before, 'read-only');
    item.set(column.field, typedValue(text, numeric[c]));
    return { value: plainValue(item.get(column.field)), before };
  });
}

function instances(win: KendoWindow): KendoGrid[] {
  const $ = win.jQuery ?? win.kendo?.jQuery;
  if (!$) return [];
  return Array.from(win.document.querySelectorAll(KENDO_ROOT))
    .map((el) => $(el).data('kendoGrid'))
    .filter(isGrid);
}

export const kendoPage: PageGridAdapter<KendoGrid> = {
  library: 'kendo',
  rootSelector: KENDO_ROOT,
  find: (win) => instances(win as KendoWindow),
  accepts: isGrid,
  root: (grid) => grid.element[0] ?? null,
  alive: (grid) => grid.element[0]?.isConnected === true,
  size: (grid) => ({ rows: items(grid).length, cols: formLeaves(grid).length }),
  read,
  write,
  onChange(grid, callback) {
    const source = grid.dataSource;
    source.bind('change', callback);
    return () => source.unbind('change', callback);
  },
  // each redraw makes new row elements: marks go on again
  onRender(grid, callback) {
    grid.bind('dataBound', callback);
    return () => grid.unbind('dataBound', callback);
  },
};
