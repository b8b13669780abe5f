import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import { type Limits, Refusal, tooLongText, tooManyCells, tooManyColumns, tooManyRows } from './limits';
import type { SheetCell } from './sheet-cell';
import type { Work } from './work';

// CSV text → rows of cells, one pass, in slices (RFC 4180 quoting; `\r\n`, `\n` or `\r` line ends).
// A quote that opens a cell and never closes would make every later line part of that cell, and one
// closed only lines later in the middle of a cell swallows the lines between: both stop the read with
// the line where the quote opened, rather than import the file with rows missing. Like Excel, text
// right after a closing quote on the same line joins the cell.

const QUOTE = 34;
const CR = 13;
const LF = 10;

const DELIMITERS = [',', ';', '\t'];
/** The sample the delimiter is chosen on. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 200;

function lineEnds(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

function unterminated(line: number): Refusal {
  const said = inBoth(importReadMessages, 'importRead.unterminated', { line });
  return new Refusal(said.vi, said.en);
}

function misplaced(line: number, closedAt: number): Refusal {
  const said = inBoth(importReadMessages, 'importRead.misplaced', { line, closedAt });
  return new Refusal(said.vi, said.en);
}

class CsvParser {
  pos = 0;
  line = 1;
  private readonly delimiter: number;

  constructor(
    private readonly text: string,
    delimiter: string,
    private readonly limits: Limits,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  done(): boolean {
    return this.pos >= this.text.length;
  }

  /** The next row's fields; call only while not done(). */
  row(): string[] {
    const fields: string[] = [];
    for (;;) {
      const value = this.text.charCodeAt(this.pos) === QUOTE ? this.quoted() : this.plain();
      if (value.length > this.limits.cellText) {
        const where = inBoth(importReadMessages, 'importRead.where.csvCell', { line: this.line });
        throw tooLongText(where.vi, where.en, this.limits);
      }
      fields.push(value);
      if (fields.length > this.limits.columns) {
        const where = inBoth(importReadMessages, 'importRead.where.csvLine', { line: this.line });
        throw tooManyColumns(where.vi, where.en, fields.length, this.limits);
      }
      const c = this.text.charCodeAt(this.pos);
      if (c === this.delimiter) {
        this.pos++;
        continue;
      }
      if (c === CR) this.pos += this.text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      else if (c === LF) this.pos++;
      this.line++;
      return fields;
    }
  }

  /** Characters up to the next delimiter or line end. */
  private plain(): string {
    const { text, delimiter } = this;
    const start = this.pos;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiter || c === LF || c === CR) break;
    }
    this.pos = i;
    return text.slice(start, i);
  }

  private quoted(): string {
    const { text } = this;
    const openLine = this.line;
    let value = '';
    let from = this.pos + 1;
    for (;;) {
      const close = text.indexOf('"', from);
      if (close < 0) throw unterminated(openLine);
      value += text.slice(from, close);
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        from = close + 2;
        continue;
      }
      this.pos = close + 1;
      break;
    }
    this.line += lineEnds(value);
    const rest = this.plain();
    if (rest.trim() !== '' && this.line > openLine) throw misplaced(openLine, this.line);
    return value + rest;
  }
}

/** How many rows share the most common width (of at least 3 fields) with this delimiter. */
function consistency(text: string, delimiter: string, limits: Limits): number {
  const parser = new CsvParser(text, delimiter, limits);
  const counts = new Map<number, number>();
  try {
    for (let n = 0; n < SAMPLE_ROWS && !parser.done(); n++) {
      const width = parser.row().length;
      if (width >= 3) counts.set(width, (counts.get(width) ?? 0) + 1);
    }
  } catch {
    // A sample cut in the middle of a quoted cell, or an over-wide line: what was read still counts.
  }
  let best = 0;
  for (const count of counts.values()) best = Math.max(best, count);
  return best;
}

/** `,` `;` or tab: the one giving the most rows of one consistent width; Excel's `sep=;` line decides first. */
function chooseDelimiter(text: string, limits: Limits): { delimiter: string; start: number } {
  const hint = /^sep=(.)(\r\n|\n|\r)/.exec(text);
  if (hint) return { delimiter: hint[1], start: hint[0].length };
  const sample = text.slice(0, SAMPLE_CHARS);
  let delimiter = DELIMITERS[0];
  let bestScore = -1;
  for (const candidate of DELIMITERS) {
    const score = consistency(sample, candidate, limits);
    if (score > bestScore) {
      delimiter = candidate;
      bestScore = score;
    }
  }
  return { delimiter, start: 0 };
}

function toCell(field: string): SheetCell {
  return field.trim() === '' ? null : field;
}

/** Every row of the text; throws Refusal beyond the limits or at a broken quote. */
export async function parseCsv(text: string, limits: Limits, work: Work): Promise<SheetCell[][]> {
  const { delimiter, start } = chooseDelimiter(text, limits);
  const parser = new CsvParser(text, delimiter, limits);
  parser.pos = start;
  if (start > 0) parser.line = 2;
  const rows: SheetCell[][] = [];
  let cells = 0;
  while (!parser.done()) {
    const fields = parser.row();
    if (rows.length === limits.rows) {
      const where = inBoth(importReadMessages, 'importRead.where.csv');
      throw tooManyRows(where.vi, where.en, null, limits);
    }
    cells += fields.length;
    if (cells > limits.cells) throw tooManyCells(limits);
    rows.push(fields.map(toCell));
    if (work.due(parser.pos)) await work.step(parser.pos);
  }
  work.report(text.length);
  return rows;
}
