import { z } from 'zod/mini';

// FormDef (design.md §1): a form is data, validated, versioned by its legal basis. Known columns and
// relations exist only where the structure is confirmed (II.06a / II.06); other codes are known by
// name and checked generically from the page's own header nesting.

export const Severity = z.enum(['error', 'warning', 'info']);

export const FormColumn = z.object({
  number: z.number(),
  key: z.string(),
  /** Leaf header as printed on the form. */
  header: z.string(),
  /** Header group above the leaf ("Số hồ sơ nhận giải quyết"), if any. */
  group: z.optional(z.string()),
  /** Other wordings of the leaf header seen in renderings of the same form ("TT" for STT). */
  aliases: z.optional(z.array(z.string())),
  /** Other wordings of the group ("Tiếp nhận" for "Số hồ sơ nhận giải quyết"). */
  groupAliases: z.optional(z.array(z.string())),
});

export const Relation = z.discriminatedUnion('kind', [
  /** total column = Σ part columns, in every row (R1–R3). */
  z.object({
    id: z.string(),
    kind: z.literal('sum'),
    total: z.number(),
    parts: z.array(z.number()),
    severity: Severity,
  }),
  /** total column = Σ parts, a gap is expected sometimes (R4): warning with the gap. */
  z.object({
    id: z.string(),
    kind: z.literal('balance'),
    total: z.number(),
    parts: z.array(z.number()),
    severity: Severity,
  }),
  /** total row = Σ data rows; subtotal = Σ its group (R6). */
  z.object({ id: z.string(), kind: z.literal('total-row'), severity: Severity }),
  /** column of this period = another column of the previous period's draft (R7). */
  z.object({
    id: z.string(),
    kind: z.literal('carry-over'),
    column: z.number(),
    previousColumn: z.number(),
    severity: Severity,
  }),
  /** aggregate cell = Σ the same cell of the lower units' drafts of `of` (A1). */
  z.object({ id: z.string(), kind: z.literal('aggregate'), of: z.string(), severity: Severity }),
]);

export const RowGroup = z.object({
  key: z.string(),
  /** Heading labels that open this group, as printed in the renderings seen. */
  labels: z.array(z.string()),
});

/** The dossier figures an II.01-ĐC outline quotes, by the form column number they come from. */
export const OutlineColumns = z.object({
  received: z.number(),
  online: z.number(),
  resolved: z.number(),
  inProgress: z.number(),
});

export const FormDef = z.object({
  /** Canonical code, e.g. "II.06a/VPCP/KSTT". */
  code: z.string(),
  basis: z.object({ document: z.string(), version: z.string() }),
  title: z.string(),
  /** "known": columns and relations below are confirmed; "generic": read structure from the page. */
  structure: z.enum(['known', 'generic']),
  /** The form sums lower units' forms (no "a" suffix). */
  aggregate: z.boolean(),
  /** A narrative outline (đề cương) rather than a table. */
  outline: z.optional(z.boolean()),
  columns: z.array(FormColumn),
  /** Column number holding the field name. */
  labelColumn: z.optional(z.number()),
  /** Columns 3..13: whole numbers ≥ 0. */
  countColumns: z.array(z.number()),
  rowGroups: z.array(RowGroup),
  relations: z.array(Relation),
  /** Its data rows name a field (lĩnh vực): the field rules check their labels. */
  fieldRows: z.optional(z.boolean()),
  /**
   * The total-row columns an outline quotes: of this form's own total row, or (on an outline) of the
   * forms in `quotes`.
   */
  outlineColumns: z.optional(OutlineColumns),
  /** On an outline: the forms whose total row it quotes, the first one at hand counting. */
  quotes: z.optional(z.array(z.string())),
});

export type Severity = z.infer<typeof Severity>;
export type FormColumn = z.infer<typeof FormColumn>;
export type Relation = z.infer<typeof Relation>;
export type OutlineColumns = z.infer<typeof OutlineColumns>;
export type FormDef = z.infer<typeof FormDef>;
