import type { CellHandle } from '@/lib/table/handles';
import type { Cell, RowKind, TableModel } from '@/lib/table/model';

// A small plain-table page for fill tests: one <input> per editable cell, plain text elsewhere, ids and
// classes that mean nothing. Builds the TableModel and its handles the way a reader would.

export interface CellSpec {
  raw: string;
  readonly?: boolean;
  computed?: boolean;
  disabled?: boolean;
}

export interface RowSpec {
  label: string;
  kind?: RowKind;
  /** Index of the group heading row. */
  group?: number;
  /** Values for columns 3.. in order; a string is an editable cell. */
  cells?: (string | CellSpec)[];
}

export interface BuiltTable {
  model: TableModel;
  handles: CellHandle[][];
  table: HTMLTableElement;
  /** Input of body row r, form column number n (undefined when not an input). */
  input(r: number, n: number): HTMLInputElement;
}

const junk = () => `x${Math.random().toString(36).slice(2, 8)}`;

/** Columns: 1 STT, 2 label, then `numbers` (default 3..13). */
export function buildTable(
  rows: RowSpec[],
  numbers: number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
): BuiltTable {
  const table = document.createElement('table');
  table.className = junk();
  const body = table.createTBody();
  const columns = [
    { index: 0, number: 1, path: ['STT'] },
    { index: 1, number: 2, path: ['Lĩnh vực'] },
    ...numbers.map((number, i) => ({ index: i + 2, number, path: [`(${number})`] })),
  ];
  const handles: CellHandle[][] = [];
  const modelRows = rows.map((spec, r) => {
    const tr = body.insertRow();
    tr.id = junk();
    const stt = tr.insertCell();
    stt.textContent = String(r + 1);
    const labelTd = tr.insertCell();
    labelTd.textContent = spec.label;
    const rowHandles: CellHandle[] = [
      { kind: 'static', cell: stt },
      { kind: 'static', cell: labelTd },
    ];
    const cells: Cell[] = [
      { raw: String(r + 1), value: r + 1, parse: 'number', editable: false },
      { raw: spec.label, value: null, parse: 'empty', editable: false },
    ];
    numbers.forEach((_, c) => {
      const td = tr.insertCell();
      td.className = junk();
      const given = spec.cells?.[c] ?? (spec.kind === 'group' ? { raw: '', readonly: true } : '');
      const cs: CellSpec = typeof given === 'string' ? { raw: given } : given;
      const editable = !cs.readonly && !cs.computed && !cs.disabled;
      if (cs.readonly || cs.computed) {
        td.textContent = cs.raw;
        rowHandles.push({ kind: 'static', cell: td });
      } else {
        const input = document.createElement('input');
        input.name = junk();
        input.value = cs.raw;
        input.disabled = !!cs.disabled;
        td.append(input);
        rowHandles.push({ kind: 'field', cell: td, field: input });
      }
      const n = cs.raw.replace(/\./g, '');
      cells.push({
        raw: cs.raw,
        value: /^\d+$/.test(n) ? Number(n) : null,
        parse: cs.raw === '' ? 'empty' : /^\d+$/.test(n) ? 'number' : 'invalid',
        editable,
        ...(cs.computed ? { computed: true } : {}),
      });
    });
    handles.push(rowHandles);
    return {
      index: r,
      label: spec.label,
      stt: String(r + 1),
      kind: spec.kind ?? 'data',
      ...(spec.group === undefined ? {} : { group: spec.group }),
      cells,
    };
  });
  document.body.append(table);
  const model: TableModel = { source: 'html', columns, headers: [], labelColumn: 1, rows: modelRows };
  return {
    model,
    handles,
    table,
    input: (r, n) => {
      const handle = handles[r][columns.findIndex((c) => c.number === n)];
      return (handle.kind === 'field' ? handle.field : undefined) as HTMLInputElement;
    },
  };
}
