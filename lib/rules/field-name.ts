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

// field-name: each field row must carry a name published by the ministries (the dispatch insists; the
// district office checks it before approving). A known local spelling or an unknown name is a warning
// with the published names to use; a published name the catalogue maps to another spelling is info.
// Names the user added to their own list are never flagged, and are marked as theirs when suggested.

const quote = (s: string) => `«${s}»`;
const named = (s: string) => (isOwnField(s) ? `«${s}» (danh mục của tôi)` : quote(s));
const namedEn = (s: string) => (isOwnField(s) ? `«${s}» (my list)` : quote(s));

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
      message: `${quote(label)} là tên đã công bố, nhưng danh mục ghi nhận tên thường dùng là ${quote(match.preferred)}: kiểm tra theo quyết định công bố áp dụng cho đơn vị.`,
      messageEn: `${quote(label)} is a published name, but the catalogue records ${quote(match.preferred)} as the usual one: check the publication that applies to your unit.`,
      detail: { suggestions: [match.preferred] },
    };
  }
  if (match.kind === 'variant') {
    const names = match.names.map(quote).join(' hoặc ');
    const namesEn = match.names.map(quote).join(' or ');
    return {
      rule: 'field-name',
      severity: 'warning',
      message: `${quote(label)} là cách ghi địa phương, không phải tên lĩnh vực đã công bố: ghi ${names}.`,
      messageEn: `${quote(label)} is a local spelling, not a published field name: write ${namesEn}.`,
      detail: { suggestions: match.names },
    };
  }
  {
    const near = match.suggestions.map(named).join(', ');
    const nearEn = match.suggestions.map(namedEn).join(', ');
    return {
      rule: 'field-name',
      severity: 'warning',
      message: near
        ? `${quote(label)} không có trong danh mục lĩnh vực đã công bố; tên gần nhất: ${near}.`
        : `${quote(label)} không có trong danh mục lĩnh vực đã công bố: tra cứu tên lĩnh vực trên Cổng Dịch vụ công quốc gia.`,
      messageEn: near
        ? `${quote(label)} is not in the catalogue of published field names; closest: ${nearEn}.`
        : `${quote(label)} is not in the catalogue of published field names: look the field up on the National Public Service Portal.`,
      detail: { suggestions: match.suggestions },
    };
  }
}

export const fieldName = onTable('field-name', [], fieldNameRule);
