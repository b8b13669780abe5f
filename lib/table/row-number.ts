import { labelKey } from '../text';
import type { TableModel } from './model';

// The row-number column ("STT", "TT", "Số TT", "Số thứ tự"): it numbers the rows ("1", "I", "a",
// "1.1") and holds no data. Said once here for the model builder, the rules and the fill: a column one
// of them took for data and another for the row number would be checked, saved or filled as figures.

const HEADERS = new Set(['stt', 'tt', 'số tt', 'số thứ tự']);

/** Whether a header label names the row-number column. */
export function isRowNumberHeader(label: string): boolean {
  return HEADERS.has(labelKey(label));
}

/** Whether a column holds values: not the label column, not the row number (by its header or found by
 * the builder from its content). */
export function isValueColumn(model: TableModel, index: number): boolean {
  if (index === model.labelColumn || index === model.rowNumberColumn) return false;
  return !isRowNumberHeader(model.columns[index]?.path.at(-1) ?? '');
}
