import { II_06 } from '@/lib/forms/definitions/ii-06';
import { II_06A } from '@/lib/forms/definitions/ii-06a';
import type { FormDef } from '@/lib/forms/schema';
import { formatNumber, parseNumber } from '@/lib/numbers';
import type { Cell, HeaderNode, Row, RowKind, TableModel } from '@/lib/table/model';

// Compact tables for rule tests. A row is [label, ...cells] where cells are numbers (written in
// Vietnamese notation), raw strings as typed, or null (empty). Kinds: a label starting with "#" is a
// group heading, "Cộng…" a subtotal, "Tổng số"/"Tổng cộng" the total; others are data rows.

export type CellSpec = number | string | null;
export type RowSpec =
  | [label: string, ...cells: CellSpec[]]
  | { label: string; kind: RowKind; cells: CellSpec[] };

export function cell(spec: CellSpec, editable = true): Cell {
  const raw = spec === null ? '' : typeof spec === 'number' ? formatNumber(spec) : spec;
  const parsed = parseNumber(raw);
  return { raw, value: parsed.value, parse: parsed.parse, editable };
}

function kindOf(label: string): RowKind {
  if (label.startsWith('#')) return 'group';
  if (/^(tổng số|tổng cộng)$/i.test(label.normalize('NFC'))) return 'total';
  if (/^cộng/i.test(label.normalize('NFC'))) return 'subtotal';
  return 'data';
}

/** Header tree of II.06a/II.06 (columns 1–13), as the renderings print it. */
export function ii06Headers(): { headers: HeaderNode[]; paths: string[][] } {
  const leaf = (label: string, start: number): HeaderNode => ({ label, start, span: 1, children: [] });
  const headers: HeaderNode[] = [
    leaf('STT', 0),
    leaf('Lĩnh vực, công việc giải quyết theo cấp', 1),
    {
      label: 'Số hồ sơ nhận giải quyết',
      start: 2,
      span: 4,
      children: [
        leaf('Tổng số', 2),
        {
          label: 'Trong đó',
          start: 3,
          span: 2,
          children: [leaf('Trực tuyến', 3), leaf('Trực tiếp, dịch vụ bưu chính', 4)],
        },
        leaf('Từ kỳ trước', 5),
      ],
    },
    {
      label: 'Số hồ sơ đã giải quyết',
      start: 6,
      span: 4,
      children: [leaf('Tổng số', 6), leaf('Trước hạn', 7), leaf('Đúng hạn', 8), leaf('Quá hạn', 9)],
    },
    {
      label: 'Số lượng hồ sơ đang giải quyết',
      start: 10,
      span: 3,
      children: [leaf('Tổng số', 10), leaf('Trong hạn', 11), leaf('Quá hạn', 12)],
    },
  ];
  return { headers, paths: pathsOf(headers, 13) };
}

export function pathsOf(headers: HeaderNode[], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  const walk = (nodes: HeaderNode[], above: string[]) => {
    for (const n of nodes) {
      const path = [...above, n.label];
      if (n.children.length === 0) paths[n.start] = path;
      else walk(n.children, path);
    }
  };
  walk(headers, []);
  return paths;
}

export interface TableSpec {
  headers: HeaderNode[];
  /** Column count; defaults to the header leaves. */
  width?: number;
  labelColumn?: number;
  /** Form column numbers; default position + 1. */
  numbers?: number[];
  rows: RowSpec[];
  /** Put rows under their group heading (row.group). */
  grouped?: boolean;
}

export function table(spec: TableSpec): TableModel {
  const width = spec.width ?? pathsOf(spec.headers, 64).filter((p) => p.length > 0).length;
  const paths = pathsOf(spec.headers, width);
  const labelColumn = spec.labelColumn ?? 1;
  let group: number | undefined;
  const rows: Row[] = spec.rows.map((rowSpec, index) => {
    const { label, kind, cells } = Array.isArray(rowSpec)
      ? { label: rowSpec[0], kind: kindOf(rowSpec[0]), cells: rowSpec.slice(1) as CellSpec[] }
      : rowSpec;
    const shown = label.replace(/^#\s*/, '');
    if (kind === 'group') group = index;
    else if (kind === 'total') group = undefined;
    // Cells after the label: column 1 (STT) comes first, then the label, then the figures.
    const all: Cell[] = [];
    let figures = 0;
    for (let c = 0; c < width; c++) {
      if (c === labelColumn) all.push({ ...cell(shown, false), parse: 'invalid', value: null });
      else if (c < labelColumn) all.push(cell(kind === 'data' ? String(index + 1) : null, false));
      else all.push(cell(cells[figures++] ?? null));
    }
    const row: Row = { index, label: shown, stt: kind === 'data' ? String(index + 1) : '', kind, cells: all };
    if (spec.grouped && group !== undefined && kind !== 'group') row.group = group;
    return row;
  });
  return {
    source: 'html',
    columns: paths.map((path, index) => ({ index, number: spec.numbers?.[index] ?? index + 1, path })),
    headers: spec.headers,
    labelColumn,
    rows,
  };
}

/** An II.06a-shaped table; each row gives the label and columns 3–13. */
export function ii06Table(rows: RowSpec[], grouped = false): TableModel {
  return table({ headers: ii06Headers().headers, width: 13, rows, grouped });
}

/** A full consistent II.06a row from the free figures: online, in person, carried over, early, on
 * time, late, in-progress on time, in-progress late. */
export function consistentRow(
  label: string,
  [online, direct, carried, early, onTime, late, pendingOk, pendingLate]: number[],
): [string, ...number[]] {
  const received = online + direct + carried;
  const resolved = early + onTime + late;
  const pending = pendingOk + pendingLate;
  return [
    label,
    received,
    online,
    direct,
    carried,
    resolved,
    early,
    onTime,
    late,
    pending,
    pendingOk,
    pendingLate,
  ];
}

/** The project's II.06a / II.06 definition (R1–R7, and A1 for the aggregate): tests check the real one. */
export function ii06Def(aggregate = false): FormDef {
  return aggregate ? II_06 : II_06A;
}

/** Findings reduced to what a user sees in the panel: rule, severity, row label, column. */
export function seen(
  model: TableModel,
  findings: { rule: string; severity: string; row?: number; col?: number }[],
) {
  return findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    row: f.row === undefined ? '' : model.rows[f.row].label,
    col: f.col ?? '',
  }));
}
