import { parseNumber } from '../numbers';
import {
  GRID_ATTR,
  type GridData,
  type GridRequest,
  type GridSummary,
  type GridValue,
  type GridWriteResult,
  type HeaderCell,
  type MergedCell,
  REPLY_EVENT,
  REQUEST_EVENT,
  WRITE_SOURCE,
} from './widget-protocol';

// The bridge's page-world half (entrypoints/grid-bridge.ts runs it): no extension APIs here. Handsontable
// keeps no DOM → instance link, so instances are found three ways: global hooks on the `Handsontable`
// global (every instance runs them with itself as `this`), a window resize to make existing instances
// run them once, and a scan of the window's own properties for instance-shaped values (`window.hot`).

interface Hot {
  rootElement: Element;
  isDestroyed?: boolean;
  countRows(): number;
  countCols(): number;
  getData(): GridValue[][];
  getDataAtCell(row: number, col: number): GridValue;
  setDataAtCell(changes: [number, number, unknown][], source?: string): void;
  getCellMeta(row: number, col: number): { readOnly?: boolean; type?: string };
  getSettings(): { colHeaders?: unknown; nestedHeaders?: unknown; mergeCells?: unknown };
  getColHeader(col: number): unknown;
}

interface HandsontableGlobal {
  hooks?: { add(key: string, callback: (this: unknown) => void): void };
}

const HOOKS = ['afterInit', 'afterRender', 'afterLoadData', 'beforeRefreshDimensions', 'afterSelection'];
const ROOT = '.handsontable';

function isHot(value: unknown): value is Hot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<Hot>;
  return (
    typeof v.getData === 'function' &&
    typeof v.setDataAtCell === 'function' &&
    typeof v.getCellMeta === 'function' &&
    (v.rootElement as Node | undefined)?.nodeType === 1
  );
}

/** The next frame, or 50 ms in a background tab where frames do not come. */
const frame = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => resolve());
    win.setTimeout(resolve, 50);
  });

export function installGridBridge(win: Window): void {
  const doc = win.document;
  if (doc.documentElement.hasAttribute('data-tlbc-bridge')) return;
  doc.documentElement.setAttribute('data-tlbc-bridge', '');

  const grids = new Map<string, Hot>();
  let counter = 0;

  const register = (value: unknown) => {
    if (!isHot(value) || value.isDestroyed || !value.rootElement.isConnected) return;
    // an editor's own grid (dropdowns) lives inside another grid or outside any form: only roots count
    if (value.rootElement.parentElement?.closest(ROOT)) return;
    for (const hot of grids.values()) if (hot === value) return;
    counter += 1;
    const id = `g${counter}`;
    grids.set(id, value);
    value.rootElement.setAttribute(GRID_ATTR, id);
  };

  const global = (win as unknown as { Handsontable?: HandsontableGlobal }).Handsontable;
  if (global?.hooks) {
    for (const key of HOOKS) {
      global.hooks.add(key, function (this: unknown) {
        register(this);
      });
    }
  }

  const scanWindow = () => {
    for (const key of Object.keys(win)) {
      let value: unknown;
      try {
        value = (win as unknown as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      if (isHot(value)) register(value);
      else if (Array.isArray(value)) value.forEach(register);
      else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const inner of Object.values(value)) register(inner);
      }
    }
  };

  const unregistered = () =>
    Array.from(doc.querySelectorAll(ROOT)).some(
      (el) => !el.parentElement?.closest(ROOT) && !el.hasAttribute(GRID_ATTR),
    );

  const discover = async () => {
    for (const [id, hot] of grids) if (hot.isDestroyed || !hot.rootElement.isConnected) grids.delete(id);
    scanWindow();
    if (unregistered() && global?.hooks) {
      win.dispatchEvent(new Event('resize'));
      await frame(win);
      await frame(win);
    }
  };

  const summary = (id: string, hot: Hot): GridSummary => ({
    id,
    rows: hot.countRows(),
    cols: hot.countCols(),
  });

  const headers = (hot: Hot): Pick<GridData, 'colHeaders' | 'nestedHeaders'> => {
    const settings = hot.getSettings();
    if (Array.isArray(settings.nestedHeaders))
      return { colHeaders: null, nestedHeaders: settings.nestedHeaders as HeaderCell[][] };
    if (Array.isArray(settings.colHeaders) || typeof settings.colHeaders === 'function') {
      const labels = Array.from({ length: hot.countCols() }, (_, c) => String(hot.getColHeader(c) ?? ''));
      return { colHeaders: labels, nestedHeaders: null };
    }
    return { colHeaders: null, nestedHeaders: null };
  };

  const read = (hot: Hot): GridData => {
    const data = hot.getData();
    const readOnly: [number, number][] = [];
    data.forEach((line, r) => {
      line.forEach((_, c) => {
        if (hot.getCellMeta(r, c).readOnly) readOnly.push([r, c]);
      });
    });
    const merge = hot.getSettings().mergeCells;
    const merged = Array.isArray(merge) ? (merge as MergedCell[]) : [];
    return { data, ...headers(hot), readOnly, merged };
  };

  /**
   * A numeric column takes numbers, never text (`1.245` typed into one would be one point two four
   * five): its type says so, or the values it holds are numbers.
   */
  const numericAt = (hot: Hot, r: number, c: number): boolean => {
    if (hot.getCellMeta(r, c).type === 'numeric') return true;
    const current = hot.getDataAtCell(r, c);
    if (typeof current === 'number') return true;
    if (current !== null && current !== '') return false;
    let numbers = 0;
    let texts = 0;
    for (let row = 0, rows = hot.countRows(); row < rows && numbers + texts < 50; row++) {
      const value = row === r ? null : hot.getDataAtCell(row, c);
      if (typeof value === 'number') numbers++;
      else if (typeof value === 'string' && value.trim() !== '' && parseNumber(value).parse === 'number')
        texts++;
    }
    return numbers > texts;
  };

  const write = async (hot: Hot, changes: [number, number, string][]): Promise<GridWriteResult> => {
    // text arrives in Vietnamese notation; numeric columns get the number, text columns the text
    const typed = changes.map(([r, c, text]): [number, number, unknown] => {
      if (!numericAt(hot, r, c)) return [r, c, text];
      const { value, parse } = parseNumber(text);
      return [r, c, parse === 'number' ? value : parse === 'empty' ? null : text];
    });
    hot.setDataAtCell(typed, WRITE_SOURCE);
    // validators may apply the change a tick later
    await new Promise((resolve) => win.setTimeout(resolve, 0));
    return { values: changes.map(([r, c]) => hot.getDataAtCell(r, c)) };
  };

  const answer = async (request: GridRequest): Promise<unknown> => {
    if (request.op === 'list') {
      await discover();
      return { grids: Array.from(grids, ([id, hot]) => summary(id, hot)) };
    }
    const hot = grids.get(request.grid);
    if (!hot || hot.isDestroyed) throw new Error(`no grid ${request.grid}`);
    return request.op === 'read' ? read(hot) : write(hot, request.changes);
  };

  doc.addEventListener(REQUEST_EVENT, (event) => {
    const detail = (event as CustomEvent).detail;
    if (typeof detail !== 'string') return;
    let request: GridRequest;
    try {
      request = JSON.parse(detail);
    } catch {
      return;
    }
    const reply = (body: object) =>
      doc.dispatchEvent(
        new CustomEvent(REPLY_EVENT, { detail: JSON.stringify({ id: request.id, ...body }) }),
      );
    answer(request).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: String((error as Error)?.message ?? error) }),
    );
  });
}
