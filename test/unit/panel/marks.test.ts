import { beforeEach, describe, expect, it } from 'vitest';
import { addMark, CellMarks, type Mark } from '@/lib/panel/marks';

describe('CellMarks', () => {
  let cells: HTMLElement[];
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    cells = ['a', 'b'].map((text) => {
      const td = document.createElement('td');
      td.textContent = text;
      document.body.append(td);
      return td;
    });
    cells[1].title = 'Ghi chú của trang';
  });

  it('marks with the most severe finding and lists every message', () => {
    const marks = new CellMarks(document);
    const next = new Map<Element, Mark>();
    addMark(next, cells[0], 'warning', 'Chênh 36 hồ sơ');
    addMark(next, cells[0], 'error', 'Tổng số phải là 1.234');
    marks.apply(next);
    expect(cells[0].getAttribute('data-tlbc-severity')).toBe('error');
    expect(cells[0].title).toBe('Chênh 36 hồ sơ\nTổng số phải là 1.234');
    expect(document.querySelectorAll('style[data-tlbc-style]')).toHaveLength(1);
  });

  it('removes the mark and restores the page tooltip when the finding goes', () => {
    const marks = new CellMarks(document);
    const next = new Map<Element, Mark>();
    addMark(next, cells[1], 'info', 'Kỳ trước: 12');
    marks.apply(next);
    expect(cells[1].title).toBe('Kỳ trước: 12');
    marks.apply(new Map());
    expect(cells[1].hasAttribute('data-tlbc-severity')).toBe(false);
    expect(cells[1].title).toBe('Ghi chú của trang');
  });
});
