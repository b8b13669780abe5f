import type { GridCellResult, GridChange, GridData, GridValue, MergedCell } from '../widget-protocol';
import { WRITE_SOURCE } from '../widget-protocol';
import { HANDSONTABLE_ROOT } from './handsontable';
import {
  hasMethods,
  isElement,
  notWritten,
  numericColumn,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';

// Handsontable, page side. It keeps no DOM → instance link, so instances are found three ways: global
// hooks on the `Handsontable` global (every instance runs them with itself as `this`), a window resize
// to make existing instances run them once, and the page's variables (`window.hot`, by the bridge).

interface Hot {
  rootElement: Element;
  isDestroyed?: boolean;
  countRows(): number;
  countCols(): number;
  getData(): unknown[][];
  getDataAtCell(row: number, col: number): unknown;
  getDataAtCol?(col: number): unknown[];
  setDataAtCell(changes: [number, number, unknown][], source?: string): void;
  getCellMeta(row: number, col: number): { readOnly?: boolean; type?: string };
  getSettings(): { colHeaders?: unknown; nestedHeaders?: unknown; mergeCells?: unknown };
  getColHeader(col: number): unknown;
  addHook?(key: string, callback: (...args: unknown[]) => void): void;
  removeHook?(key: string, callback: (...args: unknown[]) => void): void;
}

interface HandsontableGlobal {
  hooks?: { add(key: string, callback: (this: unknown) => void): void };
}

const HOOKS = ['afterInit', 'afterRender', 'afterLoadData', 'beforeRefreshDimensions', 'afterSelection'];

const globalOf = (win: Window) => (win as unknown as { Handsontable?: HandsontableGlobal }).Handsontable;

/** The next frame, or 50 ms in a background tab where frames do not come. */
const frame = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => resolve());
    win.setTimeout(resolve, 50);
  });

const isHot = (value: unknown): value is Hot =>
  hasMethods<Hot>(value, 'getData', 'setDataAtCell', 'getCellMeta') && isElement(value.rootElement);

type Label = string | { label?: unknown; colspan?: unknown };

function headers(hot: Hot): GridData['headers'] {
  const settings = hot.getSettings();
  const cell = (raw: Label) =>
    typeof raw === 'object' && raw
      ? { label: String(raw.label ?? ''), span: Number(raw.colspan) || 1 }
      : { label: String(raw ?? ''), span: 1 };
  if (Array.isArray(settings.nestedHeaders))
    return (settings.nestedHeaders as Label[][]).map((line) => line.map(cell));
  // colHeaders: true gives Handsontable's default A, B, C: not the form's labels
  if (Array.isArray(settings.colHeaders) || typeof settings.colHeaders === 'function')
    return [Array.from({ length: hot.countCols() }, (_, c) => cell(String(hot.getColHeader(c) ?? '')))];
  return [];
}

function read(hot: Hot): GridData {
  const rows = hot.getData().map((line) => line.map(plainValue));
  const readOnly: [number, number][] = [];
  const numeric = Array.from({ length: hot.countCols() }, () => false);
  rows.forEach((line, r) => {
    line.forEach((_, c) => {
      const meta = hot.getCellMeta(r, c);
      if (meta.readOnly) readOnly.push([r, c]);
      if (meta.type === 'numeric' || typeof line[c] === 'number') numeric[c] = true;
    });
  });
  const merge = hot.getSettings().mergeCells;
  const merged = Array.isArray(merge) ? (merge as MergedCell[]) : [];
  return { library: 'handsontable', headers: headers(hot), rows, readOnly, computed: [], merged, numeric };
}

async function write(hot: Hot, changes: GridChange[], win: Window): Promise<GridCellResult[]> {
  const before = changes.map(([r, c]) => plainValue(hot.getDataAtCell(r, c)));
  const typed: [number, number, GridValue][] = [];
  const numeric = new Map<number, boolean>();
  const isNumeric = (r: number, c: number) => {
    if (hot.getCellMeta(r, c).type === 'numeric') return true;
    if (!numeric.has(c)) {
      const values =
        hot.getDataAtCol?.(c) ??
        Array.from({ length: hot.countRows() }, (_, row) => hot.getDataAtCell(row, c));
      numeric.set(c, numericColumn(false, values));
    }
    return numeric.get(c) === true;
  };
  const refused = new Map<number, string>();
  changes.forEach(([r, c, text], i) => {
    if (r >= hot.countRows() || c >= hot.countCols()) refused.set(i, 'no such cell');
    else if (hot.getCellMeta(r, c).readOnly) refused.set(i, 'read-only');
    else typed.push([r, c, typedValue(text, isNumeric(r, c))]);
  });
  if (typed.length) hot.setDataAtCell(typed, WRITE_SOURCE);
  // validators may apply the change a tick later
  await new Promise((resolve) => win.setTimeout(resolve, 0));
  return changes.map(([r, c], i) => {
    const error = refused.get(i);
    return error
      ? notWritten(before[i], error)
      : { value: plainValue(hot.getDataAtCell(r, c)), before: before[i] };
  });
}

export const handsontablePage: PageGridAdapter<Hot> = {
  library: 'handsontable',
  rootSelector: HANDSONTABLE_ROOT,
  install(win, found) {
    const hooks = globalOf(win)?.hooks;
    if (!hooks) return;
    for (const key of HOOKS) {
      hooks.add(key, function (this: unknown) {
        if (isHot(this)) found(this);
      });
    }
  },
  find: () => [],
  accepts: isHot,
  async wake(win) {
    if (!globalOf(win)?.hooks) return;
    win.dispatchEvent(new Event('resize'));
    await frame(win);
    await frame(win);
  },
  // an editor's own grid (dropdowns) lives inside another grid: only roots count
  root: (hot) => (hot.rootElement.parentElement?.closest(HANDSONTABLE_ROOT) ? null : hot.rootElement),
  alive: (hot) => !hot.isDestroyed && hot.rootElement.isConnected,
  size: (hot) => ({ rows: hot.countRows(), cols: hot.countCols() }),
  read,
  write,
  onRender(hot, callback) {
    if (!hot.addHook) return () => {};
    hot.addHook('afterRender', callback);
    return () => hot.removeHook?.('afterRender', callback);
  },
  onChange(hot, callback) {
    if (!hot.addHook) return () => {};
    const listener = (_changes: unknown, source: unknown) => {
      if (source !== WRITE_SOURCE) callback();
    };
    hot.addHook('afterChange', listener);
    hot.addHook('afterLoadData', callback);
    return () => {
      hot.removeHook?.('afterChange', listener);
      hot.removeHook?.('afterLoadData', callback);
    };
  },
};
