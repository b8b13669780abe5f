import type { HeaderCell } from '../widget-protocol';

// Header rows of grids that declare column groups as a tree ("bands": DevExtreme, Kendo, Cheetah
// Grid): one row per level, a group's label over its run of leaves, a leaf's label at its own level
// and blank cells below it, which the protocol reads as the leaf continuing down.

/** A form column and the groups above it, outermost first; `id` tells two groups of one label apart. */
export interface BandedLeaf {
  label: string;
  bands: { id: unknown; label: string }[];
}

export function bandHeaders(leaves: BandedLeaf[]): HeaderCell[][] {
  const depth = Math.max(0, ...leaves.map((leaf) => leaf.bands.length + 1));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    let previous: unknown;
    let hasPrevious = false;
    for (const leaf of leaves) {
      const band = leaf.bands[level];
      if (band) {
        const last = row[row.length - 1];
        if (hasPrevious && previous === band.id && last) last.span += 1;
        else row.push({ label: band.label, span: 1 });
        previous = band.id;
        hasPrevious = true;
      } else {
        row.push({ label: level === leaf.bands.length ? leaf.label : '', span: 1 });
        hasPrevious = false;
      }
    }
    rows.push(row);
  }
  return rows;
}
