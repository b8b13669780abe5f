import type { Text } from '../i18n/message';

// Grids the extension cannot read or write, told to the user instead of silently ignored.
// A canvas grid (SpreadJS and the like) draws cells on a <canvas>: no cell DOM to read, no field to fill.

/** Why, as a message of the page catalogue (lib/i18n/messages/page.ts): the view words it. */
export type Unsupported = Text<
  'page.grid.unreachable' | 'page.grid.cheetah' | 'page.grid.spreadjs' | 'page.grid.canvas'
>;

/** SpreadJS marks its parts with this attribute (its own markup, stable across sites). */
const SPREADJS = '[gcuielement]';
const MIN_WIDTH = 400;
const MIN_HEIGHT = 150;

function size(canvas: HTMLCanvasElement): { width: number; height: number } {
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    width: Math.max(canvas.width || 0, px(canvas.style.width)),
    height: Math.max(canvas.height || 0, px(canvas.style.height)),
  };
}

function isLarge(canvas: HTMLCanvasElement): boolean {
  const { width, height } = size(canvas);
  return width >= MIN_WIDTH && height >= MIN_HEIGHT;
}

/**
 * A big canvas in a spreadsheet-like container: the container keeps a text field for typing (how
 * canvas grids take keyboard input) and holds no table or grid cells of its own.
 */
function isCanvasGrid(canvas: HTMLCanvasElement): boolean {
  if (!isLarge(canvas)) return false;
  let container: Element | null = canvas.parentElement;
  for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
    if (container.querySelector('table,[role=gridcell],[role=row]')) return false;
    if (
      container.querySelector(
        'textarea,input:not([type=hidden]),[contenteditable]:not([contenteditable=false])',
      )
    )
      return true;
  }
  return false;
}

export const CANVAS_GRID: Unsupported = { key: 'page.grid.canvas' };

/**
 * Canvases big enough to be a form's grid (and SpreadJS roots): what the table watch follows, so a
 * canvas grid drawn after the first scan still gets its notice. Which of them is a grid is decided
 * when the page is scanned (detectUnsupportedGrid), knowing whether the page names a form.
 */
export function findCanvasGrids(doc: Document): Element[] {
  const found: Element[] = Array.from(doc.querySelectorAll(SPREADJS)).filter(
    (el) => !el.parentElement?.closest(SPREADJS),
  );
  for (const canvas of Array.from(doc.querySelectorAll('canvas'))) {
    if (isLarge(canvas) && !canvas.closest(SPREADJS)) found.push(canvas);
  }
  return found;
}

/**
 * A grid on the page that cannot be read or written, or null. `formWithoutTable`: the page names a
 * report form but holds no table we can read, so any large canvas is taken to be its grid.
 */
export function detectUnsupportedGrid(doc: Document, formWithoutTable = false): Unsupported | null {
  if (doc.querySelector(SPREADJS)) return CANVAS_GRID;
  for (const canvas of Array.from(doc.querySelectorAll('canvas'))) {
    if (isCanvasGrid(canvas) || (formWithoutTable && isLarge(canvas))) return CANVAS_GRID;
  }
  return null;
}
