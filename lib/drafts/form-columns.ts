import { formVersionId } from '../forms/catalogue';
import type { FormDef } from '../forms/schema';
import type { DraftColumn, DraftRow } from './schema';

// What a draft made off the page (a spreadsheet import, an aggregation) says its columns are: its
// values were placed into the form's own columns, so each column's identity is that column's header
// path as the form prints it ("Số hồ sơ nhận giải quyết / Trực tuyến"), under the form's version, as a
// draft saved on the page records them (lib/fill/column-identity.ts). A fill then compares the page's
// column with it before writing, whatever the draft came from.

/** formVersion and columns for the draft, for the value columns the rows hold. */
export function formColumnIdentities(
  def: FormDef,
  rows: DraftRow[],
): { formVersion: string; columns?: Record<string, DraftColumn> } {
  const formVersion = formVersionId(def);
  // A form of generic structure has no printed columns to name: numbers only, as before.
  if (def.structure !== 'known' || def.columns.length === 0) return { formVersion };
  const used = new Set(rows.flatMap((r) => Object.keys(r.values)));
  const columns: Record<string, DraftColumn> = {};
  for (const column of def.columns) {
    const number = String(column.number);
    if (!used.has(number) || column.number === def.labelColumn) continue;
    columns[number] = { header: column.group ? `${column.group} / ${column.header}` : column.header };
  }
  return { formVersion, columns };
}
