import type { CellHandle } from '@/lib/table/handles';
import type { TableModel } from '@/lib/table/model';
import { readTable } from '@/lib/table/read';

// A report table whose count cells are fields of a given kind (`<input type="number">` by default),
// read the way the extension reads a page (readTable), with the page's own model kept as a framework's
// number binding keeps it: `valueAsNumber` on every input event (Angular's NumberValueAccessor).

export interface NumberPage {
  model: TableModel;
  handles: CellHandle[][];
  table: HTMLTableElement;
  /** The field of row `r`, form column `n`. */
  field(r: number, n: number): HTMLInputElement;
  /** The page's own model: what its number binding holds per `label|column` (null when empty). */
  bound: Map<string, number | null>;
}

export interface NumberPageRow {
  label: string;
  /** Field values for columns 3, 4, … as the field holds them (`1245`, `1.5`, ''). */
  values: string[];
}

/** Builds the table; `attrs` go on every field (default `type="number"`). */
export function numberPage(rows: NumberPageRow[], attrs = 'type="number"'): NumberPage {
  const width = Math.max(...rows.map((r) => r.values.length));
  const numbers = Array.from({ length: width }, (_, i) => i + 3);
  const head = `<tr><th>STT</th><th>Lĩnh vực</th>${numbers.map((n) => `<th>Cột ${n}</th>`).join('')}</tr>
    <tr><td>(1)</td><td>(2)</td>${numbers.map((n) => `<td>(${n})</td>`).join('')}</tr>`;
  const body = rows
    .map(
      (row, r) =>
        `<tr><td>${r + 1}</td><td>${row.label}</td>${numbers
          .map(
            (n, i) => `<td><input ${attrs} data-key="${row.label}|${n}" value="${row.values[i] ?? ''}"></td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  document.body.innerHTML = `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
  const table = document.querySelector('table')!;
  const bound = new Map<string, number | null>();
  for (const input of Array.from(table.querySelectorAll('input'))) {
    const bind = () => {
      const text = input.value.trim();
      bound.set(input.dataset.key!, text === '' ? null : Number(text));
    };
    bind();
    input.addEventListener('input', bind);
  }
  const read = readTable(table);
  if (!read) throw new Error('table not read');
  return {
    ...read,
    table,
    bound,
    field: (r, n) => table.querySelector<HTMLInputElement>(`input[data-key="${rows[r].label}|${n}"]`)!,
  };
}
