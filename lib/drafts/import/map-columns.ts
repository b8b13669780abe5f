import type { FormColumn, FormDef } from '../../forms/schema';
import { readNumbering } from '../../table/numbering';
import type { Slot } from '../../table/source';
import { clean, labelKey } from '../../text';
import type { SheetCell } from './read-file';

// Which file column is which form column. A column-numbering row ("(1) (2) … (13)") decides when the
// file has one; else the header words, with the group row above telling apart the three "Tổng số" and
// the two "Quá hạn". Title rows above the header are passed over.

/** How a file column's form number was decided. */
export type MappingHow = 'numbering' | 'header' | 'group' | 'order' | 'none';

export interface ColumnMapping {
  /** 0-based column in the file. */
  fileColumn: number;
  /** The file's header words for it, top to bottom, joined with " / ". */
  header: string;
  /** Form column number, null when the column is not part of the form. */
  number: number | null;
  how: MappingHow;
}

export interface SheetLayout {
  /** 0-based file column of the row labels (field names). */
  labelColumn: number;
  mapping: ColumnMapping[];
  /** 0-based row where data starts. */
  bodyStart: number;
  /** Mappings decided by column order only (the header named several alike, no group told them apart). */
  guessed: number[];
}

/** How far down the header is looked for (title rows, unit, period lines come first). */
const HEADER_SEARCH = 30;
const MAX_HEADER_ROWS = 4;

export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : clean(cell);
}

const STATIC_HANDLE = { kind: 'static', cell: null } as const;

function asSlots(row: SheetCell[]): (Slot | null)[] {
  return row.map((cell) => {
    const text = cellText(cell);
    if (text === '') return null;
    return {
      origin: true,
      cell: { text, header: true, rowSpan: 1, colSpan: 1, editable: false, handle: STATIC_HANDLE },
    };
  });
}

function width(rows: SheetCell[][]): number {
  return rows.reduce((w, row) => Math.max(w, row.length), 0);
}

function keysOf(words: (string | undefined)[]): Set<string> {
  return new Set(words.filter((w): w is string => !!w).map(labelKey));
}

function leafKeys(column: FormColumn): Set<string> {
  return keysOf([column.header, ...(column.aliases ?? [])]);
}

function groupKeys(column: FormColumn): Set<string> {
  return keysOf([column.group, ...(column.groupAliases ?? [])]);
}

function labelNumber(def: FormDef): number {
  return def.labelColumn ?? 2;
}

/** Header words of column c within rows [top, bottom]: merged group cells reach right (forward fill). */
function headerPath(
  rows: SheetCell[][],
  top: number,
  bottom: number,
  c: number,
  labelColumn: number,
): string[] {
  const path: string[] = [];
  let leafRow = -1;
  for (let r = bottom; r >= top; r--) {
    if (cellText(rows[r][c]) !== '') {
      leafRow = r;
      break;
    }
  }
  if (leafRow < 0) return path;
  for (let r = top; r < leafRow; r++) {
    for (let k = c; k > labelColumn; k--) {
      const text = cellText(rows[r][k]);
      if (text !== '') {
        path.push(text);
        break;
      }
    }
  }
  path.push(cellText(rows[leafRow][c]));
  return path;
}

/** A numbering row is followed by rows named in words; "1, 2, 3" over "4, 5, 6" is data, not numbering. */
function labelsFollow(rows: SheetCell[][], from: number, labelColumn: number): boolean {
  for (let r = from; r < rows.length; r++) {
    const label = rows[r][labelColumn];
    const text = cellText(label);
    if (text === '') continue;
    return typeof label !== 'number' && !/^[\d\s.,()]+$/.test(text);
  }
  return false;
}

function fromNumbering(rows: SheetCell[][], def: FormDef): SheetLayout | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH, rows.length); r++) {
    const numbers = readNumbering(asSlots(rows[r]));
    if (!numbers) continue;
    const labelColumn = numbers.indexOf(labelNumber(def));
    if (labelColumn < 0 || !labelsFollow(rows, r + 1, labelColumn)) continue;
    const known = new Set(def.columns.map((c) => c.number));
    const top = Math.max(0, r - MAX_HEADER_ROWS);
    const mapping = numbers.map((n, c): ColumnMapping => {
      const header = headerPath(rows, top, r - 1, c, labelColumn).join(' / ') || `(${n})`;
      const inForm = n > 0 && (def.structure === 'generic' || known.has(n));
      return { fileColumn: c, header, number: inForm ? n : null, how: inForm ? 'numbering' : 'none' };
    });
    return { labelColumn, mapping, bodyStart: r + 1, guessed: [] };
  }
  return null;
}

