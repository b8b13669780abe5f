import type { RowKind } from '../table/model';
import type { Library } from './libraries';
import type { ElementShape } from './shape';
import type { ModelShape, TableShape } from './table';

// The page-structure report ("Xuất cấu trúc trang"): what a page is made of and what the extension
// decided about it, without the report's data. Users save it as a JSON file for the maintainers,
// who rebuild the page's shape from it (test/fixtures/lib/page-from-report.mjs).

export const STRUCTURE_FORMAT = 'tro-ly-bao-cao-structure';
export const STRUCTURE_VERSION = 1;

export interface Recognised {
  formCode: string | null;
  /** The definition checked against, with its legal basis; null for an unknown code. */
  definition: { code: string; basis: string; structure: 'known' | 'generic' } | null;
  /** Whether the header matched the known definition, and why not. */
  header: 'matches' | 'not-checked' | { reason: string; reasonEn: string };
  period: 'read' | 'missing' | 'unreadable-dates';
  periodLabel: boolean;
  unit: boolean;
  workflow: string;
  state: 'editable' | 'readonly';
}

export interface TableReport {
  doc: number;
  reader: 'html' | 'aria' | 'widget' | null;
  /** findReportTables kept it as a report table (by its headers, fields and numbers). */
  reportTable: boolean;
  shape?: TableShape;
  model?: ModelShape;
  recognised?: Recognised;
  /** The form-code and period lines of the header block above it. */
  lines: string[];
  /** Widget grids: the bridge's figures about the grid (never its data). */
  widget?: { grid: string; mergedCells: number; readOnlyCells: number };
}

export interface FrameReport {
  /** The document the frame element is in, and the one it shows when the top frame can read it. */
  in: number;
  shows: number | null;
  element: ElementShape;
  /** "same-origin", "other-host" (a frame the top frame cannot read) or "not-loaded". */
  access: 'same-origin' | 'other-host' | 'not-loaded';
}

export interface Step {
  step: string;
  doc?: number;
  [detail: string]: unknown;
}

export interface Decision {
  /** What the extension does on this page: a panel on a report, an unsupported-grid notice, nothing. */
  kind: 'report' | 'outline' | 'widget' | 'unsupported' | 'none';
  table?: number;
  form?: string;
  reason?: string;
  reasonEn?: string;
}

export interface StructureReport {
  format: typeof STRUCTURE_FORMAT;
  version: typeof STRUCTURE_VERSION;
  extension: string;
  createdAt: string;
  page: { host: string; path: string };
  libraries: Library[];
  scripts: string[];
  documents: { index: number; namesAForm: boolean; widgetRoots: number; canvases: number; lines: string[] }[];
  frames: FrameReport[];
  tables: TableReport[];
  steps: Step[];
  decision: Decision;
  /** What failed while reading, for the maintainers (tagged in English, not shown to the user). */
  errors: string[];
}

export type { RowKind };
