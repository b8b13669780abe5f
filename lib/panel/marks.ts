import type { Severity } from '../forms/schema';

// Cell marks on the page: `data-tlbc-severity` plus an outline (outline takes no layout space, so the
// page's layout is not disturbed) and the message as the cell's tooltip. Marks are diffed against the
// previous set so an unchanged cell is not touched and a fixed cell loses its mark at once.

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

/** Runs `work` when the page is idle (or after `timeout` ms at the latest). */
export type WhenIdle = (work: () => void) => () => void;

/** Marks written per idle slice: a slice stays far below a frame even on a slow machine. */
const SLICE = 64;

export class CellMarks {
  /** The marks on the page now. */
  private current = new Map<Element, Mark>();
  /** The page's own tooltip, put back when our mark goes. */
  private titles = new WeakMap<Element, string | null>();
  /** Marks waiting for idle time, and how to cancel the wait. */
  private later: [Element, Mark][] = [];
  private cancelLater: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly whenIdle: WhenIdle = idleCallback(doc),
  ) {}

  /**
   * Shows `next` instead of the marks shown. Cells `deferred` says yes to (far from the viewport, on a
   * first showing) are marked in idle time, a slice at a time; any later apply takes over from them.
   */
  apply(next: Map<Element, Mark>, deferred?: (cell: Element) => boolean): void {
    this.ensureStyle();
    this.dropLater();
    for (const [cell] of this.current) {
      if (!next.has(cell)) this.clear(cell);
    }
    for (const [cell, mark] of next) {
      const before = this.current.get(cell);
      if (before && before.severity === mark.severity && before.message === mark.message) continue;
      if (deferred?.(cell)) this.later.push([cell, mark]);
      else this.write(cell, mark);
    }
    if (this.later.length) this.cancelLater = this.whenIdle(() => this.writeLater());
  }

  clearAll(): void {
    this.dropLater();
    for (const [cell] of this.current) this.clear(cell);
  }

  private writeLater(): void {
    this.cancelLater = null;
    for (const [cell, mark] of this.later.splice(0, SLICE)) this.write(cell, mark);
    if (this.later.length) this.cancelLater = this.whenIdle(() => this.writeLater());
  }

  private dropLater(): void {
    this.cancelLater?.();
    this.cancelLater = null;
    this.later = [];
  }

  private write(cell: Element, mark: Mark): void {
    if (!this.titles.has(cell)) this.titles.set(cell, cell.getAttribute('title'));
    cell.setAttribute(SEVERITY_ATTR, mark.severity);
    cell.setAttribute('title', mark.message);
    this.current.set(cell, mark);
  }

  private clear(cell: Element): void {
    cell.removeAttribute(SEVERITY_ATTR);
    const title = this.titles.get(cell);
    if (title == null) cell.removeAttribute('title');
    else cell.setAttribute('title', title);
    this.titles.delete(cell);
    this.current.delete(cell);
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

/** requestIdleCallback where the browser has it (a 500 ms deadline: marks never wait long), else a timer. */
function idleCallback(doc: Document): WhenIdle {
  const win = doc.defaultView;
  return (work) => {
    if (win?.requestIdleCallback) {
      const id = win.requestIdleCallback(work, { timeout: 500 });
      return () => win.cancelIdleCallback(id);
    }
    const id = setTimeout(work, 1);
    return () => clearTimeout(id);
  };
}