/** The row naming the label column ("Lĩnh vực…"), and where in it. */
function findLabelHeader(rows: SheetCell[][], def: FormDef): { row: number; col: number } | null {
  const labelDef = def.columns.find((c) => c.number === labelNumber(def));
  const keys = labelDef ? leafKeys(labelDef) : keysOf(['Lĩnh vực', 'Tên lĩnh vực', 'Nội dung']);
  for (let r = 0; r < Math.min(HEADER_SEARCH, rows.length); r++) {
    const col = rows[r].findIndex((cell) => keys.has(labelKey(cellText(cell))));
    if (col >= 0) return { row: r, col };
  }
  return null;
}

function isGroupRow(row: SheetCell[], groups: Set<string>): boolean {
  return row.some((cell) => {
    const key = labelKey(cellText(cell));
    return groups.has(key) || key === 'trong đó';
  });
}

function looksLikeData(row: SheetCell[], labelColumn: number): boolean {
  if (cellText(row[labelColumn]) !== '') return true;
  return row.some((cell) => typeof cell === 'number');
}

function fromHeaderWords(rows: SheetCell[][], def: FormDef): SheetLayout | null {
  const anchor = findLabelHeader(rows, def);
  if (!anchor) return null;
  const labelColumn = anchor.col;
  const allGroups = new Set(def.columns.flatMap((c) => [...groupKeys(c)]));
  let top = anchor.row;
  while (top > 0 && anchor.row - top < MAX_HEADER_ROWS - 1 && isGroupRow(rows[top - 1], allGroups)) top--;
  let bottom = anchor.row;
  while (
    bottom + 1 < rows.length &&
    bottom - top < MAX_HEADER_ROWS - 1 &&
    !looksLikeData(rows[bottom + 1], labelColumn)
  ) {
    bottom++;
  }

  const candidates = def.columns.filter((c) => c.number !== 1 && c.number !== labelNumber(def));
  const taken = new Set<number>();
  const mapping: ColumnMapping[] = [];
  const unresolved: { index: number; options: FormColumn[] }[] = [];
  for (let c = 0; c < width(rows.slice(top, bottom + 1)); c++) {
    const path = headerPath(rows, top, bottom, c, labelColumn);
    const entry: ColumnMapping = { fileColumn: c, header: path.join(' / '), number: null, how: 'none' };
    mapping.push(entry);
    if (c === labelColumn || path.length === 0) continue;
    const leaf = labelKey(path.at(-1)!);
    const above = new Set(path.slice(0, -1).map(labelKey));
    const byLeaf = candidates.filter((col) => leafKeys(col).has(leaf));
    const byGroup = byLeaf.filter((col) => [...groupKeys(col)].some((g) => above.has(g)));
    const pick = byLeaf.length === 1 ? byLeaf[0] : byGroup.length === 1 ? byGroup[0] : null;
    if (pick && !taken.has(pick.number)) {
      taken.add(pick.number);
      entry.number = pick.number;
      entry.how = byLeaf.length === 1 ? 'header' : 'group';
    } else if (byLeaf.length > 1) {
      unresolved.push({ index: mapping.length - 1, options: byLeaf });
    }
  }
  // Several "Tổng số" and no group row to tell them apart: the form's own order, shown as a guess.
  const guessed: number[] = [];
  for (const { index, options } of unresolved) {
    const next = options.find((col) => !taken.has(col.number));
    if (!next) continue;
    taken.add(next.number);
    mapping[index].number = next.number;
    mapping[index].how = 'order';
    guessed.push(next.number);
  }
  if (taken.size === 0) return null;
  mapping[labelColumn].number = labelNumber(def);
  mapping[labelColumn].how = 'header';
  return { labelColumn, mapping, bodyStart: bottom + 1, guessed };
}

/** The sheet's layout for this form, or null when neither a numbering row nor the header words fit. */
export function mapColumns(rows: SheetCell[][], def: FormDef): SheetLayout | null {
  return fromNumbering(rows, def) ?? fromHeaderWords(rows, def);
}
