import type { TableModel } from '../../table/model';
import { headerKey } from '../header-key';
import { align, fits, type PageColumn, pageColumns } from '../match';
import type { FormColumn, FormDef } from '../schema';
import type { TaughtColumn } from './schema';

// The editor's first guess of what each page column is, from its header words, through the one header
// matcher (match.ts): the columns that match the form's in order are paired as matchForm pairs them;
// a column left over whose leaf contains a form column's leaf words under that column's group (a
// split: "Trực tuyến toàn trình", "Trực tuyến một phần" under "Trực tuyến") is guessed as that one.
// Anything else starts as "không có trong mẫu": the user says what it is.

const words = (key: string) => key.split(' ').filter(Boolean);

function leafKeys(column: FormColumn): string[] {
  return [column.header, ...(column.aliases ?? [])].map(headerKey).filter(Boolean);
}

function inGroup(column: FormColumn, page: PageColumn): boolean {
  if (!column.group) return page.ancestors.length === 0;
  const groups = [column.group, ...(column.groupAliases ?? [])].map(headerKey);
  return page.ancestors.some((key) => groups.includes(key));
}

/** The form column whose leaf words all appear in the page column's leaf (the longest such), or null. */
function byWords(form: FormColumn[], page: PageColumn): FormColumn | null {
  const own = new Set(words(page.leaf));
  let best: FormColumn | null = null;
  let bestLength = 0;
  for (const column of form) {
    if (!inGroup(column, page)) continue;
    for (const key of leafKeys(column)) {
      const needed = words(key);
      if (needed.length > bestLength && needed.every((w) => own.has(w))) {
        best = column;
        bestLength = needed.length;
      }
    }
  }
  return best;
}

/** One entry per page column: its number, its header as shown and the form column guessed for it. */
export function prefillCorrespondence(def: FormDef, model: TableModel): TaughtColumn[] {
  const page = pageColumns(model);
  const guess = new Map<number, number>();
  for (const [i, j] of align(def.columns, page)) guess.set(j, def.columns[i].number);
  return page.map((column, j) => {
    const exact = guess.get(j) ?? def.columns.find((c) => fits(c, column))?.number;
    const form = exact ?? byWords(def.columns, column)?.number ?? null;
    return { number: column.number, header: column.shown, form };
  });
}
