import type { Draft, DraftRow } from '../drafts/schema';
import { parseNumber } from '../numbers';

// Reading figures back from a saved draft (values are kept as typed, in Vietnamese notation).

/** The value of a draft cell: a number, 0 when empty, null when missing or unreadable. */
export function draftValue(row: DraftRow | undefined, col: number): number | null {
  if (!row) return null;
  const raw = row.values[String(col)];
  if (raw === undefined) return null;
  const parsed = parseNumber(raw);
  if (parsed.parse === 'empty') return 0;
  return parsed.parse === 'number' ? parsed.value : null;
}

/** Data rows of a draft by group key and row key ("group␟key"). */
export function draftRowsByKey(draft: Draft): Map<string, DraftRow> {
  const rows = new Map<string, DraftRow>();
  for (const row of draft.rows) {
    if (row.kind !== 'data') continue;
    const id = `${row.group ?? ''}\u241f${row.key}`;
    if (!rows.has(id)) rows.set(id, row);
  }
  return rows;
}
