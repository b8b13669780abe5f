import { parseNumber } from '../../numbers';
import type { GridCellResult, GridChange, GridData, GridValue } from '../widget-protocol';

// The page-world half of a grid library's adapter, run by the bridge (grid-bridge-page.ts) where the
// library keeps its instances. No extension APIs here, and nothing from the content side but types.

export interface PageGridAdapter<G = unknown> {
  /** The library's name in the protocol; the content adapter with the same name marks its cells. */
  library: string;
  /** The grid's root element in the library's own markup. */
  rootSelector: string;
  /** Runs once when the bridge starts: hook the library's globals so later instances are found. */
  install?(win: Window, found: (grid: G) => void): void;
  /** Instances reachable without a page variable: the library's registry, a link from its DOM. */
  find(win: Window): G[];
  /** A value the page keeps in a variable (`window.hot`, `window.gridApi`) is one of its instances. */
  accepts(value: unknown): value is G;
  /** Makes instances the page holds announce themselves, when a root is still unregistered. */
  wake?(win: Window): Promise<void>;
  root(grid: G): Element | null;
  alive(grid: G): boolean;
  size(grid: G): { rows: number; cols: number };
  read(grid: G): GridData;
  /** Writes through the library's API (never by typing into its editors); one result per change. */
  write(grid: G, changes: GridChange[], win: Window): Promise<GridCellResult[]> | GridCellResult[];
  /** Calls back when the grid's data changed (edits, reloads); returns the unsubscribe. */
  onChange?(grid: G, callback: () => void): () => void;
  /** Calls back when the grid drew other cells (virtualised rows scrolled in); returns the unsubscribe. */
  onRender?(grid: G, callback: () => void): () => void;
}

/**
 * Whether a page value has the library's methods: how an adapter recognises an instance it did not
 * make (the page's objects are duck-typed, never trusted by their name).
 */
export function hasMethods<T>(value: unknown, ...names: (keyof T & string)[]): value is T {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return names.every((name) => typeof v[name] === 'function');
}

/** An element node (a library's root as it reports it). */
export const isElement = (node: unknown): node is Element => (node as Node | null)?.nodeType === 1;

/**
 * The value to hand the library for a draft's text: a JS number in a numeric column (never the
 * Vietnamese text "1.245", which a number editor or parser reads as 1.245), null for an empty or "-"
 * cell there, the text as it is elsewhere or when it is not a number.
 */
export function typedValue(text: string, numeric: boolean): GridValue {
  if (!numeric) return text;
  const { value, parse } = parseNumber(text);
  if (parse === 'number') return value;
  if (parse === 'empty') return null;
  return text;
}

/**
 * The library keeps numbers in this column: its definition says so, or it already holds one (a page
 * that lets the library infer the type from the data). Then a draft's "1.245" is written as 1245.
 */
export function numericColumn(declared: boolean, values: Iterable<unknown>): boolean {
  if (declared) return true;
  for (const value of values) if (typeof value === 'number') return true;
  return false;
}

/** A grid value as the protocol carries it (dates, objects and undefined become text or null). */
export function plainValue(value: unknown): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** The cell could not be written: what it holds stays. */
export function notWritten(before: GridValue, error: string): GridCellResult {
  return { value: before, before, error };
}
