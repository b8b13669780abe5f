import type { FormDef } from '../forms/schema';
import { aggregate } from './aggregate';
import { balance } from './balance';
import { carryOver } from './carry-over';
import type { RuleContext } from './context';
import { districtRows } from './district-rows';
import type { RuleFamily } from './family';
import { fieldDuplicate } from './field-duplicate';
import { fieldLevel } from './field-level';
import { fieldName } from './field-name';
import type { RuleId } from './finding';
import { number } from './number';
import { outlineMismatch } from './outline-mismatch';
import { date, period } from './period';
import { satisfaction } from './satisfaction';
import { structure } from './structure';
import { sum } from './sum';
import { totalRow } from './total-row';

// Every rule family, one line each, in the order findings of one cell are listed. Typed by RuleId:
// an id in finding.ts without a family here (or a family under the wrong id) does not compile.

const BY_ID = {
  structure,
  period,
  date,
  number,
  sum,
  balance,
  'total-row': totalRow,
  'field-name': fieldName,
  'field-duplicate': fieldDuplicate,
  'field-level': fieldLevel,
  'district-rows': districtRows,
  'carry-over': carryOver,
  aggregate,
  satisfaction,
  'outline-mismatch': outlineMismatch,
} satisfies Record<RuleId, RuleFamily>;

export const FAMILIES: readonly RuleFamily[] = Object.values(BY_ID);

/** The family registered under an id (a test checks each is registered under its own id). */
export const familyOf = (id: RuleId): RuleFamily => BY_ID[id];

/**
 * The context parts the families that apply to a form read: what the page gathers for it. `undefined`
 * (the definition is not known yet) counts every family.
 */
export function neededContext(
  def: FormDef | null | undefined,
  families: readonly RuleFamily[] = FAMILIES,
): Set<keyof RuleContext> {
  const needed = new Set<keyof RuleContext>();
  for (const f of families)
    if (def === undefined || !f.appliesTo || f.appliesTo(def)) for (const key of f.needs) needed.add(key);
  return needed;
}
