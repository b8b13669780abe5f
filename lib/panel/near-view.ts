// Which marked cells are far from what the user sees, on a first showing: those are marked in idle
// time, after the rest. Read before anything is written, while the page's layout is still clean, so
// these reads cost no layout.

/** Rows within this many pixels of the viewport count as near (a scroll or two). */
const MARGIN = 800;

export function farFromView(cells: Iterable<Element>): Set<Element> {
  const far = new Set<Element>();
  for (const cell of cells) {
    const height = cell.ownerDocument.defaultView?.innerHeight ?? 0;
    const { top, bottom } = cell.getBoundingClientRect();
    // not laid out (hidden, or no layout at all, as in tests): marked at once
    if (top === 0 && bottom === 0) continue;
    if (bottom < -MARGIN || top > height + MARGIN) far.add(cell);
  }
  return far;
}
