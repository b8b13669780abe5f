import type { GridCellResult, GridChange, GridData, HeaderCell, MergedCell } from '../widget-protocol';
import { JSPREADSHEET_ROOT } from './jspreadsheet';
import {
  hasMethods,
  isElement,
  notWritten,
  numericColumn,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';

// jspreadsheet CE, page side. Each worksheet element links its instance (`el.jspreadsheet`, v4's
// `el.jexcel`). Its data excludes the row-number column by construction; its own column letters
// (A, B, C when a column has no title) are not form headers. Writes are one setValue call (one
// history entry, the sheet's onchange/onafterchanges run); empty is '' (null means "same as before"
// in a setValue list).

interface JssColumn {
  title?: string;
  type?: string | object;
}

interface Worksheet {
  element: Element;
  options: {
    columns?: JssColumn[];
    nestedHeaders?: { title?: string; colspan?: number | string }[][];
    data?: unknown[][];
  };
  getData(highlighted?: boolean, processed?: boolean): unknown[][];
  getValueFromCoords(x: number, y: number, processed?: boolean): unknown;
  setValue?(cells: { x: number; y: number; value: unknown }[], value?: unknown, force?: boolean): void;
  setValueFromCoords(x: number, y: number, value: unknown, force?: boolean): void;
  isReadOnly?(x: number, y: number): boolean;
  getMerge?(): Record<string, [number, number]> | null;
  parent?: { config?: Record<string, unknown> };
}

type JssElement = Element & { jspreadsheet?: unknown; jssWorksheet?: unknown; jexcel?: unknown };

const isWorksheet = (value: unknown): value is Worksheet => {
  return (
    hasMethods<Worksheet>(value, 'getValueFromCoords', 'setValueFromCoords', 'getData') &&
    isElement(value.element) &&
    !!value.options
  );
};

function columnCount(ws: Worksheet, rows: unknown[][]): number {
  return Math.max(ws.options.columns?.length ?? 0, ...rows.map((r) => r.length), 0);
}

function headers(ws: Worksheet, cols: number): HeaderCell[][] {
  const out: HeaderCell[][] = [];
  for (const line of ws.options.nestedHeaders ?? []) {
    const row: HeaderCell[] = [];
    let covered = 0;
    for (const cell of line ?? []) {
      const span = Math.max(1, Number(cell?.colspan) || 1);
      row.push({ label: String(cell?.title ?? ''), span: Math.min(span, Math.max(1, cols - covered)) });
      covered += span;
      if (covered >= cols) break;
    }
    for (; covered < cols; covered++) row.push({ label: '', span: 1 });
    if (row.length) out.push(row);
  }
  const columns = ws.options.columns ?? [];
  // untitled columns show the sheet's letters: not the form's
  if (columns.some((c) => typeof c?.title === 'string' && c.title !== ''))
    out.push(Array.from({ length: cols }, (_, c) => ({ label: String(columns[c]?.title ?? ''), span: 1 })));
  return out;
}

const numericType = (type: JssColumn['type']) =>
  type === 'numeric' || type === 'number' || type === 'percent';

/** "B3" → [1, 2]. */
function coords(name: string): [number, number] | null {
  const m = /^([A-Z]+)(\d+)$/i.exec(name);
  if (!m) return null;
  let x = 0;
  for (const ch of m[1].toUpperCase()) x = x * 26 + (ch.charCodeAt(0) - 64);
  return [x - 1, Number(m[2]) - 1];
}

function merged(ws: Worksheet): MergedCell[] {
  let merges: Record<string, [number, number]> | null | undefined;
  try {
    merges = ws.getMerge?.();
  } catch {
    merges = null;
  }
  const out: MergedCell[] = [];
  for (const [name, span] of Object.entries(merges ?? {})) {
    const at = coords(name);
    if (at && Array.isArray(span))
      out.push({ row: at[1], col: at[0], colspan: Number(span[0]) || 1, rowspan: Number(span[1]) || 1 });
  }
  return out;
}

const readOnlyAt = (ws: Worksheet, x: number, y: number) => {
  try {
    return ws.isReadOnly?.(x, y) === true;
  } catch {
    return false;
  }
};

function read(ws: Worksheet): GridData {
  const data = ws.getData(false, false) ?? [];
  const cols = columnCount(ws, data);
  const readOnly: [number, number][] = [];
  const computed: [number, number][] = [];
  const rows = data.map((line, y) =>
    Array.from({ length: cols }, (_, x) => {
      const raw = line[x];
      if (typeof raw === 'string' && raw.startsWith('=')) {
        computed.push([y, x]);
        return plainValue(ws.getValueFromCoords(x, y, true));
      }
      if (readOnlyAt(ws, x, y)) readOnly.push([y, x]);
      return plainValue(raw === undefined ? null : raw);
    }),
  );
  const columns = ws.options.columns ?? [];
  return {
    library: 'jspreadsheet',
    headers: headers(ws, cols),
    rows,
    readOnly,
    computed,
    merged: merged(ws),
    numeric: Array.from({ length: cols }, (_, x) =>
      numericColumn(
        numericType(columns[x]?.type),
        data.map((line) => line[x]),
      ),
    ),
  };
}

function write(ws: Worksheet, changes: GridChange[]): GridCellResult[] {
  const data = ws.getData(false, false) ?? [];
  const cols = columnCount(ws, data);
  const columns = ws.options.columns ?? [];
  const before = changes.map(([y, x]) => plainValue(data[y]?.[x] ?? null));
  const refused = new Map<number, string>();
  const cells: { x: number; y: number; value: unknown }[] = [];
  const numeric = new Map<number, boolean>();
  for (const [i, [y, x, text]] of changes.entries()) {
    const formula = typeof data[y]?.[x] === 'string' && String(data[y][x]).startsWith('=');
    if (y >= data.length || x >= cols) refused.set(i, 'no such cell');
    else if (formula || readOnlyAt(ws, x, y)) refused.set(i, 'read-only');
    else {
      if (!numeric.has(x))
        numeric.set(
          x,
          numericColumn(
            numericType(columns[x]?.type),
            data.map((line) => line[x]),
          ),
        );
      cells.push({ x, y, value: typedValue(text, numeric.get(x) === true) ?? '' });
    }
  }
  if (cells.length) {
    if (ws.setValue) ws.setValue(cells);
    else for (const c of cells) ws.setValueFromCoords(c.x, c.y, c.value);
  }
  return changes.map(([y, x], i) => {
    const error = refused.get(i);
    if (error) return notWritten(before[i], error);
    const value = ws.getValueFromCoords(x, y);
    return { value: plainValue(value === '' ? null : value), before: before[i] };
  });
}

function instances(win: Window): Worksheet[] {
  return Array.from(win.document.querySelectorAll<JssElement>(JSPREADSHEET_ROOT))
    .map((el) => el.jspreadsheet ?? el.jssWorksheet ?? el.jexcel)
    .filter(isWorksheet);
}

/** jspreadsheet tells of changes only through its config callbacks: ours runs after the page's. */
const EVENTS = ['onafterchanges', 'onundo', 'onredo', 'oninsertrow', 'ondeleterow', 'onsort'];

export const jspreadsheetPage: PageGridAdapter<Worksheet> = {
  library: 'jspreadsheet',
  rootSelector: JSPREADSHEET_ROOT,
  find: instances,
  accepts: isWorksheet,
  root: (ws) => ws.element,
  alive: (ws) => ws.element.isConnected && (ws.element as JssElement).jspreadsheet !== null,
  size(ws) {
    const data = ws.getData(false, false) ?? [];
    return { rows: data.length, cols: columnCount(ws, data) };
  },
  read,
  write,
  onChange(ws, callback) {
    const config = ws.parent?.config;
    if (!config) return () => {};
    const previous = new Map(EVENTS.map((name) => [name, config[name]]));
    for (const name of EVENTS) {
      const theirs = previous.get(name);
      config[name] = function (this: unknown, ...args: unknown[]) {
        const result = typeof theirs === 'function' ? theirs.apply(this, args) : undefined;
        callback();
        return result;
      };
    }
    return () => {
      for (const name of EVENTS) config[name] = previous.get(name);
    };
  },
};
