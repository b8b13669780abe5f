import type { GridCellResult, GridChange, GridData, GridValue, HeaderCell } from '../widget-protocol';
import { WRITE_SOURCE } from '../widget-protocol';
import { AG_GRID_ROOT } from './ag-grid';
import {
  hasMethods,
  notWritten,
  numericColumn,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';

// AG Grid (community), page side, through its public GridApi. Instances are found from the grid's own
// DOM (AG Grid keeps its row and header controllers on their elements, each knowing its grid's beans)
// and from page variables holding the api; `api.getGridElement()` leads back to the root.

interface ColDef {
  field?: string;
  valueGetter?: unknown;
  valueSetter?: unknown;
  cellDataType?: unknown;
  type?: string | string[];
  cellEditor?: unknown;
  checkboxSelection?: unknown;
}
interface Column {
  getColId(): string;
  getColDef(): ColDef;
  getParent(): ColumnGroup | null;
  isCellEditable(node: RowNode): boolean;
}
interface ColumnGroup {
  isPadding(): boolean;
  getParent(): ColumnGroup | null;
}
interface RowNode {
  id?: string;
  rowIndex: number | null;
  rowPinned?: 'top' | 'bottom' | null;
  group?: boolean;
  setDataValue(colKey: string, value: unknown, eventSource?: string): boolean;
}
interface GridApi {
  isDestroyed(): boolean;
  getGridElement?(): Element | undefined;
  getAllDisplayedColumns(): Column[];
  getDisplayNameForColumn(column: Column, location: string): string;
  getDisplayNameForColumnGroup(group: ColumnGroup, location: string): string;
  getDisplayedRowCount(): number;
  getDisplayedRowAtIndex(index: number): RowNode | undefined;
  getPinnedTopRowCount(): number;
  getPinnedTopRow(index: number): RowNode | undefined;
  getPinnedBottomRowCount(): number;
  getPinnedBottomRow(index: number): RowNode | undefined;
  getCellValue(params: { rowNode: RowNode; colKey: string | Column }): unknown;
  addEventListener(type: string, listener: (event: { source?: string }) => void): void;
  removeEventListener(type: string, listener: (event: { source?: string }) => void): void;
}

const isApi = (value: unknown): value is GridApi =>
  hasMethods<GridApi>(
    value,
    'getAllDisplayedColumns',
    'getDisplayedRowAtIndex',
    'getCellValue',
    'isDestroyed',
  );

/** The api behind a root, from the controllers AG Grid keeps on its elements (`el.__AG_0.123 = {…}`). */
function apiOf(root: Element): GridApi | null {
  const probes = root.querySelectorAll('.ag-header-cell, .ag-row, .ag-cell');
  for (let i = 0; i < Math.min(probes.length, 8); i++) {
    const el = probes[i] as unknown as Record<string, unknown>;
    for (const key of Object.keys(el)) {
      if (!key.startsWith('__AG_')) continue;
      const data = el[key];
      if (!data || typeof data !== 'object') continue;
      for (const ctrl of Object.values(data)) {
        const api = (ctrl as { beans?: { gridApi?: unknown } } | null)?.beans?.gridApi;
        if (isApi(api)) return api;
      }
    }
  }
  return null;
}

/** Library-owned columns (selection checkboxes, row numbers, auto group) and action columns. */
function isFormColumn(col: Column): boolean {
  if (col.getColId().startsWith('ag-Grid-')) return false;
  const def = col.getColDef();
  if (def.checkboxSelection) return false;
  return typeof def.field === 'string' || def.valueGetter !== undefined;
}

function columns(api: GridApi): Column[] {
  return api.getAllDisplayedColumns().filter(isFormColumn);
}

function rowNodes(api: GridApi): RowNode[] {
  const out: RowNode[] = [];
  const push = (node: RowNode | undefined) => {
    if (node && !node.group) out.push(node);
  };
  for (let i = 0; i < api.getPinnedTopRowCount(); i++) push(api.getPinnedTopRow(i));
  for (let i = 0; i < api.getDisplayedRowCount(); i++) push(api.getDisplayedRowAtIndex(i));
  for (let i = 0; i < api.getPinnedBottomRowCount(); i++) push(api.getPinnedBottomRow(i));
  return out;
}

/** The id AG Grid's markup gives the row (`row-index`): "t-0" and "b-0" for pinned rows. */
function rowId(node: RowNode): string {
  const index = String(node.rowIndex ?? '');
  return node.rowPinned ? `${node.rowPinned[0]}-${index}` : index;
}

/** Group rows above the leaves (AG Grid pads every column to the same depth), then the leaves. */
function headers(api: GridApi, cols: Column[]): HeaderCell[][] {
  const chains = cols.map((col) => {
    const chain: ColumnGroup[] = [];
    for (let g = col.getParent(); g; g = g.getParent()) chain.unshift(g);
    return chain;
  });
  const depth = chains.reduce((d, chain) => Math.max(d, chain.length), 0);
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    let last: ColumnGroup | null = null;
    chains.forEach((chain) => {
      const group = chain[level - (depth - chain.length)] ?? null;
      if (group && group === last) {
        row[row.length - 1].span += 1;
        return;
      }
      last = group;
      const label = group && !group.isPadding() ? api.getDisplayNameForColumnGroup(group, 'header') : '';
      row.push({ label: label ?? '', span: 1 });
    });
    rows.push(row);
  }
  rows.push(cols.map((col) => ({ label: api.getDisplayNameForColumn(col, 'header') ?? '', span: 1 })));
  return rows;
}

