import { beforeEach, describe, expect, it } from 'vitest';
import { coversTable, DOCK_WIDTH, reserveSide } from '@/lib/panel/dock';

function tableAt(left: number, right: number): HTMLElement {
  const table = document.createElement('table');
  table.getBoundingClientRect = () =>
    ({ left, right, top: 0, bottom: 10, width: right - left, height: 10 }) as DOMRect;
  document.body.append(table);
  return table;
}

describe('docking the panel beside the form', () => {
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('needs room only when the table reaches under the panel', () => {
    const wide = window.innerWidth;
    expect(coversTable(tableAt(200, wide - 10), 'right')).toBe(true);
    expect(coversTable(tableAt(200, wide - DOCK_WIDTH - 20), 'right')).toBe(false);
    expect(coversTable(tableAt(40, 600), 'left')).toBe(true);
    expect(coversTable(tableAt(DOCK_WIDTH + 20, 900), 'left')).toBe(false);
  });

  it('reserves one side at a time, and gives the page back its layout', () => {
    reserveSide(document, 'right');
    reserveSide(document, 'left');
    const styles = document.head.querySelectorAll('style');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toContain(`margin-left:${DOCK_WIDTH}px`);
    reserveSide(document, null);
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
  });
});
