import type { Row, TableModel } from '../table/model';
import { labelKey } from '../text';

// How a page row and a draft row find each other: the normalised label, inside its level group when
// the table has level groups (II.06), and the occurrence number when a label repeats inside one group
// (rare, but two "Cộng" rows must not both take the first one's values).

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
