import type { LegalBasis } from '../basis';
import type { FormDef } from '../schema';

/**
 * A form known by code only: its columns and relations are read from the page's own header nesting
 * and total rows (domain.md §4, generic checks). No suffix "a" means it aggregates lower units.
 */
export function genericForm(code: string, basis: LegalBasis, title: string, outline = false): FormDef {
  const aggregate = !/^[IVX]+\.\d+a\b/.test(code);
  return {
    code,
    basis,
    title,
    structure: 'generic',
    aggregate,
    ...(outline ? { outline: true } : {}),
    columns: [],
    countColumns: [],
    rowGroups: [],
    relations: [],
  };
}
