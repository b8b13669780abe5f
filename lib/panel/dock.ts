// The expanded panel floats over the page and never changes the page's layout: a margin on the page's
// root, as it once had, relaid a 500-row table (over 100 ms of layout and a full repaint at load).
// Instead it steps aside. When the user moves into a cell the panel covers, the panel shows on the
// other side of the viewport, and goes back to the side the user chose once they edit a cell it would
// not cover there. The chosen side stays the user's setting; stepping aside is never saved.

export type Side = 'left' | 'right';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function opposite(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The same box on the other side of a viewport `width` wide. */
function mirrored(box: Box, width: number): Box {
  return { ...box, left: width - box.right, right: width - box.left };
}

/**
 * Where the panel shows while the user edits `cell`: on the chosen side, unless it covers the cell
 * there and would not on the other side. `panel` is its box where it shows now, on `shown`.
 */
export function sideFor(chosen: Side, shown: Side, cell: Box, panel: Box, width: number): Side {
  const there = shown === chosen ? panel : mirrored(panel, width);
  if (!overlaps(cell, there)) return chosen;
  return overlaps(cell, mirrored(there, width)) ? chosen : opposite(chosen);
}

/**
 * `el`'s box in the coordinates of the topmost document the script reads (same-origin frames in
 * between), where the panel lives, and that document's viewport width.
 */
export function boxInTop(el: Element): { box: Box; width: number } {
  let { left, right, top, bottom } = el.getBoundingClientRect();
  let view = el.ownerDocument.defaultView;
  for (let frame = view?.frameElement; frame; ) {
    const outer = frame.getBoundingClientRect();
    const dx = outer.left + frame.clientLeft;
    const dy = outer.top + frame.clientTop;
    left += dx;
    right += dx;
    top += dy;
    bottom += dy;
    view = frame.ownerDocument.defaultView;
    frame = view?.frameElement ?? null;
  }
  return { box: { left, right, top, bottom }, width: view?.innerWidth ?? 0 };
}
