import { z } from 'zod/mini';

// The TableModel of design.md §1: what a report table is, independent of the DOM. Every page reader
// (HTML table, ARIA grid, click-to-edit grid, widget grid, iframe) produces this one shape (a
// spreadsheet import builds draft rows, then a model from them: drafts/import/preview-model.ts). Handles
// back to the page's elements are kept apart (CellHandle[][] beside the model), so the model stays
// plain data that tests can build by hand.

/** How a cell's raw text parsed (lib/numbers). */
export const NumberParse = z.enum(['empty', 'number', 'ambiguous', 'invalid']);

export const Cell = z.object({
  /** Text as shown or typed, unmodified. */
  raw: z.string(),
  /** Parsed value in Vietnamese notation; null when empty, ambiguous or unreadable. */
  value: z.nullable(z.number()),
  parse: NumberParse,
  /** The user can type here (an input, a contenteditable, a click-to-edit grid cell). */
  editable: z.boolean(),
  /** The page computes this cell itself (read-only inside an otherwise editable row). */
  computed: z.optional(z.boolean()),
});

export const HeaderNode = z.object({
  label: z.string(),
  /** First leaf column (0-based position in `columns`) and how many leaves it spans. */
  start: z.number(),
  span: z.number(),
  get children() {
    return z.array(HeaderNode);
  },
});

export const Column = z.object({
  /** 0-based position among the table's columns. */
  index: z.number(),
  /** The form's column number from the numbering row ("1 2 3 … 13"), or position + 1 without one. */
  number: z.number(),
  /** Header labels from the top row down to this leaf, NFC and trimmed. */
  path: z.array(z.string()),
});

export const RowKind = z.enum(['data', 'group', 'subtotal', 'total']);

export const Row = z.object({
  /** 0-based position among body rows. */
  index: z.number(),
  /** The row's label as shown (field name, group heading, "Tổng số"), NFC, trimmed. */
  label: z.string(),
  /** STT / TT as shown ("1", "I", "a"), empty when none. */
  stt: z.string(),
  kind: RowKind,
  /** Index of the group-heading row this row belongs to, when the table has level groups. */
  group: z.optional(z.number()),
  /** One cell per column, aligned with `columns`. */
  cells: z.array(Cell),
});

export const TableModel = z.object({
  source: z.enum(['html', 'aria', 'widget']),
  columns: z.array(Column),
  headers: z.array(HeaderNode),
  /** Position of the column holding row labels (field names). */
  labelColumn: z.number(),
  /** Position of the row-number column (STT), when the table has one (lib/table/row-number.ts). */
  rowNumberColumn: z.optional(z.number()),
  rows: z.array(Row),
});

export type NumberParse = z.infer<typeof NumberParse>;
export type Cell = z.infer<typeof Cell>;
export type HeaderNode = z.infer<typeof HeaderNode>;
export type Column = z.infer<typeof Column>;
export type RowKind = z.infer<typeof RowKind>;
export type Row = z.infer<typeof Row>;
export type TableModel = z.infer<typeof TableModel>;

/** Column position for a form column number, or -1. */
export function columnByNumber(model: TableModel, number: number): number {
  return model.columns.findIndex((c) => c.number === number);
}
