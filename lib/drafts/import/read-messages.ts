import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import type { FormulaOutcome } from './formulas';
import type { ReadNote } from './read-file';
import type { SkippedSheet } from './xlsx';

// What the import says about how a sheet was read, beside the mapping: formulas without a stored
// result, and sheets left out for being beyond the limits.

function firstRefs(refs: string[], count = 5): string {
  const shown = refs.slice(0, count).join(', ');
  return refs.length > count ? `${shown}, …` : shown;
}

/** The sheet cannot be imported: formulas whose result is not in the file and cannot be computed here. */
export function uncomputedFormulas(
  sheet: string,
  formulas: FormulaOutcome,
): { error: string; errorEn: string } {
  const { uncomputed } = formulas;
  const refs = firstRefs(uncomputed.map((u) => u.ref));
  const example = `${uncomputed[0].ref}: =${uncomputed[0].formula}`;
  const said = inBoth(importReadMessages, 'importRead.uncomputed', {
    sheet,
    count: uncomputed.length,
    refs,
    example,
  });
  return { error: said.vi, errorEn: said.en };
}

export function computedFormulas(formulas: FormulaOutcome): ReadNote | null {
  const { computed } = formulas;
  if (computed.length === 0) return null;
  const refs = firstRefs(computed);
  const said = inBoth(importReadMessages, 'importRead.computed', { count: computed.length, refs });
  return { message: said.vi, messageEn: said.en };
}

export function skippedSheet(sheet: SkippedSheet): ReadNote {
  const vi = inBoth(importReadMessages, 'importRead.skipped', { sheet: sheet.name, why: sheet.error }).vi;
  const en = inBoth(importReadMessages, 'importRead.skipped', { sheet: sheet.name, why: sheet.errorEn }).en;
  return { message: vi, messageEn: en };
}