function isNumericDef(def: ColDef): boolean {
  const types = Array.isArray(def.type) ? def.type : def.type ? [def.type] : [];
  return (
    def.cellDataType === 'number' ||
    types.includes('numericColumn') ||
    def.cellEditor === 'agNumberCellEditor'
  );
}

function read(api: GridApi): GridData {
  const cols = columns(api);
  const nodes = rowNodes(api);
  const readOnly: [number, number][] = [];
  const computed: [number, number][] = [];
  const rows = nodes.map((node, r) =>
    cols.map((col, c) => {
      const value = plainValue(api.getCellValue({ rowNode: node, colKey: col }));
      const def = col.getColDef();
      if (def.valueGetter !== undefined && def.valueSetter === undefined) computed.push([r, c]);
      else if (!col.isCellEditable(node)) readOnly.push([r, c]);
      return value;
    }),
  );
  const numeric = cols.map((col, c) =>
    numericColumn(
      isNumericDef(col.getColDef()),
      rows.map((row) => row[c]),
    ),
  );
  return {
    library: 'ag-grid',
    headers: headers(api, cols),
    rows,
    readOnly,
    computed,
    merged: [],
    numeric,
    rowIds: nodes.map(rowId),
    colIds: cols.map((col) => col.getColId()),
  };
}

function write(api: GridApi, changes: GridChange[]): GridCellResult[] {
  const cols = columns(api);
  const nodes = rowNodes(api);
  const numeric = new Map<number, boolean>();
  const isNumeric = (c: number) => {
    let known = numeric.get(c);
    if (known === undefined) {
      const col = cols[c];
      known =
        isNumericDef(col.getColDef()) ||
        numericColumn(
          false,
          nodes.map((rowNode) => api.getCellValue({ rowNode, colKey: col })),
        );
      numeric.set(c, known);
    }
    return known;
  };
  return changes.map(([r, c, text]) => {
    const node = nodes[r];
    const col = cols[c];
    if (!node || !col) return notWritten(null, 'no such cell');
    const value = (): GridValue => plainValue(api.getCellValue({ rowNode: node, colKey: col }));
    const before = value();
    if (!col.isCellEditable(node)) return notWritten(before, 'read-only');
    // setDataValue runs the column's valueSetter and fires cellValueChanged, as an edit would
    node.setDataValue(col.getColId(), typedValue(text, isNumeric(c)), WRITE_SOURCE);
    return { value: value(), before };
  });
}

/** The rows or columns drawn changed (AG Grid draws only what is in view). */
const RENDER_EVENTS = ['viewportChanged', 'virtualColumnsChanged'];

const CHANGE_EVENTS = [
  'cellValueChanged',
  'rowDataUpdated',
  'pinnedRowDataChanged',
  'modelUpdated',
  'gridPreDestroyed',
];

export const agGridPage: PageGridAdapter<GridApi> = {
  library: 'ag-grid',
  rootSelector: AG_GRID_ROOT,
  find: (win) =>
    Array.from(win.document.querySelectorAll(AG_GRID_ROOT))
      .map(apiOf)
      .filter((api): api is GridApi => api !== null),
  accepts: isApi,
  root(api) {
    const el = api.getGridElement?.();
    if (!el) return null;
    const root = el.matches(AG_GRID_ROOT) ? el : el.querySelector(AG_GRID_ROOT);
    return root && !root.parentElement?.closest(AG_GRID_ROOT) ? root : null;
  },
  alive: (api) => !api.isDestroyed() && (api.getGridElement?.()?.isConnected ?? false),
  size: (api) => ({ rows: rowNodes(api).length, cols: columns(api).length }),
  read,
  write,
  onRender(api, callback) {
    const listener = () => callback();
    for (const type of RENDER_EVENTS) api.addEventListener(type, listener);
    return () => {
      for (const type of RENDER_EVENTS) if (!api.isDestroyed()) api.removeEventListener(type, listener);
    };
  },
  onChange(api, callback) {
    const listener = (event: { source?: string }) => {
      if (event.source !== WRITE_SOURCE) callback();
    };
    for (const type of CHANGE_EVENTS) api.addEventListener(type, listener);
    return () => {
      for (const type of CHANGE_EVENTS) if (!api.isDestroyed()) api.removeEventListener(type, listener);
    };
  },
};
