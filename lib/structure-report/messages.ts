// Messages of the page-structure report. An extension page (popup, the report page) asks the top
// frame's content script of a tab with `tabs.sendMessage`, which needs no permission; the panel asks
// the background to open the report page for its own tab.

export const REPORT_REQUEST = 'structure/report';
export const OPEN_REQUEST = 'structure/open';
/** The builder loaded on request (entrypoints/structure-builder.ts) leaves its entry point here. */
export const BUILDER_GLOBAL = '__tlbcStructureReport';
export const BUILDER_FILE = '/structure-builder.js';

export function isMessage(message: unknown, type: string): boolean {
  return (message as { type?: unknown } | null)?.type === type;
}
