import { z } from 'zod/mini';

// The CustomEvent protocol between the content script and the grid bridge in the page's main world.
// Details travel as JSON strings (they cross worlds; Firefox would otherwise need cloneInto). Replies
// come from the page, which the extension does not trust: the content side validates them.

export const REQUEST_EVENT = 'tlbc:grid-request';
export const REPLY_EVENT = 'tlbc:grid-reply';
/** Set by the bridge on each grid's root element: the grid's id in this protocol. */
export const GRID_ATTR = 'data-tlbc-grid';
/** Source passed to setDataAtCell, so the page's hooks can tell our writes from the user's. */
export const WRITE_SOURCE = 'tlbc';

export type GridRequest =
  | { id: string; op: 'list' }
  | { id: string; op: 'read'; grid: string }
  | { id: string; op: 'write'; grid: string; changes: [row: number, col: number, value: string][] };

export const GridValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const GridSummary = z.object({ id: z.string(), rows: z.number(), cols: z.number() });
export const GridList = z.object({ grids: z.array(GridSummary) });

export const HeaderCell = z.union([
  z.string(),
  z.object({ label: z.string(), colspan: z.optional(z.number()) }),
]);

export const MergedCell = z.object({
  row: z.number(),
  col: z.number(),
  rowspan: z.number(),
  colspan: z.number(),
});

export const GridData = z.object({
  /** Visual rows × columns, as getData() returns them. */
  data: z.array(z.array(GridValue)),
  /** colHeaders when the page set them as labels (not Handsontable's default A, B, C). */
  colHeaders: z.nullable(z.array(z.string())),
  nestedHeaders: z.nullable(z.array(z.array(HeaderCell))),
  /** [row, col] of every read-only cell. */
  readOnly: z.array(z.tuple([z.number(), z.number()])),
  merged: z.array(MergedCell),
});

export const GridWriteResult = z.object({
  /** Each change's cell value read back after the write. */
  values: z.array(GridValue),
});

export const GridReply = z.union([
  z.object({ id: z.string(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.string(), ok: z.literal(false), error: z.string() }),
]);

export type GridValue = z.infer<typeof GridValue>;
export type GridSummary = z.infer<typeof GridSummary>;
export type HeaderCell = z.infer<typeof HeaderCell>;
export type MergedCell = z.infer<typeof MergedCell>;
export type GridData = z.infer<typeof GridData>;
export type GridWriteResult = z.infer<typeof GridWriteResult>;
export type GridReply = z.infer<typeof GridReply>;
