import { listDocuments } from '../table/frames';
import { injectGridBridge } from '../table/inject-bridge';
import { createGridBridge, readWidgetGrids } from '../table/widget';
import { findWidgetRoots } from '../table/widget-dom';
import { buildStructureReport, type WidgetRead } from './build';
import type { StructureReport } from './report';

// The report for the page the content script runs in: every document the top frame reads, and widget
// grids read through the page bridge the way the session reads them (lib/page/session.ts).

export async function pageStructureReport(
  doc: Document,
  extension: string,
  now = new Date(),
): Promise<StructureReport> {
  const docs = listDocuments(doc);
  const widgets: WidgetRead[] = [];
  const errors: string[] = [];
  for (const [index, d] of docs.entries()) {
    if (findWidgetRoots(d).length === 0) continue;
    try {
      await injectGridBridge(d);
      const bridge = createGridBridge(d);
      const { tables, unsupported } = await readWidgetGrids(bridge, d);
      const data = await Promise.all(tables.map((t) => bridge.read(t.grid).catch(() => null)));
      widgets.push({
        doc: index,
        unsupported,
        tables: tables.map((t, i) => ({
          grid: t.grid,
          root: t.root,
          built: t,
          merged: data[i]?.merged.length ?? 0,
          readOnly: data[i]?.readOnly.length ?? 0,
        })),
      });
    } catch (error) {
      errors.push(`grid bridge: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return buildStructureReport({ docs, widgets, extension, now, errors });
}
