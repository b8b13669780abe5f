import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import type { Pair } from '../../i18n/phrase';
import { columnLetters, columnNumber, parseRef, rangeEnd, refName } from './cell-ref';
import type { PendingFormula } from './formulas';
import { damaged, type Limits, tooLongText, tooManyCells, tooManyColumns, tooManyRows } from './limits';
import type { SheetCell } from './sheet-cell';
import { decodeXml, type XmlAttributes, type XmlHandler } from './xml';

// One worksheet part → rows of cells, as its XML streams in. The declared extent (`<dimension>`, written
// before the cells) is checked first, and every cell again, since the declaration may be missing or
// wrong: a 1 KB file holding A1 and XFD1048576 is refused on its first cell beyond the limits instead
// of becoming a grid of 17 billion. Cells are stored by position; gaps become nulls only up to the last
// filled column of a row. Formula cells with no stored result are collected for formulas.ts.

export interface SheetContext {
  name: string;
  sharedStrings: string[];
  /** Style indexes (`s`) whose number format is a date. */
  dateStyles: Set<number>;
  date1904: boolean;
  limits: Limits;
  /** Grid cells kept so far across the file. */
  budget: { cells: number };
}

interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value?: string;
  inline?: string;
  formula?: { text: string; shared?: string; master: boolean };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's day count → dd/mm/yyyy, as the old reader printed dates. */
