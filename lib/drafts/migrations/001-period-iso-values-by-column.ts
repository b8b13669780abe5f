import { z } from 'zod/mini';
import { RowKind } from '../../table/model';
import { labelKey } from '../../text';
import { draftId } from '../key';
import { readOld } from './read-old';
import { ReasonError } from './reason';

// v0 → v1. The pre-release builds stored a period as shown ("15/12/2024 – 14/3/2025") and each row's
// numbers by position, left to right from `firstColumn` (3 unless recorded). Positions break as soon as
// a form gains or hides a column, so v1 keys values by the form's column number and the period by ISO
// dates. The id is recomputed because it contains the period.

export const DraftV0 = z.object({
  schema: z.optional(z.literal(0)),
  id: z.optional(z.string()),
  form: z.string(),
  period: z.string(),
  unit: z.string(),
  name: z.optional(z.string()),
  /** Column number of values[0]. */
  firstColumn: z.optional(z.number()),
  rows: z.array(
    z.object({
      label: z.string(),
      kind: z.optional(RowKind),
      values: z.array(z.nullable(z.string())),
    }),
  ),
  savedAt: z.string(),
  revision: z.optional(z.number()),
});

export type DraftV0 = z.infer<typeof DraftV0>;

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isoDate(text: string): string {
  const match = DATE.exec(text.trim());
  if (!match) throw new ReasonError({ key: 'quarantine.v0.date', params: { text } });
  const [, d, m, y] = match;
  const day = Number(d);
  const month = Number(m);
  const check = new Date(Date.UTC(Number(y), month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new ReasonError({ key: 'quarantine.v0.unrealDate', params: { text } });
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** "15/12/2024 – 14/3/2025" (any dash, spaces optional) → "2024-12-15/2025-03-14". */
export function periodFromV0(text: string): string {
  const parts = text.split(/\s*[-–—]\s*/);
  if (parts.length !== 2) throw new ReasonError({ key: 'quarantine.v0.period', params: { text } });
  return `${isoDate(parts[0]!)}/${isoDate(parts[1]!)}`;
}

export const migration001 = {
  from: 0,
  to: 1,
  up(raw: unknown): unknown {
    const old = readOld(DraftV0, raw);
    const first = old.firstColumn ?? 3;
    const period = periodFromV0(old.period);
    return {
      schema: 1,
      id: draftId(old.form, period, old.unit),
      form: old.form,
      period,
      unit: old.unit,
      name: old.name ?? '',
      rows: old.rows.map((row) => {
        const values: Record<string, string> = {};
        row.values.forEach((value, i) => {
          if (value !== null && value.trim() !== '') values[String(first + i)] = value.trim();
        });
        return { label: row.label, key: labelKey(row.label), kind: row.kind ?? 'data', values };
      }),
      savedAt: old.savedAt,
      revision: old.revision ?? 1,
    };
  },
};
