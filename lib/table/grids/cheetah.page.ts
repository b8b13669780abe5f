import type { GridCellResult, GridChange, GridData, GridValue } from '../widget-protocol';
import { type BandedLeaf, bandHeaders } from './band-headers';
import { type CellBox, cellBox, layoutTracker, placeCellProxies, proxyLayer } from './canvas-cells';
import { CHEETAH_ROOT } from './cheetah';
import {
  hasMethods,
  isElement,
  notWritten,
  numericColumn,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';

// Cheetah Grid, page side. The library links no instance from the DOM, so only a grid the page keeps
// in a variable is found (else the content side says it cannot be read). Header from its column
// definitions, one form column per leaf, one body row per record; writes go through doChangeValue,
// the path its own editors take (its CHANGED_VALUE listeners run). Drawn on a canvas: proxies over
// the shown cells carry the marks (canvas-cells.ts).

interface HeaderDef {
  caption?: unknown;
  field?: unknown;
  columns?: HeaderDef[];
}

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

type RecordBoolean = boolean | ((record: unknown) => boolean);

interface CheetahGrid {
  getElement(): HTMLElement;
  header: HeaderDef[];
  records: unknown[] | null;
  dataSource: {
    length: number;
    get(index: number): unknown;
    getField(index: number, field: unknown): unknown;
  };
  frozenRowCount: number;
  topRow: number;
  visibleRowCount: number;
  getColumnAction(
    col: number,
    row: number,
  ): { readOnly?: RecordBoolean; disabled?: RecordBoolean } | undefined;
  getColumnType(col: number, row: number): unknown;
  getCellRelativeRect(col: number, row: number): Rect;
  doChangeValue(col: number, row: number, change: (before: unknown) => unknown): unknown;
  invalidate(): void;
  listen(type: string, listener: (...args: unknown[]) => void): number;
  unlisten(id: number): void;
  dispose?(): void;
}

type CheetahWindow = Window & { cheetahGrid?: { columns?: { type?: { NumberColumn?: unknown } } } };

const isGrid = (value: unknown): value is CheetahGrid => {
  if (!hasMethods<CheetahGrid>(value, 'getElement', 'doChangeValue', 'getColumnAction')) return false;
  const el = value.getElement();
  return isElement(el) && el.matches(CHEETAH_ROOT) && Array.isArray(value.header);
};

interface Leaf {
  def: HeaderDef;
  bands: BandedLeaf['bands'];
}

function leaves(grid: CheetahGrid): Leaf[] {
  const out: Leaf[] = [];
  const walk = (defs: HeaderDef[], bands: BandedLeaf['bands']) => {
    for (const def of defs) {
      if (def.columns?.length) walk(def.columns, [...bands, { id: def, label: String(def.caption ?? '') }]);
      else out.push({ def, bands });
    }
  };
  walk(grid.header, []);
  return out;
}

const isPromise = (v: unknown) => typeof (v as { then?: unknown } | null)?.then === 'function';
const cellValue = (v: unknown): GridValue => (isPromise(v) ? null : plainValue(v));

function flag(value: RecordBoolean | undefined, record: unknown): boolean {
  if (typeof value === 'function') {
    try {
      return !!value(record);
    } catch {
      return true;
    }
  }
  return !!value;
}

type Action = ReturnType<CheetahGrid['getColumnAction']>;

const actionOf = (grid: CheetahGrid, col: number): Action => grid.getColumnAction(col, grid.frozenRowCount);

function editable(action: Action, record: unknown): boolean {
  if (!action) return false;
  return !flag(action.readOnly, record) && !flag(action.disabled, record);
}

/** A number column type, or a number editor (InlineInputEditor / SmallDialogInputEditor `type`). */
function isNumeric(grid: CheetahGrid, col: number, win: Window): boolean {
  if ((actionOf(grid, col) as { type?: unknown } | undefined)?.type === 'number') return true;
  const type = grid.getColumnType(col, grid.frozenRowCount) as { format?: unknown } | null;
  const NumberColumn = (win as CheetahWindow).cheetahGrid?.columns?.type?.NumberColumn;
  if (typeof NumberColumn === 'function') return type instanceof NumberColumn;
  return !!type && 'format' in type;
}

const recordCount = (grid: CheetahGrid) => grid.dataSource?.length ?? 0;

function* columnValues(grid: CheetahGrid, def: HeaderDef, count: number): Iterable<unknown> {
  for (let r = 0; r < count; r++) yield grid.dataSource.getField(r, def.field);
}

function read(grid: CheetahGrid, win: Window): GridData {
  const columns = leaves(grid);
  const actions = columns.map((_, c) => actionOf(grid, c));
  const count = recordCount(grid);
  const rows: GridValue[][] = [];
  const readOnly: [number, number][] = [];
  for (let r = 0; r < count; r++) {
    const record = grid.dataSource.get(r);
    rows.push(columns.map(({ def }) => cellValue(grid.dataSource.getField(r, def.field))));
    actions.forEach((action, c) => {
      if (isPromise(record) || !editable(action, record)) readOnly.push([r, c]);
    });
  }
  return {
    library: 'cheetah-grid',
    headers: bandHeaders(columns.map(({ def, bands }) => ({ label: String(def.caption ?? ''), bands }))),
    rows,
    readOnly,
    computed: [],
    merged: [],
    numeric: columns.map((_, c) =>
      numericColumn(
        isNumeric(grid, c, win),
        rows.map((line) => line[c]),
      ),
    ),
  };
}

async function write(grid: CheetahGrid, changes: GridChange[], win: Window): Promise<GridCellResult[]> {
  const columns = leaves(grid);
  const count = recordCount(grid);
  const results: GridCellResult[] = [];
  const numeric = new Map<number, boolean>();
  for (const [r, c, text] of changes) {
    const def = columns[c]?.def;
    if (r >= count || !def) {
      results.push(notWritten(null, 'no such cell'));
      continue;
    }
    const before = cellValue(grid.dataSource.getField(r, def.field));
    if (!editable(actionOf(grid, c), grid.dataSource.get(r))) {
      results.push(notWritten(before, 'read-only'));
      continue;
    }
    if (!numeric.has(c))
      numeric.set(c, numericColumn(isNumeric(grid, c, win), columnValues(grid, def, count)));
    const value = typedValue(text, numeric.get(c) === true);
    await grid.doChangeValue(c, grid.frozenRowCount + r, () => value);
    results.push({ value: cellValue(grid.dataSource.getField(r, def.field)), before });
  }
  grid.invalidate();
  return results;
}

/** Proxies over the body cells the canvas shows now, below the frozen header rows. */
function placeProxies(grid: CheetahGrid): void {
  const root = grid.getElement();
  const canvas = root.querySelector('canvas');
  if (!canvas) return;
  const rootBox = root.getBoundingClientRect();
  const canvasBox = canvas.getBoundingClientRect();
  const dx = canvasBox.left - rootBox.left - root.clientLeft;
  const dy = canvasBox.top - rootBox.top - root.clientTop;
  const header = grid.frozenRowCount;
  const headerBottom = header > 0 ? rectBottom(grid.getCellRelativeRect(0, header - 1)) : 0;
  const cols = leaves(grid).length;
  const count = recordCount(grid);
  const first = Math.max(0, grid.topRow - header);
  const last = Math.min(count - 1, first + grid.visibleRowCount + 1);
  const boxes: CellBox[] = [];
  for (let r = first; r <= last; r++)
    for (let c = 0; c < cols; c++) {
      const rect = grid.getCellRelativeRect(c, header + r);
      if (rect.top < headerBottom || rect.top >= canvasBox.height || rect.left >= canvasBox.width) continue;
      boxes.push(cellBox(r, c, rect, dx, dy));
    }
  placeCellProxies(root, boxes);
}

const rectBottom = (rect: Rect) => rect.top + rect.height;
/** Keeps the proxies over the drawn cells; returns the refresh, which runs on the next frame. */
const trackLayout = layoutTracker<CheetahGrid>(placeProxies, (grid, refresh) => {
  grid.listen('scroll', refresh);
  grid.listen('resize_column', refresh);
});

export const cheetahPage: PageGridAdapter<CheetahGrid> = {
  library: 'cheetah-grid',
  rootSelector: CHEETAH_ROOT,
  // no DOM → instance link in Cheetah Grid: only the page's variables lead to it
  find: () => [],
  accepts: isGrid,
  root: (grid) => grid.getElement(),
  alive: (grid) => grid.getElement().isConnected,
  size: (grid) => ({ rows: recordCount(grid), cols: leaves(grid).length }),
  read(grid) {
    const win = grid.getElement().ownerDocument.defaultView ?? window;
    proxyLayer(grid.getElement());
    trackLayout(grid, win)();
    return read(grid, win);
  },
  write: (grid, changes, win) => write(grid, changes, win),
  onChange(grid, callback) {
    const id = grid.listen('changed_value', callback);
    return () => grid.unlisten(id);
  },
};
