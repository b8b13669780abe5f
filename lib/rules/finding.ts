import { z } from 'zod/mini';
import { Severity } from '../forms/schema';

// Finding (design.md §1, §4). `row` is the model's row index; the panel shows the row's label.
// `col` is the form's column number. Messages are whole sentences in Vietnamese and English that say
// what is wrong and what would be right.

export const RuleId = z.enum([
  'sum',
  'balance',
  'total-row',
  'number',
  'period',
  'date',
  'field-name',
  'field-duplicate',
  'field-level',
  'district-rows',
  'carry-over',
  'aggregate',
  'satisfaction',
  'outline-mismatch',
  'structure',
]);

export const Finding = z.object({
  rule: RuleId,
  severity: Severity,
  row: z.optional(z.number()),
  col: z.optional(z.number()),
  message: z.string(),
  messageEn: z.string(),
  detail: z.optional(
    z.object({
      expected: z.optional(z.number()),
      actual: z.optional(z.number()),
      gap: z.optional(z.number()),
      suggestions: z.optional(z.array(z.string())),
      /**
       * What the finding quotes from other drafts (the previous period's, lower units'): never on the
       * page or in the panel's DOM until the user opens the finding's detail (the message itself speaks
       * of this page's cells only).
       */
      quoted: z.optional(z.object({ message: z.string(), messageEn: z.string() })),
    }),
  ),
  /** An unambiguous correction the panel may offer; applied only on the user's click. */
  fix: z.optional(z.object({ row: z.number(), col: z.number(), value: z.number() })),
});

export type RuleId = z.infer<typeof RuleId>;
export type Finding = z.infer<typeof Finding>;
