import { parseNumber } from '../numbers';
import { clean, labelKey } from '../text';
import { readCellNumber } from './cell-content';
import type { CellHandle } from './handles';
import { buildHeaders } from './header-tree';
import type { Cell, Column, Row, RowKind, TableModel } from './model';
import { readNumbering } from './numbering';
import { isRomanMark, kindFromLabel, startsWithRomanMark } from './row-kind';
import { isRowNumberHeader } from './row-number';
import { rowCells, type Slot, type SlotGrid, type SourceCell } from './source';

// Grid of source cells → TableModel + handles. Shared by every reader: finds the header rows and the
// column-numbering row, the label and STT columns, and classifies body rows.

export interface BuildOptions {
  source: TableModel['source'];
  /** Header rows the markup declares (<thead>, rows of <th>/columnheader); a hint, not a rule. */
  headerRows?: number;
}

export interface BuiltTable {
  model: TableModel;
  handles: CellHandle[][];
  /** The table carries a column-numbering row. */
  numbered: boolean;
}

/** How far down the numbering row and the headers are looked for. */
const HEADER_SEARCH = 10;
const LABEL_HEADER = /^(?:lĩnh vực|nội dung|tên|chỉ tiêu|danh mục|cơ quan|đơn vị(?! tính))/;

/** Most cells hold plain digits: read those without the full Vietnamese-notation parser. */
const DIGITS = /^\d{1,15}$/;

/** A cell's number; with its handle, in the notation of its field (a number input holds `1.5`). */
function readNumber(text: string, handle?: CellHandle): { value: number | null; parse: Cell['parse'] } {
  if (DIGITS.test(text)) return { value: Number(text), parse: 'number' };
  return handle ? readCellNumber(text, handle) : parseNumber(text);
}

function isNumeric(text: string): boolean {
  return readNumber(text).parse === 'number';
}

/** A cell that says its row is body, not header: a value, a field, a group heading or a subtotal. */
function isBodyCell(cell: SourceCell): boolean {
  if (cell.editable || isNumeric(cell.text)) return true;
  const kind = kindFromLabel(cell.text);
  return kind === 'group' || kind === 'subtotal';
}

/** Leading rows that look like headers ("Tổng số" is a header word as much as a total row's label). */
function guessHeaderRows(grid: SlotGrid): number {
  const limit = Math.min(HEADER_SEARCH, grid.length);
  let r = 0;
  for (; r < limit; r++) {
    if (rowCells(grid[r]).some(isBodyCell)) break;
  }
  if (r === grid.length) return grid.length > 1 ? 1 : 0;
  return r;
}

/** A first header row that is one cell across the whole table is a title, not a column header. */
function isTitleRow(line: (Slot | null)[], width: number): boolean {
  const cells = rowCells(line);
  return cells.length === 1 && cells[0].colSpan >= width;
}

function findColumn(paths: string[][], test: (label: string) => boolean): number {
  return paths.findIndex((path) => path.some(test));
}

function columnText(grid: SlotGrid, c: number): string[] {
  return grid.map((line) => (line[c]?.origin ? line[c]!.cell.text.trim() : ''));
}

/** The column with the most non-numeric text in the body (longest text breaking ties). */
function widestTextColumn(body: SlotGrid, width: number, skip: number): number {
  let best = -1;
  let bestCount = 0;
  let bestLength = 0;
  for (let c = 0; c < width; c++) {
    if (c === skip) continue;
    let count = 0;
    let length = 0;
    for (const text of columnText(body, c)) {
      if (text === '' || readNumber(text).parse !== 'invalid') continue;
      count++;
      length += text.length;
    }
    if (count > bestCount || (count === bestCount && count > 0 && length > bestLength)) {
      best = c;
      bestCount = count;
      bestLength = length;
    }
  }
  return best;
}

function looksLikeStt(body: SlotGrid): boolean {
  const texts = columnText(body, 0).filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => t.length <= 6);
}

const EMPTY_HANDLE: CellHandle = { kind: 'static', cell: null };

function toCell(slot: Slot | null): { cell: Cell; handle: CellHandle } {
  if (!slot) return { cell: { raw: '', value: null, parse: 'empty', editable: false }, handle: EMPTY_HANDLE };
  if (!slot.origin) {
    return {
      cell: { raw: '', value: null, parse: 'empty', editable: false },
      handle: { kind: 'static', cell: slot.cell.handle.cell },
    };
  }
  const known = slot.cell.value;
  const { value, parse } =
    known !== undefined
      ? { value: known, parse: 'number' as const }
      : readNumber(slot.cell.text, slot.cell.handle);
  return {
    cell: { raw: slot.cell.text, value, parse, editable: slot.cell.editable },
    handle: slot.cell.handle,
  };
}

