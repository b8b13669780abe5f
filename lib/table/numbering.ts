import type { Slot } from './source';

// The row under the headers that numbers the form's columns: "1 2 3 … 13", "(1) (2) …", "A B 1 2 …",
// sometimes with the relation written in ("(3)=(4)+(5)"). Its numbers become Column.number.

const NUMBER_MARK = /^\(?\s*(\d{1,3})\s*\)?(?:\s*[=+\-–*/×:].*)?$/;
const LETTER_MARK = /^\(?[A-ZĐ]\)?$/;

/**
 * The form's column number for each grid column when `line` is a numbering row, else null.
 * Columns marked with a letter, or covered by a cell from the row above, get −(position + 1): they
 * have no form number and must not collide with one.
 */
export function readNumbering(line: (Slot | null)[]): number[] | null {
  const numbers: number[] = [];
  let marks = 0;
  let steps = 0;
  let previous: number | null = null;
  for (let c = 0; c < line.length; c++) {
    const slot = line[c];
    numbers.push(-(c + 1));
    if (!slot) continue;
    // a click-to-edit grid's cells are all "editable" until proven otherwise; a real field is not a mark
    if (slot.cell.editable && slot.cell.handle.kind !== 'activate') return null;
    // the rest of a colspan, or a header cell reaching down: no number of its own
    if (!slot.origin) continue;
    const text = slot.cell.text.trim();
    if (text === '') return null;
    const match = NUMBER_MARK.exec(text);
    if (match) {
      const n = Number(match[1]);
      if (previous !== null && n <= previous) return null;
      if (previous !== null && n === previous + 1) steps++;
      previous = n;
      numbers[c] = n;
      marks++;
    } else if (!LETTER_MARK.test(text)) {
      return null;
    }
  }
  if (marks < 3 || steps < (marks - 1) * 0.8) return null;
  return numbers;
}
