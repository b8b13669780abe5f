import { addMark, type Mark } from '../panel/marks';
import { say } from '../panel/strings';
import type { Finding } from '../rules/finding';
import type { CellHandle, WidgetCell } from '../table/handles';
import type { TableModel } from '../table/model';
import { renderedWidgetCell } from '../table/widget-dom';

/**
 * Which page cells carry which mark: a cell finding marks its cell; a row finding (a field name, a
 * duplicate row) marks the row's label cell; a form-level finding marks nothing on the page.
 */
export function marksFromFindings(
  model: TableModel,
  handles: CellHandle[][],
  findings: Finding[],
  lang: 'vi' | 'en',
  widgetRoot: Element | null = null,
): Map<Element, Mark> {
  // Widget grids render only some cells, and only the grid knows which: find them when marking.
  const widgetCell = (at: WidgetCell | undefined) =>
    widgetRoot && at ? renderedWidgetCell(widgetRoot, at) : null;
  const position = new Map(model.columns.map((c) => [c.number, c.index]));
  const marks = new Map<Element, Mark>();
  for (const finding of findings) {
    if (finding.row === undefined) continue;
    const column = finding.col === undefined ? model.labelColumn : position.get(finding.col);
    if (column === undefined) continue;
    const handle = handles[finding.row]?.[column];
    const at = handle?.kind === 'widget' ? handle : handle?.kind === 'static' ? handle.at : undefined;
    const cell = handle?.cell ?? widgetCell(at);
    if (cell)
      addMark(marks, cell, finding.severity, lang === 'vi' ? finding.message : say(finding.text, lang));
  }
  return marks;
}