export function buildModel(grid: SlotGrid, options: BuildOptions): BuiltTable {
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);

  let numbering: number[] | null = null;
  let numberingRow = -1;
  for (let r = 0; r < Math.min(HEADER_SEARCH, grid.length) && !numbering; r++) {
    numbering = readNumbering(grid[r]);
    if (numbering) numberingRow = r;
  }
  let headerEnd: number;
  let bodyStart: number;
  if (numbering) {
    headerEnd = numberingRow;
    bodyStart = numberingRow + 1;
  } else {
    headerEnd =
      options.headerRows && options.headerRows < grid.length ? options.headerRows : guessHeaderRows(grid);
    bodyStart = headerEnd;
  }
  let headerStart = 0;
  while (headerEnd - headerStart > 1 && isTitleRow(grid[headerStart], width)) headerStart++;

  const { roots, paths } = buildHeaders(grid.slice(headerStart, headerEnd), width);
  const columns: Column[] = paths.map((path, index) => ({
    index,
    number: numbering ? numbering[index] : index + 1,
    path,
  }));

  const body = grid
    .slice(bodyStart)
    .filter((line) => !readNumbering(line) && rowCells(line).some((c) => c.editable || c.text.trim() !== ''));

  let sttColumn = findColumn(paths, (label) => isRowNumberHeader(label));
  let labelColumn = findColumn(paths, (label) => LABEL_HEADER.test(labelKey(label)));
  if (labelColumn < 0) labelColumn = widestTextColumn(body, width, sttColumn);
  if (labelColumn < 0) labelColumn = sttColumn === 0 && width > 1 ? 1 : 0;
  if (sttColumn < 0 && labelColumn > 0 && looksLikeStt(body)) sttColumn = 0;

  const rows: Row[] = [];
  const handles: CellHandle[][] = [];
  let group: number | undefined;
  for (const line of body) {
    const cells: Cell[] = [];
    const rowHandles: CellHandle[] = [];
    for (let c = 0; c < width; c++) {
      const { cell, handle } = toCell(line[c] ?? null);
      cells.push(cell);
      rowHandles.push(handle);
    }
    const labelSlot = line[labelColumn] ?? null;
    const label = labelSlot ? clean(labelSlot.cell.text) : '';
    const sttSlot = sttColumn >= 0 ? (line[sttColumn] ?? null) : null;
    const stt = sttSlot && sttSlot.cell !== labelSlot?.cell ? clean(sttSlot.cell.text) : '';

    const editable = cells.some((cell, c) => cell.editable && line[c]?.cell !== labelSlot?.cell);
    const valued = cells.some((cell, c) => c !== labelColumn && c !== sttColumn && cell.parse === 'number');
    let kind: RowKind = kindFromLabel(label) ?? 'data';
    if (kind === 'data' && label !== '' && !editable && !valued) {
      const wide = labelSlot !== null && labelSlot.cell.colSpan * 2 >= width;
      if (isRomanMark(stt) || startsWithRomanMark(label) || wide) kind = 'group';
    }

    const index = rows.length;
    if (kind === 'group') group = index;
    const row: Row = { index, label, stt, kind, cells };
    if (kind !== 'group' && kind !== 'total' && group !== undefined) row.group = group;
    rows.push(row);
    handles.push(rowHandles);
  }

  // In a table the user types into, a locked value cell is one the page fills itself (a computed
  // total column, a total row). A table with nothing editable is locked as a whole: nothing computed.
  if (rows.some((row) => row.cells.some((cell) => cell.editable))) {
    for (const row of rows) {
      if (row.kind === 'group') continue;
      row.cells.forEach((cell, c) => {
        if (cell.editable || c === labelColumn || c === sttColumn || cell.parse === 'invalid') return;
        if (!body[row.index][c]?.origin) return;
        cell.computed = true;
      });
    }
  }

  return {
    model: {
      source: options.source,
      columns,
      headers: roots,
      labelColumn,
      ...(sttColumn >= 0 && sttColumn !== labelColumn ? { rowNumberColumn: sttColumn } : {}),
      rows,
    },
    handles,
    numbered: numbering !== null,
  };
}
