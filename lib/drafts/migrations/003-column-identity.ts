import { formByCode, formVersionId } from '../../forms/catalogue';
import type { DraftColumn } from '../schema';
import { DraftV2 } from './002-checked-key-period-times';
import { readOld } from './read-old';

// v2 → v3: a draft records what each column is (its header) and the form version, so a fill never puts
// a number into a page column that means something else. A v2 draft knew only numbers, read under the
// one definition shipped then (TT 01/2020/TT-VPCP): a form with confirmed columns gets that version's
// headers, which is what its numbers meant when it was saved. A fill compares them through the
// definition's aliases, so a TT 01/2020 page in another wording still fills, and a page whose column
// says something else is refused (the safe mistake). Other forms (generic) stay by number: nothing
// was recorded about their columns.

export const migration003 = {
  from: 2,
  to: 3,
  up(raw: unknown): unknown {
    const old = readOld(DraftV2, raw);
    const def = formByCode(old.form);
    if (def?.structure !== 'known' || def.columns.length === 0) return { ...old, schema: 3 };
    const columns: Record<string, DraftColumn> = {};
    for (const column of def.columns) {
      columns[String(column.number)] = {
        header: column.group ? `${column.group} / ${column.header}` : column.header,
      };
    }
    return { ...old, schema: 3, formVersion: formVersionId(def), columns };
  },
};
