import { hasCatalogue } from '../fields/catalogue';
import { cachedByLabel } from '../fields/label-cache';
import { isOwnField, matchField } from '../fields/match';
import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import type { RuleContext } from './context';
import { onTable } from './family';
import { fieldRows, hasFieldRows } from './field-rows';
import type { Finding } from './finding';
import { labelNumber } from './plan';
import { clause, joined, said } from './said';

// field-name: each field row must carry a name published by the ministries (the dispatch insists; the
// district office checks it before approving). A known local spelling or an unknown name is a warning
// with the published names to use; a published name the catalogue maps to another spelling is info.
// Names the user added to their own list are never flagged, and are marked as theirs when suggested.

const quote = (s: string) => `«${s}»`;
const named = (s: string) => (isOwnField(s) ? clause('rules.fieldName.own', { name: s }) : quote(s));

function fieldNameRule(model: TableModel, def: FormDef | null, _ctx: RuleContext): Finding[] {
  if (!hasCatalogue() || !hasFieldRows(model, def)) return [];
  const col = labelNumber(model);
  const out: Finding[] = [];
  for (const r of fieldRows(model)) {
    const said = verdict(model.rows[r].label);
    if (said) out.push({ ...said, row: r, col });
  }
  return out;
}

type Verdict = Omit<Finding, 'row' | 'col'> | null;

const verdict: (label: string) => Verdict = cachedByLabel(decide);

function decide(label: string): Verdict {
  const match = matchField(label);
  if (match.kind === 'published') {
    if (!match.preferred || match.own) return null;
    return {
      rule: 'field-name',
      severity: 'info',
      ...said('rules.fieldName.usual', { label: quote(label), preferred: quote(match.preferred) }),
      detail: { suggestions: [match.preferred] },
    };
  }
  if (match.kind === 'variant') {
    return {
      rule: 'field-name',
      severity: 'warning',
      ...said('rules.fieldName.variant', {
        label: quote(label),
        names: joined(match.names.map(quote), 'rules.or'),
      }),
      detail: { suggestions: match.names },
    };
  }
  return {
    rule: 'field-name',
    severity: 'warning',
    ...(match.suggestions.length > 0
      ? said('rules.fieldName.near', {
          label: quote(label),
          near: joined(match.suggestions.map(named), 'rules.list'),
        })
      : said('rules.fieldName.unknown', { label: quote(label) })),
    detail: { suggestions: match.suggestions },
  };
}

export const fieldName = onTable('field-name', [], fieldNameRule);
