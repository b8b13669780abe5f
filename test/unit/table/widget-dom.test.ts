import { describe, expect, it } from 'vitest';
import { renderedWidgetCell } from '@/lib/table/widget-dom';

// Handsontable's own markup (not the site's): a master table whose rows and cells carry aria indices,
// header rows and row headers included, with only the visible rows rendered.

function grid(firstRow: number, rowHeaders: boolean): Element {
  const th = rowHeaders ? '<th>#</th>' : '';
  const rows = [0, 1]
    .map((i) => {
      const r = firstRow + i;
      const cells = [0, 1, 2].map(
        (c) => `<td aria-colindex="${c + 1 + (rowHeaders ? 1 : 0)}">${r}-${c}</td>`,
      );
      return `<tr aria-rowindex="${r + 3}">${th}${cells.join('')}</tr>`;
    })
    .join('');
  document.body.innerHTML = `<div class="handsontable x9"><div class="ht_master"><table class="htCore">
    <thead><tr><th>A</th></tr><tr><th>B</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
  return document.querySelector('.handsontable')!;
}

const cell = (row: number, col: number) => ({ kind: 'widget' as const, cell: null, grid: 'g1', row, col });

describe('renderedWidgetCell', () => {
  it('finds a rendered cell by grid row and column, past header rows and row headers', () => {
    expect(renderedWidgetCell(grid(0, false), cell(1, 2))?.textContent).toBe('1-2');
    expect(renderedWidgetCell(grid(40, true), cell(41, 0))?.textContent).toBe('41-0');
  });

  it('gives nothing for a row scrolled out of view', () => {
    expect(renderedWidgetCell(grid(40, false), cell(3, 0))).toBeNull();
  });
});
