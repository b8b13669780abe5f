import type { WidgetBridge } from '../fill/write';
import { type GridBridge, gridText } from '../table/widget';

/** The fill code's view of the grid bridge: one write per grid, what each cell shows afterwards. */
export function widgetWriter(bridge: GridBridge): WidgetBridge {
  return {
    async write(grid, cells) {
      try {
        const results = await bridge.write(
          grid,
          cells.map((c) => [c.row, c.col, c.value]),
        );
        return cells.map((c, i) => {
          const result = results[i];
          if (!result) return { row: c.row, col: c.col, shown: null, error: 'no answer' };
          const before = gridText(result.before);
          if (result.error) return { row: c.row, col: c.col, shown: null, before, error: result.error };
          return { row: c.row, col: c.col, shown: gridText(result.value), before };
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return cells.map((c) => ({ row: c.row, col: c.col, shown: null, error: message }));
      }
    },
  };
}
