import type { FormDef } from '../../forms/schema';
import { inBoth } from '../../i18n/both';
import type { Params } from '../../i18n/message';
import { type ImportReadKey, importReadMessages } from '../../i18n/messages/import-read';
import { formatNumber, parseNumber } from '../../numbers';
import { kindFromLabel } from '../../table/row-kind';
import { labelKey } from '../../text';
import type { DraftRow } from '../schema';
import { type ColumnMapping, cellText, type SheetLayout } from './map-columns';
import type { SheetCell } from './read-file';

// Sheet rows under the header → draft rows: label from the label column, each form column the sum of
// the file columns mapped to it, in Vietnamese notation (a real Excel number 1234 becomes "1.234").
// A form total the file does not have (3, 7, 11) is derived from its parts and said so. Only rows that
// look like data — a field name and at least one number — become rows; title, signature and note
// lines are left out and counted. Rows under a level heading ("Cấp xã") carry its key, as a page read
// does. Odd cells are kept as typed and reported, never guessed: the preview's checks show them again.

export interface ImportProblem {
  /** 1-based sheet row, as Excel numbers it. */
  row?: number;
  /** Form column number. */
  col?: number;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

/** A form column computed from others, because the file has no column for it. */
export interface Derived {
  number: number;
  /** Form columns added up; 'new' is the file's "Mới tiếp nhận" total (channels together). */
  from: (number | 'new')[];
}

export interface SheetOutcome {
  rows: DraftRow[];
  problems: ImportProblem[];
  derived: Derived[];
  /** Rows below the header that are not data (signature, notes, blank-figure lines). */
  leftOut: { count: number; labels: string[] };
  /** Totals over the data rows of the file columns the form has no place for. */
  unplacedTotals: Map<number, number>;
}

/** Lines of the signature block and notes: everything from the first of them on is not the table. */
const SIGNATURE =
  /^(?:người lập(?: biểu)?|thủ trưởng(?: đơn vị)?|kế toán(?: trưởng)?|người kiểm tra|người duyệt|lãnh đạo đơn vị|ghi chú|nơi nhận|xác nhận|ký,? ghi rõ họ tên|\(ký)/;
const SHOWN_LABELS = 5;

function valueText(cell: SheetCell): string {
  if (typeof cell === 'number') return formatNumber(cell);
  return cellText(cell);
}

/** Figures and blanks are no signature: only cells that start with a letter or "(" are read. */
const MAY_BE_WORDS = /^\s*[(\p{L}]/u;

function isSignature(line: SheetCell[]): boolean {
  return line.some(
    (cell) => typeof cell === 'string' && MAY_BE_WORDS.test(cell) && SIGNATURE.test(labelKey(cell)),
  );
}

/** Form totals the file lacks, derived from parts the file has (the form's sum relations). */
export function derivations(mapping: ColumnMapping[], def: FormDef): Derived[] {
  const placed = new Set(mapping.map((m) => m.number).filter((n) => n !== null));
  const hasNew = mapping.some((m) => m.kind === 'new-total' && m.number === null);
  const out: Derived[] = [];
  for (const r of def.relations) {
    if (r.kind !== 'sum' || placed.has(r.total)) continue;
    if (r.parts.every((p) => placed.has(p))) out.push({ number: r.total, from: r.parts });
    // Received = new (channels together) + carried over, when the file gives new as one figure.
    else if (hasNew && r.total === 3 && placed.has(6) && !placed.has(4) && !placed.has(5))
      out.push({ number: 3, from: ['new', 6] });
  }
  return out;
}

/** A problem's message and messageEn, from the import messages. */
function said(key: ImportReadKey, params?: Params): { message: string; messageEn: string } {
  const both = inBoth(importReadMessages, key, params);
  return { message: both.vi, messageEn: both.en };
}

function oddValue(r: number, number: number, text: string, ambiguous: boolean): ImportProblem {
  return ambiguous
    ? {
        row: r + 1,
        col: number,
        severity: 'warning',
        ...said('importRead.ambiguous', { row: r + 1, col: number, text }),
      }
    : {
        row: r + 1,
        col: number,
        severity: 'warning',
        ...said('importRead.notNumber', { row: r + 1, col: number, text }),
      };
}

export function sheetRows(rows: SheetCell[][], layout: SheetLayout, def: FormDef): SheetOutcome {
  const out: DraftRow[] = [];
  const problems: ImportProblem[] = [];
  const byNumber = new Map<number, number[]>();
  for (const m of layout.mapping) {
    if (m.number === null || m.fileColumn === layout.labelColumn || m.number === 1) continue;
    byNumber.set(m.number, [...(byNumber.get(m.number) ?? []), m.fileColumn]);
  }
  const newColumns = layout.mapping.filter((m) => m.kind === 'new-total' && m.number === null);
  const unplaced = layout.mapping.filter(
    (m) => m.number === null && m.fileColumn !== layout.labelColumn && m.header !== '' && m.kind !== 'stt',
  );
  const unplacedTotals = new Map<number, number>(unplaced.map((m) => [m.fileColumn, 0]));
  const derived = derivations(layout.mapping, def);
  const leftOut = { count: 0, labels: [] as string[] };
  const leave = (label: string) => {
    leftOut.count++;
    if (label !== '' && leftOut.labels.length < SHOWN_LABELS) leftOut.labels.push(label);
  };
  let group: string | undefined;
  for (let r = layout.bodyStart; r < rows.length; r++) {
    const line = rows[r];
    const label = cellText(line[layout.labelColumn]);
    if (isSignature(line)) {
      // The signature block and what follows it (names, dates) are not rows of the form.
      for (let rest = r; rest < rows.length; rest++) {
        if (rows[rest].some((c) => cellText(c) !== '')) leave(cellText(rows[rest][layout.labelColumn]));
      }
      break;
    }
    const values: Record<string, string> = {};
    const sums = new Map<number, number>();
    const odd: ImportProblem[] = [];
    let numbers = 0;
    for (const [number, columns] of byNumber) {
      let sum = 0;
      let any = false;
      for (const c of columns) {
        const text = valueText(line[c] ?? null);
        const parsed = parseNumber(text);
        if (parsed.parse === 'empty') continue;
        any = true;
        if (parsed.parse === 'number' && parsed.value !== null) {
          numbers++;
          sum += parsed.value;
          if (values[String(number)] === undefined || columns.length > 1) values[String(number)] = text;
        } else {
          if (parsed.parse === 'ambiguous') numbers++;
          odd.push(oddValue(r, number, text, parsed.parse === 'ambiguous'));
          values[String(number)] = text;
          sum = Number.NaN;
        }
      }
      if (!any) continue;
      if (columns.length > 1 && !Number.isNaN(sum)) values[String(number)] = formatNumber(sum);
      if (!Number.isNaN(sum)) sums.set(number, sum);
    }
    if (label === '') {
      if (numbers > 0) {
        problems.push({
          row: r + 1,
          severity: 'warning',
          ...said('importRead.noLabel', { row: r + 1 }),
        });
      } else if (line.some((c) => cellText(c) !== '')) leave('');
      continue;
    }
    const kind = kindFromLabel(label) ?? 'data';
    if (kind === 'group') group = labelKey(label);
    // Title, unit, period and note lines have a label and no figures: not rows of the form.
    if (kind !== 'group' && numbers === 0) {
      leave(label);
      continue;
    }
    problems.push(...odd);
    for (const d of derived) {
      let total = 0;
      let known = true;
      let any = false;
      for (const part of d.from) {
        if (part === 'new') {
          for (const m of newColumns) {
            const parsed = parseNumber(valueText(line[m.fileColumn] ?? null));
            if (parsed.parse === 'number' && parsed.value !== null) {
              total += parsed.value;
              any = true;
            } else if (parsed.parse !== 'empty') known = false;
          }
        } else if (sums.has(part)) {
          total += sums.get(part)!;
          any = true;
        } else if (values[String(part)] !== undefined) known = false;
      }
      if (any && known) values[String(d.number)] = formatNumber(total);
    }
    if (kind === 'data') {
      for (const m of unplaced) {
        const parsed = parseNumber(valueText(line[m.fileColumn] ?? null));
        if (parsed.parse === 'number' && parsed.value !== null)
          unplacedTotals.set(m.fileColumn, (unplacedTotals.get(m.fileColumn) ?? 0) + parsed.value);
      }
    }
    const inGroup = kind === 'data' || kind === 'subtotal' ? group : undefined;
    out.push({
      label,
      key: labelKey(label),
      kind,
      ...(inGroup === undefined ? {} : { group: inGroup }),
      values,
    });
  }
  return { rows: out, problems, derived, leftOut, unplacedTotals };
}
