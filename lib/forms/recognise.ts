import type { PageInfo } from '../page-info';
import { formFor } from './catalogue';
import { allInputsDisabled, formTextFor } from './form-text';
import { readPageInfo } from './read-page-info';
import type { FormDef } from './schema';

// Recognition (design.md §1): which form a table is, for which unit and period, and whether it may be
// edited, from the text around the table. lib/forms/match.ts then checks the table's header against
// the definition before any known-structure rule runs.

export { normaliseFormCode, readFormCode } from './code';
export { allInputsDisabled, formTextFor } from './form-text';
export { readPageInfo } from './read-page-info';

export interface RecognisedTable {
  info: PageInfo;
  /** The definition to check against (by code and legal basis); undefined for an unknown code. */
  form: FormDef | undefined;
  /** The header text read, for rules that need more of it (the outline, the dates). */
  text: string;
}

/**
 * Recognises the form a table (a `<table>` or a grid element) belongs to. `inputsDisabled` defaults
 * to the table's own inputs; a reader that knows better (a click-to-edit grid, whose inputs appear
 * only while editing) passes whether every cell is locked.
 */
export function recogniseTable(table: Element, inputsDisabled = allInputsDisabled(table)): RecognisedTable {
  const text = formTextFor(table);
  const info = readPageInfo(text, inputsDisabled);
  const form = info.formCode ? formFor(info.formCode, text) : undefined;
  return { info, form, text };
}
