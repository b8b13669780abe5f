import { z } from 'zod/mini';
import { Severity } from '../forms/schema';
import type { Phrase } from '../i18n/phrase';

// Finding (design.md §1, §4). `row` is the model's row index; the panel shows the row's label.
// `col` is the form's column number. A finding's words are a message as data (`text`, a key of the
// rules' catalogue, lib/i18n/messages/rules.ts) that says what is wrong and what would be right;
// `message` is that text in Vietnamese, the site's language, which sorting and the tests read.

/** A message of the rules' catalogue as data (the panel shows it in the user's language). */
const Text = z.custom<Phrase>((value) => typeof value === 'object' && value !== null && 'key' in value);

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
  text: Text,
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
      quoted: z.optional(z.object({ message: z.string(), text: Text })),
    }),
  ),
  /** An unambiguous correction the panel may offer; applied only on the user's click. */
  fix: z.optional(z.object({ row: z.number(), col: z.number(), value: z.number() })),
});

export type RuleId = z.infer<typeof RuleId>;
export type Finding = z.infer<typeof Finding>;
