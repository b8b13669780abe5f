import { z } from 'zod/mini';
import { lazy } from '../lazy';

// The CustomEvent protocol between the content script and the grid bridge in the page's main world.
// It speaks of headers, rows and cells, never of one grid library: each library's page adapter
// (lib/table/grids/*.page.ts) fills the same shapes. Details travel as JSON strings (they cross
// worlds; Firefox would otherwise need cloneInto). Replies come from the page, which the extension
// does not trust: the content side validates them with these schemas.

export const REQUEST_EVENT = 'tlbc:grid-request';
export const REPLY_EVENT = 'tlbc:grid-reply';
/** Dispatched by the bridge on a grid's root when the library says its data changed (not our writes). */
export const CHANGED_EVENT = 'tlbc:grid-changed';
/** Dispatched on a grid's root when the library drew other rows (scrolling a virtualised grid): re-mark. */
export const RENDERED_EVENT = 'tlbc:grid-rendered';
/** Set by the bridge on each grid's root element: the grid's id in this protocol. */
export const GRID_ATTR = 'data-tlbc-grid';
/** Source passed to the library's write call, so the page's hooks can tell our writes from the user's. */
export const WRITE_SOURCE = 'tlbc';

/** One cell to write: the grid's row and column (as read), and the text the draft holds. */
export type GridChange = [row: number, col: number, value: string];

export type GridRequest =
  | { id: string; op: 'list' }
  | { id: string; op: 'read'; grid: string }
  | { id: string; op: 'write'; grid: string; changes: GridChange[] };

// Built on first use (lib/lazy.ts): most report pages have no widget grid and never validate a reply.
export const GridValue = lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const GridSummary = lazy(() =>
  z.object({
    id: z.string(),
    /** The page adapter that found it (lib/table/grids/page-adapters.ts), e.g. 'handsontable'. */
    library: z.string(),
    rows: z.number(),
    cols: z.number(),
  }),
);
export const GridList = lazy(() => z.object({ grids: z.array(GridSummary()) }));

/**
 * One header cell over `span` columns. Each header row covers every column left to right; a blank
 * label continues the labelled cell over the same columns above it or, failing that, below it (a
 * leaf header that spans rows, however the library draws it).
 */
export const HeaderCell = lazy(() => z.object({ label: z.string(), span: z.number() }));

export const MergedCell = lazy(() =>
  z.object({
    row: z.number(),
    col: z.number(),
    rowspan: z.number(),
    colspan: z.number(),
  }),
);

const Cell = lazy(() => z.tuple([z.number(), z.number()]));

export const GridData = lazy(() =>
  z.object({
    library: z.string(),
    /** Header rows top to bottom: groups, leaves, and the column-numbering row when it is a header. */
    headers: z.array(z.array(HeaderCell())),
    /** Rows × columns as shown (sorted, filtered, pinned rows first); form columns only, no row numbers. */
    rows: z.array(z.array(GridValue())),
    /** [row, col] of every cell the user cannot type into. */
    readOnly: z.array(Cell()),
    /** [row, col] of cells the grid computes itself (formulas, value getters); read-only as well. */
    computed: z.array(Cell()),
    merged: z.array(MergedCell()),
    /** Per column: the library keeps numbers there (write JS numbers, never text). */
    numeric: z.array(z.boolean()),
    /** The library's own ids of rows and columns, where its markup carries them (to find rendered cells). */
    rowIds: z.optional(z.array(z.string())),
    colIds: z.optional(z.array(z.string())),
  }),
);

export const GridCellResult = lazy(() =>
  z.object({
    /** What the library's model holds for the cell after the write. */
    value: GridValue(),
    /** What it held before (undo restores it). */
    before: GridValue(),
    /** Why the cell was not written (read-only, no such cell, the library refused). */
    error: z.optional(z.string()),
  }),
);
export const GridWriteResult = lazy(() => z.object({ cells: z.array(GridCellResult()) }));

export const GridReply = lazy(() =>
  z.union([
    z.object({ id: z.string(), ok: z.literal(true), result: z.unknown() }),
    z.object({ id: z.string(), ok: z.literal(false), error: z.string() }),
  ]),
);

export type GridValue = z.infer<ReturnType<typeof GridValue>>;
export type GridSummary = z.infer<ReturnType<typeof GridSummary>>;
export type HeaderCell = z.infer<ReturnType<typeof HeaderCell>>;
export type MergedCell = z.infer<ReturnType<typeof MergedCell>>;
export type GridData = z.infer<ReturnType<typeof GridData>>;
export type GridCellResult = z.infer<ReturnType<typeof GridCellResult>>;
export type GridWriteResult = z.infer<ReturnType<typeof GridWriteResult>>;
export type GridReply = z.infer<ReturnType<typeof GridReply>>;
