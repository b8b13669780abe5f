import { clean } from '../text';
import type { HeaderNode } from './model';
import type { SlotGrid, SourceCell } from './source';

// Multi-row headers with rowspan/colspan → the header tree and each leaf column's path. A header cell's
// parent is the cell directly above its first column.

export interface Headers {
  roots: HeaderNode[];
  /** Per column: labels from the top header row down, each cell once, empty labels left out. */
  paths: string[][];
}

export function buildHeaders(grid: SlotGrid, width: number): Headers {
  const nodes = new Map<SourceCell, HeaderNode>();
  const roots: HeaderNode[] = [];
  const paths: string[][] = Array.from({ length: width }, () => []);

  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    for (let c = 0; c < width; c++) {
      const slot = line[c];
      if (!slot || nodes.has(slot.cell)) continue;
      const node: HeaderNode = {
        label: clean(slot.cell.text),
        start: c,
        span: Math.min(slot.cell.colSpan, width - c),
        children: [],
      };
      nodes.set(slot.cell, node);
      const above = r > 0 ? grid[r - 1][c] : null;
      const parent = above ? nodes.get(above.cell) : undefined;
      (parent ? parent.children : roots).push(node);
    }
  }

  for (let c = 0; c < width; c++) {
    let last: SourceCell | null = null;
    for (const line of grid) {
      const slot = line[c];
      if (!slot || slot.cell === last) continue;
      last = slot.cell;
      const label = nodes.get(slot.cell)?.label;
      if (label) paths[c].push(label);
    }
  }
  return { roots, paths };
}
