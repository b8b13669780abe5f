import { z } from 'zod/mini';

// What recognition reads from the text around a table (lib/forms/recognise.ts): the form, the unit,
// the period and whether the report may be edited.

/** A data cut-off window, both ends inclusive, ISO dates. */
export const Period = z.object({ from: z.string(), to: z.string() });

export const WorkflowState = z.enum([
  'luu-nhap',
  'cho-duyet',
  'da-gui',
  'da-tiep-nhan',
  'yeu-cau-chinh-sua',
  'unknown',
]);

export const PageInfo = z.object({
  /** Canonical form code as read ("II.06a/VPCP/KSTT"), or null when the page names none. */
  formCode: z.nullable(z.string()),
  /** "Đơn vị báo cáo", as shown. */
  unit: z.string(),
  /** "Kỳ báo cáo" label as shown ("Quý I năm 2025"). */
  periodLabel: z.string(),
  /** "Từ ngày … đến ngày …", when readable. */
  period: z.nullable(Period),
  /** Period dates that were written but could not be read ("31/02/2025"), for the date rule. */
  badDates: z.array(z.string()),
  workflow: WorkflowState,
  state: z.enum(['editable', 'readonly']),
});

export type Period = z.infer<typeof Period>;
export type WorkflowState = z.infer<typeof WorkflowState>;
export type PageInfo = z.infer<typeof PageInfo>;

/** "YYYY-MM-DD/YYYY-MM-DD", the panel's data-period and part of a draft's key. */
export function periodKey(period: Period): string {
  return `${period.from}/${period.to}`;
}
