import { headerKey } from '../../forms/header-key';
import type { FormColumn, FormDef } from '../../forms/schema';
import { readNumbering } from '../../table/numbering';
import type { Slot } from '../../table/source';
import { clean } from '../../text';
import { isLabelHeader, type Kind, type Placement, placeColumn } from './place-column';
import type { SheetCell } from './read-file';

// Which file column goes to which form column. Header words decide: for II.06a / II.06 through the
// one-stop exporters' vocabulary (place-column.ts), which may send several file columns to one form
// column (they are added up) and knows the columns the form has no place for; for other forms through
// the definition's own words. A column-numbering row ("(1) (2) … (13)") is trusted only when the words
// agree with it, or say nothing: an exporter's own numbering (1)…(18) is not the form's.

/** How a file column's form number was decided. */
export type MappingHow =
  | 'numbering'
  | 'header'
  | 'group'
  | 'fuzzy'
  | 'order'
  | 'user'
  | 'remembered'
  | 'merged'
  | 'none';

export interface ColumnMapping {
  /** 0-based column in the file. */
  fileColumn: number;
  /** The file's header words for it, top to bottom, joined with " / ". */
  header: string;
  /** Form column number, null when the column is not part of the form. */
  number: number | null;
  how: MappingHow;
  /** What the words say it is, beyond a form column (a merged column, a total of channels…). */
  kind?: Kind;
}

