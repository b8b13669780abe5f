import { formatNumber } from '../numbers';
import { type BuiltTable, buildModel } from './build-model';
import { adapterByLibrary, findWidgetRoots, unreachableGrid } from './grids';
import { headerSource } from './grids/headers';
import { layoutGrid, type SourceCell } from './source';
import type { Unsupported } from './unsupported';
import {
  GRID_ATTR,
  type GridCellResult,
  type GridChange,
  GridData,
  GridList,
  GridReply,
  type GridRequest,
  type GridSummary,
  type GridValue,
  GridWriteResult,
  REPLY_EVENT,
  REQUEST_EVENT,
} from './widget-protocol';

// Content-script side of the widget-grid bridge: sends requests as CustomEvents, waits for the reply
// with the same id (or times out), and turns a grid's data and headers into the TableModel.

const DEFAULT_TIMEOUT_MS = 1500;

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
export type GridRequestBody = Distribute<GridRequest>;

export interface GridBridge {
  list(): Promise<GridSummary[]>;
  read(grid: string): Promise<GridData>;
  write(grid: string, changes: GridChange[]): Promise<GridCellResult[]>;
}

export class BridgeError extends Error {}

let counter = 0;

/** Talks to the bridge injected in `doc`'s page (inject-bridge.ts puts it there). */
export function createGridBridge(doc: Document, timeoutMs = DEFAULT_TIMEOUT_MS): GridBridge {
  const send = (body: GridRequestBody): Promise<unknown> => {
    counter += 1;
    const id = `${Date.now().toString(36)}-${counter}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        doc.removeEventListener(REPLY_EVENT, onReply);
        reject(new BridgeError(`grid bridge did not answer ${body.op}`));
      }, timeoutMs);
      function onReply(event: Event) {
        const detail = (event as CustomEvent).detail;
        if (typeof detail !== 'string') return;
        let reply: GridReply;
        try {
          const parsed = GridReply().safeParse(JSON.parse(detail));
          if (!parsed.success) return;
          reply = parsed.data;
        } catch {
          return;
        }
        if (reply.id !== id) return;
        clearTimeout(timer);
        doc.removeEventListener(REPLY_EVENT, onReply);
        if (reply.ok) resolve(reply.result);
        else reject(new BridgeError(reply.error));
      }
      doc.addEventListener(REPLY_EVENT, onReply);
      doc.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail: JSON.stringify({ ...body, id }) }));
    });
  };
  const parse = <T>(schema: { parse(v: unknown): T }, value: unknown): T => {
    try {
      return schema.parse(value);
    } catch {
      throw new BridgeError('grid bridge answered in an unexpected shape');
    }
  };
  return {
    list: async () => parse(GridList(), await send({ op: 'list' })).grids,
    read: async (grid) => parse(GridData(), await send({ op: 'read', grid })),
    write: async (grid, changes) =>
      parse(GridWriteResult(), await send({ op: 'write', grid, changes })).cells,
  };
}

/** A grid value as text in Vietnamese notation (numbers stored as numbers become "1.234"). */
export function gridText(value: GridValue): string {
  if (value === null) return '';
  // most cells hold small counts: no grouping to do
  if (typeof value === 'number')
    return value >= 0 && value < 1000 && Number.isInteger(value) ? String(value) : formatNumber(value);
  return String(value);
}

/** Grid data → TableModel; every cell addressed by the grid's visual (row, col). */
export function buildWidgetModel(grid: string, data: GridData): BuiltTable {
  const readOnly = new Set([...data.readOnly, ...data.computed].map(([r, c]) => `${r}:${c}`));
  const merged = new Map(data.merged.map((m) => [`${m.row}:${m.col}`, m]));
  const covered = new Set<string>();
  for (const m of data.merged) {
    for (let r = m.row; r < m.row + m.rowspan; r++)
      for (let c = m.col; c < m.col + m.colspan; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }
  const adapter = adapterByLibrary(data.library);
  const head = (adapter?.headerRows ?? headerSource)(data.headers);
  const body = data.rows.map((line, row) => {
    const cells: SourceCell[] = [];
    line.forEach((value, col) => {
      const key = `${row}:${col}`;
      if (covered.has(key)) return;
      const m = merged.get(key);
      const at = { row, col, rowId: data.rowIds?.[row], colId: data.colIds?.[col] };
      const editable = !readOnly.has(key) && !m;
      cells.push({
        text: gridText(value),
        value: typeof value === 'number' && Number.isFinite(value) ? value : undefined,
        header: false,
        rowSpan: m?.rowspan ?? 1,
        colSpan: m?.colspan ?? 1,
        editable,
        col,
        handle: editable ? { kind: 'widget', cell: null, grid, ...at } : { kind: 'static', cell: null, at },
      });
    });
    return cells;
  });
  return buildModel(layoutGrid([...head, ...body]), {
    source: 'widget',
    headerRows: head.length || undefined,
  });
}

export interface WidgetTable extends BuiltTable {
  root: Element | null;
  grid: string;
  library: string;
}

/** Reads one grid through the bridge. */
export async function readWidgetGrid(bridge: GridBridge, doc: Document, grid: string): Promise<WidgetTable> {
  const data = await bridge.read(grid);
  const root = doc.querySelector(`[${GRID_ATTR}="${CSS.escape(grid)}"]`);
  return { ...buildWidgetModel(grid, data), root, grid, library: data.library };
}

/**
 * Every widget grid of the page read through the bridge, and a reason when a grid is on the page but
 * the bridge cannot reach it (not answering, or answering for fewer grids than the page shows).
 */
export async function readWidgetGrids(
  bridge: GridBridge,
  doc: Document,
): Promise<{ tables: WidgetTable[]; unsupported: Unsupported | null }> {
  const roots = findWidgetRoots(doc);
  if (roots.length === 0) return { tables: [], unsupported: null };
  let grids: GridSummary[];
  try {
    grids = await bridge.list();
  } catch {
    return { tables: [], unsupported: unreachableGrid(roots[0]) };
  }
  const tables: WidgetTable[] = [];
  for (const summary of grids) {
    try {
      tables.push(await readWidgetGrid(bridge, doc, summary.id));
    } catch {
      // counted below as unreachable
    }
  }
  const missed = roots.find((root) => !root.hasAttribute(GRID_ATTR));
  const unreached = missed !== undefined || tables.length < grids.length || tables.length === 0;
  return { tables, unsupported: unreached ? unreachableGrid(missed ?? roots[0]) : null };
}
