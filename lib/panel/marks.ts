import type { Severity } from '../forms/schema';

// Cell marks on the page: `data-tlbc-severity` plus an outline (outline takes no layout space, so the
// page's layout is not disturbed) and the message as the cell's tooltip. Marks are diffed against the
// previous set so an unchanged cell is not touched and a fixed cell loses its mark at once. All of them
// are written at once: the browser's bill is one repaint of the page, whatever the number of marks
// (test/bench/report.md §4b compares this with per-cell styles, an overlay and the Highlight API, and
// marking far rows later, which costs a repaint per batch).

export const SEVERITY_ATTR = 'data-tlbc-severity';
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const STYLE_MARK = 'data-tlbc-style';

export interface Mark {
  severity: Severity;
  message: string;
}

/** Merges findings on one cell: the most severe decides the colour, every message is listed. */
export function addMark(marks: Map<Element, Mark>, cell: Element, severity: Severity, message: string): void {
  const current = marks.get(cell);
  if (!current) {
    marks.set(cell, { severity, message });
    return;
  }
  current.message = `${current.message}\n${message}`;
  if (RANK[severity] > RANK[current.severity]) current.severity = severity;
}

export class CellMarks {
  private current = new Map<Element, Mark>();
  /** The page's own tooltip, put back when our mark goes. */
  private titles = new WeakMap<Element, string | null>();

  constructor(private readonly doc: Document) {}

  apply(next: Map<Element, Mark>): void {
    this.ensureStyle();
    for (const [cell] of this.current) {
      if (!next.has(cell)) this.clear(cell);
    }
    for (const [cell, mark] of next) {
      const before = this.current.get(cell);
      if (before && before.severity === mark.severity && before.message === mark.message) continue;
      if (!this.titles.has(cell)) this.titles.set(cell, cell.getAttribute('title'));
      cell.setAttribute(SEVERITY_ATTR, mark.severity);
      cell.setAttribute('title', mark.message);
    }
    this.current = next;
  }

  clearAll(): void {
    for (const [cell] of this.current) this.clear(cell);
    this.current = new Map();
  }

  private clear(cell: Element): void {
    cell.removeAttribute(SEVERITY_ATTR);
    const title = this.titles.get(cell);
    if (title == null) cell.removeAttribute('title');
    else cell.setAttribute('title', title);
    this.titles.delete(cell);
  }

  private ensureStyle(): void {
    const head = this.doc.head ?? this.doc.documentElement;
    if (head.querySelector(`style[${STYLE_MARK}]`)) return;
    const style = this.doc.createElement('style');
    style.setAttribute(STYLE_MARK, '');
    style.textContent = [
      `[${SEVERITY_ATTR}="error"]{outline:2px solid #b3261e !important;outline-offset:-2px}`,
      `[${SEVERITY_ATTR}="warning"]{outline:2px dashed #b07d00 !important;outline-offset:-2px}`,
      `[${SEVERITY_ATTR}="info"]{outline:1px dotted #1f5f99 !important;outline-offset:-2px}`,
    ].join('\n');
    head.appendChild(style);
  }
}
