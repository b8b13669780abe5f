import { sameColumn } from '../fill/column-identity';
import { shortForm } from '../forms/code';
import { II_06 } from '../forms/definitions/ii-06';
import type { FormDef } from '../forms/schema';
import type { Text } from '../i18n/message';
import type { AggregateKey } from '../i18n/messages/aggregate';
import { formatNumber, parseNumber } from '../numbers';
import { labelKey } from '../text';
import type { DraftColumn, DraftRow } from './schema';

// II.06 from the lower units' II.06a drafts (A1): per level (tỉnh / huyện / xã) one row per field with
// the sum of that field over the level's drafts, a subtotal per level and a grand total. A cell no
// draft has a value for stays empty rather than becoming 0; a cell that is not a number is left out of
// the sum and reported.

export type Level = 'tinh' | 'huyen' | 'xa';

export interface AggregateSource {
  /** The draft's unit, for messages. */
  unit: string;
  rows: DraftRow[];
  /** Which level group of II.06 this unit's figures go under. */
  level: Level;
  /** What the draft's columns are (drafts from schema v3); absent = by number. */
  columns?: Record<string, DraftColumn>;
}

/** The form's header of a column, as a draft would record it. */
function headerOf(def: FormDef, col: number): string | undefined {
  const c = def.columns.find((column) => column.number === col);
  return c && (c.group ? `${c.group} / ${c.header}` : c.header);
}

export interface AggregateProblem {
  unit: string;
  label: string;
  col: number;
  value: string;
  /** What was left out and why, as data (lib/i18n/messages/aggregate.ts). */
  text: Text<AggregateKey>;
}

export interface Aggregate {
  rows: DraftRow[];
  problems: AggregateProblem[];
}

const LEVEL_ORDER: Level[] = ['tinh', 'huyen', 'xa'];

type Sums = Map<string, number>;

function add(into: Sums, from: Sums): void {
  for (const [col, v] of from) into.set(col, (into.get(col) ?? 0) + v);
}

function asValues(sums: Sums, columns: number[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const col of columns) {
    const v = sums.get(String(col));
    if (v !== undefined) values[String(col)] = formatNumber(v);
  }
  return values;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Sums the chosen II.06a drafts into II.06 rows: levels in the form's order, fields in first-seen order. */
export function aggregateDrafts(sources: AggregateSource[], def: FormDef = II_06): Aggregate {
  const columns = def.countColumns;
  const problems: AggregateProblem[] = [];
  const rows: DraftRow[] = [];
  const total: Sums = new Map();

  for (const level of LEVEL_ORDER) {
    const members = sources.filter((s) => s.level === level);
    if (members.length === 0) continue;
    const heading = def.rowGroups.find((g) => g.key === level)?.labels[0] ?? level;
    const group = labelKey(heading);
    const fields = new Map<string, { label: string; sums: Sums }>();
    for (const source of members) {
      // A column the draft recorded under another meaning than the form's is not added (and said).
      const usable = columns.filter((col) => {
        const own = source.columns?.[String(col)]?.header;
        const form = headerOf(def, col);
        if (!own || !form || sameColumn(own, form, def)) return true;
        problems.push({
          unit: source.unit,
          label: '',
          col,
          value: '',
          text: {
            key: 'aggregate.problem.column',
            params: { unit: source.unit, col, own, form: shortForm(def.code), header: form },
          },
        });
        return false;
      });
      for (const row of source.rows) {
        if (row.kind !== 'data') continue;
        const key = row.key || labelKey(row.label);
        const field = fields.get(key) ?? { label: row.label, sums: new Map() };
        fields.set(key, field);
        for (const col of usable) {
          const text = row.values[String(col)];
          if (text === undefined) continue;
          const parsed = parseNumber(text);
          if (parsed.parse === 'empty') continue;
          if (parsed.value === null) {
            problems.push({
              unit: source.unit,
              label: row.label,
              col,
              value: text,
              text: {
                key: 'aggregate.problem.notNumber',
                params: { unit: source.unit, label: row.label, col, value: text },
              },
            });
            continue;
          }
          field.sums.set(String(col), (field.sums.get(String(col)) ?? 0) + parsed.value);
        }
      }
    }
    rows.push({ label: heading, key: group, kind: 'group', values: {} });
    const subtotal: Sums = new Map();
    for (const [key, field] of fields) {
      rows.push({ label: field.label, key, kind: 'data', group, values: asValues(field.sums, columns) });
      add(subtotal, field.sums);
    }
    const subtotalLabel = `Cộng ${lowerFirst(heading)}`;
    rows.push({
      label: subtotalLabel,
      key: labelKey(subtotalLabel),
      kind: 'subtotal',
      group,
      values: asValues(subtotal, columns),
    });
    add(total, subtotal);
  }
  if (rows.length > 0)
    rows.push({ label: 'Tổng số', key: 'tổng số', kind: 'total', values: asValues(total, columns) });
  return { rows, problems };
}
