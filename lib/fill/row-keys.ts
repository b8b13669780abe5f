import type { Row, TableModel } from '../table/model';
import { labelKey } from '../text';

// How a page row and a draft row find each other: the normalised label, inside its level group when
// the table has level groups (II.06), and the occurrence number when a label repeats inside one group
// (rare, but two "Cộng" rows must not both take the first one's values).

/** Columns that hold the row number rather than data ("STT", "TT"). */
const ROW_NUMBER_HEADERS = new Set(['stt', 'tt', 'số tt', 'số thứ tự']);

/** The label key of the level-group heading a row sits under, when any. */
export function rowGroupKey(model: TableModel, row: Row): string | undefined {
  if (row.group === undefined) return undefined;
  const heading = model.rows[row.group];
  return heading ? labelKey(heading.label) : undefined;
}

/** Identity of a row for matching: group, label key and occurrence ("group␟key␟n"). */
export function rowIdentity(group: string | undefined, key: string, occurrence: number): string {
  return `${group ?? ''}\u241f${key}\u241f${occurrence}`;
}

/** Counts repeated (group, key) pairs so each row gets its occurrence number in order. */
export function occurrenceCounter(): (group: string | undefined, key: string) => number {
  const seen = new Map<string, number>();
  return (group, key) => {
    const id = `${group ?? ''}\u241f${key}`;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n;
  };
}

/** Whether the column holds values worth keeping: not the label column, not the row number. */
export function isValueColumn(model: TableModel, index: number): boolean {
  if (index === model.labelColumn) return false;
  const leaf = model.columns[index]?.path.at(-1) ?? '';
  return !ROW_NUMBER_HEADERS.has(labelKey(leaf));
}
