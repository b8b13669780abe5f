import { hasCatalogue } from '../fields/catalogue';
import { spellingKey } from '../fields/keys';
import { cachedByLabel } from '../fields/label-cache';
import { matchField } from '../fields/match';
import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import type { RuleContext } from './context';
import { onTable } from './family';
import { fieldRows, hasFieldRows } from './field-rows';
import type { Finding } from './finding';
import { labelNumber } from './plan';
import { clause, said } from './said';

// field-duplicate: one field twice in one level group splits its figures over two rows. Spellings of
// one name ("Thi đua - khen thưởng", "Thi đua, khen thưởng") and a local spelling next to its published
// name count as the same field. Reported on the later row.

/** The field a label stands for, as a spelling-insensitive key (by spelling alone without a catalogue). */
export function fieldKey(label: string): string {
  return hasCatalogue() ? catalogueKey(label) : spellingKey(label);
}

const catalogueKey = cachedByLabel((label: string): string => {
  const match = matchField(label);
  if (match.kind === 'published') return spellingKey(match.preferred ?? match.name);
  if (match.kind === 'variant') return spellingKey(match.names[match.names.length - 1]);
  return spellingKey(label);
});

function fieldDuplicateRule(model: TableModel, def: FormDef | null, _ctx: RuleContext): Finding[] {
  if (!hasFieldRows(model, def)) return [];
  const col = labelNumber(model);
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const r of fieldRows(model)) {
    const row = model.rows[r];
    const key = `${row.group ?? ''}\u241f${fieldKey(row.label)}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r);
      continue;
    }
    const other = model.rows[earlier];
    const where = other.stt
      ? clause('rules.fieldDuplicate.stt', { stt: other.stt })
      : clause('rules.fieldDuplicate.row', { row: earlier + 1 });
    out.push({
      rule: 'field-duplicate',
      severity: 'warning',
      row: r,
      col,
      ...said('rules.fieldDuplicate', { label: row.label, where, other: other.label }),
    });
  }
  return out;
}

export const fieldDuplicate = onTable('field-duplicate', [], fieldDuplicateRule);
