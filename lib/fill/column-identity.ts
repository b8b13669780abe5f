import type { DraftColumn } from '../drafts/schema';
import { headerKey } from '../forms/match';
import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import { clean } from '../text';

// A column's identity is its header as shown, whatever number it carries: a draft records it per
// column, a fill compares it with the page's column before writing. Compared by words (case, marks,
// punctuation, "Trong đó" rows and numbering marks aside), and through a definition's aliases, so two
// wordings of the same column are the same column and a split or renumbered one is not.

const SEPARATOR = ' / ';
/** Header rows that say nothing about what a column counts. */
const FILLER = new Set(['', 'trong đó', 'trong do', 'chia ra', 'bao gồm', 'gồm']);

/** The header path of every model column as shown (labels every column shares left out). */
export function columnHeaders(model: TableModel): string[] {
  const paths = model.columns.map((c) => c.path.map(clean));
  let shared = 0;
  if (paths.length > 1) {
    while (paths.every((p) => p.length > shared + 1 && headerKey(p[shared]) === headerKey(paths[0][shared])))
      shared++;
  }
  return paths.map((path) =>
    path
      .slice(shared)
      .filter((label, i, all) => label !== '' && (i === 0 || headerKey(label) !== headerKey(all[i - 1])))
      .join(SEPARATOR),
  );
}

/** The words of a header path that tell what the column counts; '' when none (numbering only). */
export function identityKey(header: string): string {
  return header
    .split(SEPARATOR)
    .map(headerKey)
    .filter((key) => !FILLER.has(key))
    .join('/');
}

/** Draft columns of a table: its value columns by number, each with its header (when it has one). */
export function draftColumns(
  model: TableModel,
  isValue: (col: number) => boolean,
): Record<string, DraftColumn> {
  const headers = columnHeaders(model);
  const out: Record<string, DraftColumn> = {};
  model.columns.forEach((column, i) => {
    if (isValue(i) && identityKey(headers[i]) !== '') out[String(column.number)] = { header: headers[i] };
  });
  return out;
}

/** The definition column a header names, through its wording and aliases (group and leaf). */
export function definitionKey(def: FormDef | undefined, header: string): string | null {
  if (!def || def.columns.length === 0) return null;
  const parts = header
    .split(SEPARATOR)
    .map(headerKey)
    .filter((key) => !FILLER.has(key));
  const leaf = parts.at(-1);
  if (!leaf) return null;
  const ancestors = new Set(parts.slice(0, -1));
  const found = def.columns.filter((c) => {
    const leaves = [c.header, ...(c.aliases ?? [])].map(headerKey);
    if (!leaves.includes(leaf)) return false;
    const groups = c.group ? [c.group, ...(c.groupAliases ?? [])].map(headerKey) : [];
    return groups.length === 0 ? ancestors.size === 0 : groups.some((g) => ancestors.has(g));
  });
  return found.length === 1 ? found[0].key : null;
}

/** Whether two headers name the same column (`def`: the draft's form version, for its aliases). */
export function sameColumn(a: string, b: string, def?: FormDef): boolean {
  if (identityKey(a) === identityKey(b)) return true;
  const key = definitionKey(def, a);
  return key !== null && key === definitionKey(def, b);
}

/**
 * What each page column is by the definition the page is checked with (a shipped one its header
 * matched, or one the user taught, lib/forms/taught): that definition's column key for the column's
 * number. A key two page columns share (a column the page splits) names neither; undefined there.
 */
export function pageColumnKeys(model: TableModel, page: FormDef | null | undefined): (string | undefined)[] {
  if (page?.structure !== 'known') return [];
  const keys = model.columns.map((c) => page.columns.find((d) => d.number === c.number)?.key);
  return keys.map((key) =>
    key !== undefined && keys.indexOf(key) === keys.lastIndexOf(key) ? key : undefined,
  );
}
