import { parseNumber } from '../numbers';
import type { BuiltTable } from '../table/build-model';
import type { HeaderNode, RowKind, TableModel } from '../table/model';
import { clean, labelKey } from '../text';
import { ancestorsOf, type ElementShape, shapeOf } from './shape';

// One candidate table or grid as its rows and cells are laid out, without its data: header and
// numbering texts are the only text kept; every other cell says what kind of thing it holds (a field,
// a number, a row label, an STT mark). Row labels are kept only when they are the form's own words
// for a total, subtotal or level heading.

export type Content = 'empty' | 'number' | 'text' | 'label' | 'stt';

export interface CellShape extends ElementShape {
  /** Header or numbering text as shown: the only text a report carries from a table. */
  text?: string;
  content?: Content;
  /** A total, subtotal or level heading's label when it is one of the form's own words. */
  keyword?: string;
  stt?: 'arabic' | 'roman' | 'letter' | 'other';
  /** The field the user types in, and whether it holds anything (never what). */
  control?: ElementShape & { holds: 'empty' | 'number' | 'text' };
}

export interface RowShape {
  /** Index into `groups`: the thead/tbody/rowgroup the row sits in. */
  group: number;
  header: boolean;
  numbering?: boolean;
  element: ElementShape;
  cells: CellShape[];
}

export interface ModelShape {
  source: TableModel['source'];
  /** Column numbers and header paths as the extension read them. */
  columns: { number: number; path: string[] }[];
  labelColumn: number;
  numbered: boolean;
  rows: number;
  /** Row kinds in order, runs counted: [["data", 8], ["total", 1]]. */
  kinds: [RowKind, number][];
  editableCells: number;
  computedCells: number;
}

export interface TableShape {
  element: ElementShape;
  around: ElementShape[];
  groups: ElementShape[];
  rows: RowShape[];
  /** DOM rows in all, and how many body rows past the first ones are not described. */
  domRows: number;
  rowsOmitted: number;
}

const MAX_BODY_ROWS = 60;
const CONTROL = 'input:not([type=hidden]),textarea,select,[contenteditable]:not([contenteditable=false])';
const CELL = '[role=gridcell],[role=columnheader],[role=rowheader],[role=cell]';
const MARK = /^\(?\s*\d{1,3}\s*\)?(?:\s*[=+\-–*/×:].*)?$|^\(?[A-ZĐ]\)?$/;
/** Template words of total, subtotal and level-heading rows (labelKey form). */
const KEYWORD =
  /^(?:[ivxlc]+[.)]?\s*|[a-d][.)]\s*)?(?:tổng cộng|tổng số|tổng|cộng|cộng cấp (?:tỉnh|huyện|xã)|tổng cấp (?:tỉnh|huyện|xã)|cấp (?:tỉnh|huyện|xã)|sở,ban,ngành|các sở,ban,ngành|khối (?:tỉnh|huyện|xã)|ubnd cấp (?:huyện|xã)|xã,phường,thị trấn|huyện,thị xã,thành phố)$/;

function sttKind(stt: string): CellShape['stt'] {
  const s = stt.trim();
  if (/^\d+\.?$/.test(s)) return 'arabic';
  if (/^[IVXLC]+\.?$/.test(s)) return 'roman';
  if (/^[a-zđ]\.?$/i.test(s)) return 'letter';
  return 'other';
}

function holds(value: string): 'empty' | 'number' | 'text' {
  const parse = parseNumber(value).parse;
  return parse === 'empty' ? 'empty' : parse === 'number' ? 'number' : 'text';
}

function controlOf(cell: Element): CellShape['control'] | undefined {
  const field = cell.matches(CONTROL) ? cell : cell.querySelector(CONTROL);
  if (!field) return undefined;
  const value =
    field.tagName === 'SELECT'
      ? ''
      : 'value' in field
        ? String((field as HTMLInputElement).value)
        : (field.textContent ?? '');
  return { ...shapeOf(field), holds: holds(value) };
}

function headerLabels(nodes: HeaderNode[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    out.add(clean(node.label));
    headerLabels(node.children, out);
  }
  return out;
}

function domRows(el: Element): { row: Element; cells: Element[] }[] {
  if (el.tagName === 'TABLE') {
    return Array.from((el as HTMLTableElement).rows).map((row) => ({ row, cells: Array.from(row.cells) }));
  }
  return Array.from(el.querySelectorAll('[role=row]'))
    .filter((row) => row.parentElement?.closest('[role=grid],[role=treegrid],[role=table]') === el)
    .map((row) => ({
      row,
      cells: Array.from(row.querySelectorAll(CELL)).filter((c) => c.closest('[role=row]') === row),
    }));
}