export interface SheetLayout {
  /** 0-based file column of the row labels (field names). */
  labelColumn: number;
  mapping: ColumnMapping[];
  /** 0-based row where data starts. */
  bodyStart: number;
  /** Mappings decided by column order only (the header named several alike, no group told them apart). */
  guessed: number[];
  /** The file numbers its columns differently from what its words say: the words were followed. */
  numberingOverruled?: boolean;
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

function numberingOf(row: SheetCell[] | undefined): number[] | null {
  return row ? readNumbering(asSlots(row)) : null;
}

function width(rows: SheetCell[][]): number {
  return rows.reduce((w, row) => Math.max(w, row.length), 0);
}

function keysOf(words: (string | undefined)[]): Set<string> {
  return new Set(words.filter((w): w is string => !!w).map(headerKey));
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

/** II.06a and II.06 (the 13 result columns): the exporters' vocabulary applies. */
function usesVocabulary(def: FormDef): boolean {
  const keys = def.columns.map((c) => c.key);
  return keys.includes('nhanTrucTuyen') && keys.includes('dangGiaiQuyetQuaHan');
}

/**
 * Header words of column c within rows [top, bottom]. A merged cell keeps its text in its first
 * column only, so a group is looked for to the left — but never left of where the group above starts.
 */
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
  let from = labelColumn + 1;
  for (let r = top; r < leafRow; r++) {
    for (let k = c; k >= from; k--) {
      const text = cellText(rows[r][k]);
      if (text !== '') {
        path.push(text);
        from = k;
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
    const numbers = numberingOf(rows[r]);
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
  const vocabulary = usesVocabulary(def);
  for (let r = 0; r < Math.min(HEADER_SEARCH, rows.length); r++) {
    const col = rows[r].findIndex((cell) => {
      const text = cellText(cell);
      if (keys.has(headerKey(text))) return true;
      return vocabulary && text !== '' && isLabelHeader(text);
    });
    if (col >= 0) return { row: r, col };
  }
  return null;
}

function isGroupRow(row: SheetCell[], def: FormDef): boolean {
  const groups = new Set(def.columns.flatMap((c) => [...groupKeys(c)]));
  return row.some((cell) => {
    const text = cellText(cell);
    const key = headerKey(text);
    if (groups.has(key) || key === 'trong đó') return true;
    return usesVocabulary(def) && text !== '' && placeColumn([text, 'Tổng số']).byGroup === true;
  });
}

function looksLikeData(row: SheetCell[], labelColumn: number): boolean {
  if (cellText(row[labelColumn]) !== '') return true;
  return row.some((cell) => typeof cell === 'number');
}

/** The form definition's own words: leaf, then the group above when several leaves are alike. */
function placeByDefinition(def: FormDef): (path: string[]) => Placement {
  const candidates = def.columns.filter((c) => c.number !== 1 && c.number !== labelNumber(def));
  return (path) => {
    const leaf = headerKey(path.at(-1)!);
    const above = new Set(path.slice(0, -1).map(headerKey));
    const byLeaf = candidates.filter((col) => leafKeys(col).has(leaf));
    const byGroup = byLeaf.filter((col) => [...groupKeys(col)].some((g) => above.has(g)));
    if (byLeaf.length === 1) return { number: byLeaf[0].number };
    if (byGroup.length === 1) return { number: byGroup[0].number, byGroup: true };
    if (byLeaf.length > 1) return { number: null, options: byLeaf.map((c) => c.number) };
    return { number: null };
  };
}

function fromHeaderWords(rows: SheetCell[][], def: FormDef): SheetLayout | null {
  const anchor = findLabelHeader(rows, def);
  if (!anchor) return null;
  const labelColumn = anchor.col;
  let top = anchor.row;
  while (top > 0 && anchor.row - top < MAX_HEADER_ROWS - 1 && isGroupRow(rows[top - 1], def)) top--;
  let bottom = anchor.row;
  while (
    bottom + 1 < rows.length &&
    bottom - top < MAX_HEADER_ROWS - 1 &&
    !looksLikeData(rows[bottom + 1], labelColumn)
  ) {
    bottom++;
  }

  const place = usesVocabulary(def) ? placeColumn : placeByDefinition(def);
  const known = new Set(def.columns.map((c) => c.number));
  const mapping: ColumnMapping[] = [];
  const unresolved: { index: number; options: number[] }[] = [];
  let placed = 0;
  for (let c = 0; c < width(rows.slice(top, bottom + 1)); c++) {
    const path = headerPath(rows, top, bottom, c, labelColumn);
    const entry: ColumnMapping = { fileColumn: c, header: path.join(' / '), number: null, how: 'none' };
    mapping.push(entry);
    if (c === labelColumn || path.length === 0) continue;
    const where = place(path);
    if (where.kind) entry.kind = where.kind;
    if (where.kind === 'label') entry.kind = undefined;
    if (where.kind === 'label' || where.kind === 'stt') continue;
    if (where.kind === 'merged') entry.how = 'merged';
    if (where.number !== null && known.has(where.number)) {
      entry.number = where.number;
      entry.how = where.fuzzy ? 'fuzzy' : where.byGroup ? 'group' : 'header';
      placed++;
    } else if (where.options) {
      unresolved.push({ index: c, options: where.options });
    }
  }
  // Several "Tổng số" and no group row to tell them apart: the form's own order, shown as a guess.
  const taken = new Set(mapping.map((m) => m.number).filter((n) => n !== null));
  const guessed: number[] = [];
  for (const { index, options } of unresolved) {
    const next = options.find((n) => !taken.has(n));
    if (next === undefined) continue;
    taken.add(next);
    mapping[index].number = next;
    mapping[index].how = 'order';
    guessed.push(next);
    placed++;
  }
  if (placed === 0) return null;
  mapping[labelColumn].number = labelNumber(def);
  mapping[labelColumn].how = 'header';
  // The exporter's own numbering row under the header is not a data row.
  const bodyStart = numberingOf(rows[bottom + 1]) ? bottom + 2 : bottom + 1;
  return { labelColumn, mapping, bodyStart, guessed };
}

/** Columns where the file's numbering says one form column and its words another. */
function disagree(numbered: SheetLayout, words: SheetLayout): boolean {
  if (numbered.labelColumn !== words.labelColumn) return true;
  return words.mapping.some((w) => {
    if (w.number === null || w.how === 'order') return false;
    const n = numbered.mapping[w.fileColumn];
    return !n || n.number !== w.number;
  });
}

/** The sheet's layout for this form, or null when neither a numbering row nor the header words fit. */
export function mapColumns(rows: SheetCell[][], def: FormDef): SheetLayout | null {
  const numbered = fromNumbering(rows, def);
  const words = fromHeaderWords(rows, def);
  if (!numbered) return words;
  if (!words || !disagree(numbered, words)) return numbered;
  return { ...words, numberingOverruled: true };
}
