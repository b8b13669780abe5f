import { formatNumber } from '../numbers';
import { type BuiltTable, buildModel } from './build-model';
import { layoutGrid, type SourceCell } from './source';
import { UNREACHABLE_WIDGET, type Unsupported } from './unsupported';
import { findWidgetRoots } from './widget-dom';
import {
  GRID_ATTR,
  GridData,
  GridList,
  GridReply,
  type GridRequest,
  type GridSummary,
  type GridValue,
  GridWriteResult,
  type HeaderCell,
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
  write(grid: string, changes: [row: number, col: number, value: string][]): Promise<GridValue[]>;
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
          const parsed = GridReply.safeParse(JSON.parse(detail));
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
    list: async () => parse(GridList, await send({ op: 'list' })).grids,
    read: async (grid) => parse(GridData, await send({ op: 'read', grid })),
    write: async (grid, changes) => parse(GridWriteResult, await send({ op: 'write', grid, changes })).values,
  };
}

/** A grid value as text in Vietnamese notation (numbers stored as numbers become "1.234"). */
export function gridText(value: GridValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

function headerLabel(cell: HeaderCell): { label: string; span: number } {
  return typeof cell === 'string' ? { label: cell, span: 1 } : { label: cell.label, span: cell.colspan ?? 1 };
}

/**
 * Header rows from nestedHeaders: a blank cell right under a cell of the same columns continues that
 * cell downwards (Handsontable has no rowspan in headers; pages leave the lower cell blank).
 */
function headerRows(nested: HeaderCell[][]): SourceCell[][] {
  const rows: SourceCell[][] = [];
  const above = new Map<string, SourceCell>();
  for (const line of nested) {
    const row: SourceCell[] = [];
    const here = new Map<string, SourceCell>();
    let col = 0;
    for (const raw of line) {
      const { label, span } = headerLabel(raw);
      const key = `${col}:${span}`;
      const upper = above.get(key);
      if (label.trim() === '' && upper) {
        upper.rowSpan += 1;
        here.set(key, upper);
      } else {
        const cell: SourceCell = {
          text: label,
          header: true,
          rowSpan: 1,
          colSpan: span,
          editable: false,
          col,
          handle: { kind: 'static', cell: null },
        };
        row.push(cell);
        here.set(key, cell);
      }
      col += span;
    }
    rows.push(row);
    above.clear();
    for (const [k, v] of here) above.set(k, v);
  }
  return rows;
}

/** Grid data → TableModel; every cell addressed by the grid's visual (row, col). */
export function buildWidgetModel(grid: string, data: GridData): BuiltTable {
  const readOnly = new Set(data.readOnly.map(([r, c]) => `${r}:${c}`));
  const merged = new Map(data.merged.map((m) => [`${m.row}:${m.col}`, m]));
  const covered = new Set<string>();
  for (const m of data.merged) {
    for (let r = m.row; r < m.row + m.rowspan; r++)
      for (let c = m.col; c < m.col + m.colspan; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }
  const head = data.nestedHeaders
    ? headerRows(data.nestedHeaders)
    : data.colHeaders
      ? headerRows([data.colHeaders])
      : [];
  const body = data.data.map((line, row) => {
    const cells: SourceCell[] = [];
    line.forEach((value, col) => {
      const key = `${row}:${col}`;
      if (covered.has(key)) return;
      const m = merged.get(key);
      const editable = !readOnly.has(key) && !m;
      cells.push({
        text: gridText(value),
        header: false,
        rowSpan: m?.rowspan ?? 1,
        colSpan: m?.colspan ?? 1,
        editable,
        col,
        handle: editable ? { kind: 'widget', cell: null, grid, row, col } : { kind: 'static', cell: null },
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
}

/** Reads one grid through the bridge. */
export async function readWidgetGrid(bridge: GridBridge, doc: Document, grid: string): Promise<WidgetTable> {
  const data = await bridge.read(grid);
  const root = doc.querySelector(`[${GRID_ATTR}="${CSS.escape(grid)}"]`);
  return { ...buildWidgetModel(grid, data), root, grid };
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
    return { tables: [], unsupported: UNREACHABLE_WIDGET };
  }
  const tables: WidgetTable[] = [];
  for (const summary of grids) {
    try {
      tables.push(await readWidgetGrid(bridge, doc, summary.id));
    } catch {
      // counted below as unreachable
    }
  }
  const unreached = roots.some((root) => !root.hasAttribute(GRID_ATTR)) || tables.length < grids.length;
  return { tables, unsupported: unreached || tables.length === 0 ? UNREACHABLE_WIDGET : null };
}