function isNumberingRow(texts: string[]): boolean {
  const marks = texts.filter((t) => t !== '');
  return (
    marks.length >= 3 && marks.every((t) => MARK.test(t)) && marks.filter((t) => /\d/.test(t)).length >= 3
  );
}

/**
 * `trusted`: the extension took this for a report table, so the header it read is the header. Any
 * other table (a layout table, a list) shows header text only where its markup says header.
 */
export function describeTable(el: Element, built: BuiltTable | null, trusted = true): TableShape {
  const model = built?.model;
  const headers = headerLabels(trusted ? (model?.headers ?? []) : []);
  if (trusted)
    for (const column of model?.columns ?? []) for (const label of column.path) headers.add(clean(label));
  const labels = new Map((model?.rows ?? []).map((r) => [clean(r.label), r.kind]));
  const stts = new Set((model?.rows ?? []).map((r) => clean(r.stt)).filter(Boolean));
  const groups: Element[] = [];
  const rows: RowShape[] = [];
  const all = domRows(el);
  let inBody = false;
  let bodyRows = 0;
  let omitted = 0;
  for (const { row, cells } of all) {
    const texts = cells.map((c) => (controlOf(c) ? '' : clean(c.textContent ?? '')));
    const numbering = isNumberingRow(texts);
    const body =
      !numbering &&
      cells.some(
        (c, i) =>
          controlOf(c) !== undefined ||
          ((labels.has(texts[i]) || parseNumber(texts[i]).parse === 'number') && !headers.has(texts[i])),
      );
    inBody ||= body;
    if (inBody && !numbering && ++bodyRows > MAX_BODY_ROWS) {
      omitted++;
      continue;
    }
    const parent = row.parentElement ?? el;
    if (!groups.includes(parent)) groups.push(parent);
    rows.push({
      group: groups.indexOf(parent),
      header: !inBody && !numbering,
      ...(numbering ? { numbering: true } : {}),
      element: shapeOf(row),
      cells: cells.map((cell, i) =>
        describeCell(cell, texts[i], { header: !inBody, numbering, headers, labels, stts }),
      ),
    });
  }
  return {
    element: shapeOf(el),
    around: ancestorsOf(el),
    groups: groups.map((g) => (g === el ? { tag: '' } : shapeOf(g))),
    rows,
    domRows: all.length,
    rowsOmitted: omitted,
  };
}

/**
 * A header cell by its markup when the extension read no header of its own (a scrambled header is
 * what the report is for): a <th>, a columnheader, or a cell in <thead>. Plain text rows above the
 * first body row are not taken on trust.
 */
function isHeaderCell(cell: Element, known: Known): boolean {
  if (known.headers.size > 0) return false;
  return (
    cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader' || cell.closest('thead') !== null
  );
}

interface Known {
  header: boolean;
  numbering: boolean;
  headers: Set<string>;
  labels: Map<string, RowKind>;
  stts: Set<string>;
}

function describeCell(cell: Element, text: string, known: Known): CellShape {
  const shape: CellShape = shapeOf(cell);
  const control = controlOf(cell);
  if (control) return { ...shape, control };
  if (text === '') return { ...shape, content: 'empty' };
  if (known.numbering || (known.header && (known.headers.has(text) || isHeaderCell(cell, known))))
    return { ...shape, text };
  const kind = known.labels.get(text);
  if (kind !== undefined) {
    const keyword = kind !== 'data' && KEYWORD.test(labelKey(text)) ? { keyword: text } : {};
    return { ...shape, content: 'label', ...keyword };
  }
  if (known.stts.has(text)) return { ...shape, content: 'stt', stt: sttKind(text) };
  return { ...shape, content: holds(text) === 'number' ? 'number' : 'text' };
}

export function describeModel(built: BuiltTable): ModelShape {
  const { model } = built;
  const kinds: [RowKind, number][] = [];
  let editable = 0;
  let computed = 0;
  for (const row of model.rows) {
    const last = kinds[kinds.length - 1];
    if (last && last[0] === row.kind) last[1]++;
    else kinds.push([row.kind, 1]);
    for (const cell of row.cells) {
      if (cell.editable) editable++;
      if (cell.computed) computed++;
    }
  }
  return {
    source: model.source,
    columns: model.columns.map((c) => ({ number: c.number, path: c.path })),
    labelColumn: model.labelColumn,
    numbered: built.numbered,
    rows: model.rows.length,
    kinds,
    editableCells: editable,
    computedCells: computed,
  };
}
