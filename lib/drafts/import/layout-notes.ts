import { inBoth } from '../../i18n/both';
import type { Params } from '../../i18n/message';
import { type ImportReadKey, importReadMessages } from '../../i18n/messages/import-read';
import type { ColumnMapping, SheetLayout } from './map-columns';
import type { ImportProblem, SheetOutcome } from './sheet-rows';

// What the preview says about the mapping itself, above the row problems: guesses, an exporter's
// numbering set aside, merged columns waiting for the user, near-word matches, columns it could not
// place (the lines left out are counted apart: every export has a title and a signature).

const list = (numbers: number[]) => numbers.map((n) => `(${n})`).join(', ');

/** A note's message and messageEn, from the import messages. */
function said(key: ImportReadKey, params?: Params): { message: string; messageEn: string } {
  const both = inBoth(importReadMessages, key, params);
  return { message: both.vi, messageEn: both.en };
}

export function layoutNotes(
  layout: SheetLayout,
  outcome: SheetOutcome,
  undecided: ColumnMapping[],
): ImportProblem[] {
  const notes: ImportProblem[] = [];
  for (const m of undecided) {
    notes.push({ severity: 'error', ...said('importRead.merged', { header: m.header }) });
  }
  if (layout.numberingOverruled) {
    notes.push({ severity: 'warning', ...said('importRead.numberingOverruled') });
  }
  if (layout.guessed.length > 0) {
    notes.push({ severity: 'warning', ...said('importRead.guessed', { cols: list(layout.guessed) }) });
  }
  for (const m of layout.mapping.filter((c) => c.how === 'fuzzy')) {
    notes.push({
      severity: 'warning',
      ...said('importRead.fuzzy', { header: m.header, col: m.number ?? '' }),
    });
  }
  for (const m of layout.mapping.filter((c) => c.kind === 'unknown' && c.number === null)) {
    const total = outcome.unplacedTotals.get(m.fileColumn) ?? 0;
    if (total === 0 || m.header === '') continue;
    notes.push({ severity: 'warning', ...said('importRead.unplaced', { header: m.header, total }) });
  }
  return notes;
}
