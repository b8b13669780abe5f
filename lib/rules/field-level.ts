import { fieldIndex, hasCatalogue } from '../fields/catalogue';
import { spellingKey } from '../fields/keys';
import { matchField } from '../fields/match';
import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import type { RuleContext } from './context';
import { onTable } from './family';
import { fieldRows, hasFieldRows } from './field-rows';
import type { Finding } from './finding';
import { labelNumber } from './plan';
import { said } from './said';

// field-level: a field unusual for the unit's level, as info. A commune reporting a field communes do
// not handle in Quảng Ngãi (catalogue: communeLevelInUse); a provincial department reporting a field
// only communes use. Districts handle most fields: no check. Unknown names are field-name's business.
// The user's own names count at the level they gave them (lib/fields/catalogue.ts puts them in the sets).

function fieldLevelRule(model: TableModel, def: FormDef | null, ctx: RuleContext): Finding[] {
  const level = ctx.profile?.level;
  if ((level !== 'xa' && level !== 'so') || !hasCatalogue() || !hasFieldRows(model, def)) return [];
  const { commune, national } = fieldIndex();
  const col = labelNumber(model);
  const out: Finding[] = [];
  for (const r of fieldRows(model)) {
    const label = model.rows[r].label;
    const match = matchField(label);
    if (match.kind === 'unknown') continue;
    const names = match.kind === 'published' ? [match.name] : match.names;
    const keys = names.map(spellingKey);
    const atCommune = keys.some((k) => commune.has(k));
    if (level === 'xa' && !atCommune) {
      out.push({
        rule: 'field-level',
        severity: 'info',
        row: r,
        col,
        ...said('rules.fieldLevel.commune', { label }),
      });
    } else if (level === 'so' && atCommune && !keys.some((k) => national.has(k))) {
      out.push({
        rule: 'field-level',
        severity: 'info',
        row: r,
        col,
        ...said('rules.fieldLevel.department', { label }),
      });
    }
  }
  return out;
}

export const fieldLevel = onTable('field-level', ['profile'], fieldLevelRule);