function serialDate(serial: number, date1904: boolean): string | null {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  if (Number.isNaN(date.getTime())) return null;
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Excel's escape for characters XML cannot hold: `_x000D_`. */
export function unescapeXlsx(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/** Moves the relative references of a shared formula from its first cell to another. */
function shiftFormula(text: string, rows: number, cols: number): string {
  return text.replace(
    /(?<![A-Za-z0-9_.!])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![0-9A-Za-z_(!])/g,
    (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
      const row = rowAbs ? Number(digits) : Number(digits) + rows;
      if (col < 1 || row < 1) return '#REF!';
      return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
    },
  );
}

export class SheetHandler implements XmlHandler {
  readonly rows: SheetCell[][] = [];
  readonly pending: PendingFormula[] = [];
  private readonly masters = new Map<string, { text: string; row: number; col: number }>();
  private inData = false;
  private row = 0;
  private col = 0;
  private cell: OpenCell | null = null;
  /** Which text the next text() belongs to. */
  private capture: 'value' | 'inline' | 'formula' | null = null;
  private inInline = false;
  private inPhonetic = false;

  constructor(private readonly ctx: SheetContext) {}

  private where(): Pair {
    return inBoth(importReadMessages, 'importRead.where.sheet', { sheet: this.ctx.name });
  }

  private checkExtent(rows: number, cols: number, declared: boolean): void {
    const { limits } = this.ctx;
    const { vi, en } = this.where();
    if (rows > limits.rows) throw tooManyRows(vi, en, declared ? rows : null, limits);
    if (cols > limits.columns) throw tooManyColumns(vi, en, cols, limits);
  }

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (!this.inData) {
      if (name === 'dimension' && attributes.ref) {
        const end = rangeEnd(attributes.ref);
        if (end) this.checkExtent(end.row, end.col, true);
      } else if (name === 'sheetData' && !selfClosing) this.inData = true;
      return;
    }
    if (name === 'row') {
      const r = attributes.r === undefined ? this.row + 1 : Number(attributes.r);
      if (!Number.isInteger(r) || r < 1) throw damaged();
      this.row = r;
      this.col = 0;
    } else if (name === 'c') {
      const ref = attributes.r === undefined ? null : parseRef(attributes.r);
      if (attributes.r !== undefined && !ref) throw damaged();
      const row = ref?.row ?? Math.max(this.row, 1);
      const col = ref?.col ?? this.col + 1;
      this.row = row;
      this.col = col;
      this.cell = { row, col, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) };
    } else if (this.cell) {
      this.openInCell(name, attributes);
    }
  }

  private openInCell(name: string, attributes: XmlAttributes): void {
    const cell = this.cell!;
    if (name === 'v') {
      cell.value = '';
      this.capture = 'value';
    } else if (name === 'f') {
      const shared = attributes.t === 'shared' ? attributes.si : undefined;
      cell.formula = { text: '', shared, master: shared !== undefined && attributes.ref !== undefined };
      this.capture = 'formula';
    } else if (name === 'is') {
      this.inInline = true;
      cell.inline = '';
    } else if (name === 'rPh') {
      this.inPhonetic = true;
    } else if (name === 't' && this.inInline && !this.inPhonetic) {
      this.capture = 'inline';
    }
  }

  text(raw: string): void {
    const cell = this.cell;
    if (!cell || !this.capture) return;
    if (this.capture === 'value') cell.value += raw;
    else if (this.capture === 'inline') cell.inline += raw;
    else if (cell.formula) cell.formula.text += raw;
    // Raw text may be ten times its decoded length (&#x1EA1;), never more.
    const length = Math.max(
      cell.value?.length ?? 0,
      cell.inline?.length ?? 0,
      cell.formula?.text.length ?? 0,
    );
    if (length > this.ctx.limits.cellText * 10) this.tooLong(cell);
  }

  private tooLong(cell: OpenCell): never {
    const ref = refName(cell);
    const where = inBoth(importReadMessages, 'importRead.where.cell', { ref, sheet: this.ctx.name });
    throw tooLongText(where.vi, where.en, this.ctx.limits);
  }

  close(name: string): void {
    if (name === 'sheetData') this.inData = false;
    if (!this.cell) return;
    if (name === 'v' || name === 'f' || name === 't') this.capture = null;
    else if (name === 'is') this.inInline = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'c') {
      this.finish(this.cell);
      this.cell = null;
      this.capture = null;
    }
  }

  private textOf(raw: string | undefined, cell: OpenCell): string | null {
    if (raw === undefined) return null;
    const text = unescapeXlsx(decodeXml(raw)).trim();
    if (text.length > this.ctx.limits.cellText) this.tooLong(cell);
    return text === '' ? null : text;
  }

  private valueOf(cell: OpenCell): SheetCell {
    const { value } = cell;
    switch (cell.type) {
      case 's': {
        const text = value === undefined ? undefined : this.ctx.sharedStrings[Number(value)];
        return text === undefined || text === '' ? null : text;
      }
      case 'inlineStr':
        return this.textOf(cell.inline, cell);
      case 'str':
      case 'e':
        return this.textOf(value, cell);
      case 'b':
        return value === undefined ? null : value.trim() === '1' ? 'TRUE' : 'FALSE';
      case 'd': {
        const date = value === undefined ? null : new Date(value.trim());
        return date && !Number.isNaN(date.getTime())
          ? `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`
          : null;
      }
      default: {
        if (value === undefined || value.trim() === '') return null;
        const n = Number(value);
        if (!Number.isFinite(n)) return null;
        return this.ctx.dateStyles.has(cell.style) ? serialDate(n, this.ctx.date1904) : n;
      }
    }
  }

  private finish(cell: OpenCell): void {
    const { formula } = cell;
    if (formula?.master) {
      this.masters.set(formula.shared!, { text: decodeXml(formula.text), row: cell.row, col: cell.col });
    }
    // No <v> at all after a formula: no stored result (an empty <v/> is an empty result).
    if (formula && cell.value === undefined && cell.type !== 'inlineStr') {
      this.pendingFormula(cell);
      return;
    }
    const value = this.valueOf(cell);
    if (value !== null) this.set(cell.row, cell.col, value);
  }

  private pendingFormula(cell: OpenCell): void {
    const formula = cell.formula!;
    let text = decodeXml(formula.text);
    if (formula.shared !== undefined && !formula.master) {
      const master = this.masters.get(formula.shared);
      text = master ? shiftFormula(master.text, cell.row - master.row, cell.col - master.col) : '';
    }
    this.checkExtent(cell.row, cell.col, false);
    this.pending.push({ row: cell.row, col: cell.col, text });
  }

  /** Stores a value; gaps before it in its row become nulls, counted against the cell budget. */
  set(row: number, col: number, value: SheetCell): void {
    this.checkExtent(row, col, false);
    const { budget, limits } = this.ctx;
    const { rows } = this;
    if (row > rows.length) {
      budget.cells += row - rows.length;
      if (budget.cells > limits.cells) throw tooManyCells(limits);
      while (rows.length < row) rows.push([]);
    }
    const line = rows[row - 1];
    if (col > line.length) {
      budget.cells += col - line.length;
      if (budget.cells > limits.cells) throw tooManyCells(limits);
      while (line.length < col) line.push(null);
    }
    line[col - 1] = value;
  }
}
