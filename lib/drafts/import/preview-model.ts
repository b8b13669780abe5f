import type { FormDef } from '../../forms/schema';
import { parseNumber } from '../../numbers';
import type { Cell, Column, HeaderNode, Row, TableModel } from '../../table/model';
import type { DraftRow } from '../schema';

// The imported rows as a TableModel laid out like the form (columns 1…13 for II.06a), so the same
// rules that check a page can check a file before it is saved as a draft.

function columnsOf(def: FormDef, rows: DraftRow[]): Column[] {
  if (def.columns.length > 0) {
    return def.columns.map((c, index) => ({
      index,
      number: c.number,
      path: c.group ? [c.group, c.header] : [c.header],
    }));
  }
  const numbers = new Set<number>([1, def.labelColumn ?? 2]);
  for (const row of rows) for (const n of Object.keys(row.values)) numbers.add(Number(n));
  return [...numbers]
    .sort((a, b) => a - b)
    .map((number, index) => ({ index, number, path: [`(${number})`] }));
}

/** Header tree from the columns' paths: one node per group, spanning its leaves. */
function headersOf(columns: Column[]): HeaderNode[] {
  const roots: HeaderNode[] = [];
  for (const column of columns) {
    const [top, leaf] = column.path;
    const last = roots.at(-1);
    if (leaf === undefined) {
      roots.push({ label: top, start: column.index, span: 1, children: [] });
    } else if (last && last.label === top && last.children.length > 0) {
      last.span++;
      last.children.push({ label: leaf, start: column.index, span: 1, children: [] });
    } else {
      roots.push({
        label: top,
        start: column.index,
        span: 1,
        children: [{ label: leaf, start: column.index, span: 1, children: [] }],
      });
    }
  }
  return roots;
}

function cell(raw: string, editable: boolean): Cell {
  const { value, parse } = parseNumber(raw);
  return { raw, value, parse, editable };
}

export function previewModel(rows: DraftRow[], def: FormDef): TableModel {
  const columns = columnsOf(def, rows);
  const labelNumber = def.labelColumn ?? 2;
  const labelColumn = Math.max(
    0,
    columns.findIndex((c) => c.number === labelNumber),
  );
  let group: number | undefined;
  let dataCount = 0;
  const modelRows: Row[] = rows.map((row, index) => {
    if (row.kind === 'group') group = index;
    if (row.kind === 'data') dataCount++;
    const stt = row.kind === 'data' ? String(dataCount) : '';
    const cells = columns.map((c) => {
      if (c.index === labelColumn)
        return { raw: row.label, value: null, parse: 'empty' as const, editable: false };
      if (c.number === 1) return cell(stt, false);
      return cell(row.values[String(c.number)] ?? '', row.kind !== 'group');
    });
    const inGroup = row.kind === 'data' || row.kind === 'subtotal' ? group : undefined;
    return {
      index,
      label: row.label,
      stt,
      kind: row.kind,
      ...(inGroup === undefined ? {} : { group: inGroup }),
      cells,
    };
  });
  return { source: 'html', columns, headers: headersOf(columns), labelColumn, rows: modelRows };
}
