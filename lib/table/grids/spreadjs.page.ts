import type {
  GridCellResult,
  GridChange,
  GridData,
  GridValue,
  HeaderCell,
  MergedCell,
} from '../widget-protocol';
import { type CellBox, cellBox, layoutTracker, placeCellProxies, proxyLayer } from './canvas-cells';
import {
  hasMethods,
  isElement,
  notWritten,
  type PageGridAdapter,
  plainValue,
  typedValue,
} from './page-adapter';
import { SPREADJS_ROOT } from './spreadjs';

// SpreadJS, page side. A workbook is found from its host (GC.Spread.Sheets.findControl) or the page's
// variables; its active sheet is the grid. Header rows are the sheet's column-header area when the
// page wrote labels there (else the sheet's own letters, not the form's: no header, the form's header
// is then in the cells). The sheet keeps no column types: a cell takes a number unless it holds text.
// Drawn on a canvas: proxies over the shown cells carry the marks (canvas-cells.ts).

interface Range {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

interface Sheet {
  getRowCount(area?: number): number;
  getColumnCount(area?: number): number;
  getValue(row: number, col: number, area?: number): unknown;
  setValue(row: number, col: number, value: unknown, area?: number): void;
  getFormula?(row: number, col: number): string | null | undefined;
  getSpans(range?: Range, area?: number): Range[];
  getUsedRange?(type?: number): Range | null;
  getCell(row: number, col: number): { locked(): boolean };
  getCellRect(row: number, col: number, rowViewport?: number, colViewport?: number): Rect;
  getViewportTopRow(index: number): number;
  getViewportBottomRow(index: number): number;
  getViewportLeftColumn(index: number): number;
  getViewportRightColumn(index: number): number;
  suspendPaint(): void;
  resumePaint(): void;
  options: { isProtected?: boolean };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Workbook {
  getActiveSheet(): Sheet | null;
  getHost(): HTMLElement;
  bind(event: string, handler: () => void): void;
  unbind(event: string, handler: () => void): void;
}

type SpreadWindow = Window & {
  GC?: {
    Spread?: {
      Sheets?: {
        findControl?(host: Element): unknown;
        Events?: Record<string, string>;
        SheetArea?: Record<string, number>;
        UsedRangeType?: Record<string, number>;
      };
    };
  };
};

// SpreadJS's enums, as fallbacks when the page bundled the library without its global
const COL_HEADER = 1;
const USED_DATA = 16;
const MAIN_VIEWPORT = 1;

const isWorkbook = (value: unknown): value is Workbook => {
  return hasMethods<Workbook>(value, 'getActiveSheet', 'getHost') && isElement(value.getHost());
};

const sheets = (win: Window) => (win as SpreadWindow).GC?.Spread?.Sheets;

function extent(sheet: Sheet): { rows: number; cols: number; header: number } {
  const used = sheet.getUsedRange?.(USED_DATA);
  const headerRows = sheet.getRowCount(COL_HEADER);
  let lastHeaderCol = -1;
  let labelled = false;
  const maxCols = sheet.getColumnCount();
  for (let r = 0; r < headerRows; r++)
    for (let c = 0; c < maxCols; c++) {
      const v = sheet.getValue(r, c, COL_HEADER);
      if (v !== null && v !== undefined && v !== '') {
        labelled = true;
        lastHeaderCol = Math.max(lastHeaderCol, c);
      }
    }
  const usedCols = used && used.colCount > 0 ? used.col + used.colCount : 0;
  const usedRows = used && used.rowCount > 0 ? used.row + used.rowCount : 0;
  return {
    rows: Math.min(usedRows, sheet.getRowCount()),
    cols: Math.min(Math.max(usedCols, lastHeaderCol + 1), maxCols),
    header: labelled ? headerRows : 0,
  };
}

function headers(sheet: Sheet, cols: number, headerRows: number): HeaderCell[][] {
  const spans = sheet.getSpans(undefined, COL_HEADER) ?? [];
  const out: HeaderCell[][] = [];
  for (let r = 0; r < headerRows; r++) {
    const row: HeaderCell[] = [];
    for (let c = 0; c < cols; ) {
      const span = spans.find(
        (s) => s.row <= r && r < s.row + s.rowCount && s.col <= c && c < s.col + s.colCount,
      );
      const width = span ? Math.min(span.col + span.colCount, cols) - c : 1;
      const label = span && span.row < r ? '' : String(sheet.getValue(r, c, COL_HEADER) ?? '');
      row.push({ label, span: width });
      c += width;
    }
    out.push(row);
  }
  return out;
}

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '' && !/^[\d\s.,-]+$/.test(v);

function locked(sheet: Sheet, r: number, c: number): boolean {
  return sheet.options.isProtected === true && sheet.getCell(r, c).locked() !== false;
}

function read(sheet: Sheet): GridData {
  const { rows: rowCount, cols, header } = extent(sheet);
  const readOnly: [number, number][] = [];
  const computed: [number, number][] = [];
  const textIn = Array.from({ length: cols }, () => false);
  const rows: GridValue[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: GridValue[] = [];
    for (let c = 0; c < cols; c++) {
      const value = sheet.getValue(r, c);
      line.push(plainValue(value));
      if (sheet.getFormula?.(r, c)) computed.push([r, c]);
      else if (locked(sheet, r, c)) readOnly.push([r, c]);
      else if (isText(value)) textIn[c] = true;
    }
    rows.push(line);
  }
  const merged: MergedCell[] = (sheet.getSpans() ?? [])
    .filter((s) => s.row < rowCount && s.col < cols)
    .map((s) => ({ row: s.row, col: s.col, rowspan: s.rowCount, colspan: s.colCount }));
  return {
    library: 'spreadjs',
    headers: headers(sheet, cols, header),
    rows,
    readOnly,
    computed,
    merged,
    numeric: textIn.map((text) => !text),
  };
}

function write(sheet: Sheet, changes: GridChange[]): GridCellResult[] {
  const { rows, cols } = extent(sheet);
  const before = changes.map(([r, c]) => plainValue(r < rows && c < cols ? sheet.getValue(r, c) : null));
  sheet.suspendPaint();
  try {
    return changes.map(([r, c, text], i) => {
      if (r >= rows || c >= cols) return notWritten(before[i], 'no such cell');
      if (sheet.getFormula?.(r, c) || locked(sheet, r, c)) return notWritten(before[i], 'read-only');
      sheet.setValue(r, c, typedValue(text, !isText(before[i])));
      return { value: plainValue(sheet.getValue(r, c)), before: before[i] };
    });
  } finally {
    sheet.resumePaint();
  }
}

/** Proxies over the form cells the main viewport shows, in the host's coordinates. */
function placeProxies(spread: Workbook): void {
  const sheet = spread.getActiveSheet();
  const host = spread.getHost();
  const canvas = host.querySelector('canvas');
  if (!sheet || !canvas) return;
  const { rows, cols } = extent(sheet);
  const hostBox = host.getBoundingClientRect();
  const canvasBox = canvas.getBoundingClientRect();
  const dx = canvasBox.left - hostBox.left - host.clientLeft;
  const dy = canvasBox.top - hostBox.top - host.clientTop;
  const boxes: CellBox[] = [];
  const bottom = Math.min(sheet.getViewportBottomRow(MAIN_VIEWPORT), rows - 1);
  const right = Math.min(sheet.getViewportRightColumn(MAIN_VIEWPORT), cols - 1);
  for (let r = Math.max(0, sheet.getViewportTopRow(MAIN_VIEWPORT)); r <= bottom; r++)
    for (let c = Math.max(0, sheet.getViewportLeftColumn(MAIN_VIEWPORT)); c <= right; c++) {
      const rect = sheet.getCellRect(r, c, MAIN_VIEWPORT, MAIN_VIEWPORT);
      if (rect && rect.width > 0 && rect.height > 0)
        boxes.push(
          cellBox(r, c, { left: rect.x, top: rect.y, width: rect.width, height: rect.height }, dx, dy),
        );
    }
  placeCellProxies(host, boxes);
}

const LAYOUT_EVENTS = [
  'TopRowChanged',
  'LeftColumnChanged',
  'ColumnWidthChanged',
  'RowHeightChanged',
  'ViewZoomed',
];
const DATA_EVENTS = ['ValueChanged', 'RangeChanged', 'ClipboardPasted', 'ActiveSheetChanged', 'SheetChanged'];
/** Keeps the proxies where the cells are drawn (after scrolling, resizing or zooming). */
const trackLayout = layoutTracker<Workbook>(placeProxies, (spread, refresh, win) => {
  const events = sheets(win)?.Events;
  for (const name of LAYOUT_EVENTS) if (events?.[name]) spread.bind(events[name], refresh);
});

function hostsOf(win: Window): Workbook[] {
  const find = sheets(win)?.findControl;
  if (!find) return [];
  return Array.from(win.document.querySelectorAll(SPREADJS_ROOT))
    .map((host) => find(host))
    .filter(isWorkbook);
}

export const spreadjsPage: PageGridAdapter<Workbook> = {
  library: 'spreadjs',
  rootSelector: SPREADJS_ROOT,
  find: hostsOf,
  accepts: isWorkbook,
  root: (spread) => spread.getHost(),
  alive(spread) {
    const host = spread.getHost();
    const win = host.ownerDocument.defaultView;
    const find = win ? sheets(win)?.findControl : undefined;
    return host.isConnected && (!find || find(host) === spread);
  },
  size(spread) {
    const sheet = spread.getActiveSheet();
    if (!sheet) return { rows: 0, cols: 0 };
    const { rows, cols } = extent(sheet);
    return { rows, cols };
  },
  read(spread) {
    const sheet = spread.getActiveSheet();
    if (!sheet) throw new Error('no active sheet');
    const host = spread.getHost();
    const win = host.ownerDocument.defaultView;
    proxyLayer(host);
    if (win) trackLayout(spread, win)();
    return read(sheet);
  },
  write(spread, changes) {
    const sheet = spread.getActiveSheet();
    if (!sheet) return changes.map(() => notWritten(null, 'no active sheet'));
    return write(sheet, changes);
  },
  onChange(spread, callback) {
    const win = spread.getHost().ownerDocument.defaultView;
    const events = win ? sheets(win)?.Events : undefined;
    const names = DATA_EVENTS.map((name) => events?.[name]).filter((n): n is string => !!n);
    for (const name of names) spread.bind(name, callback);
    return () => {
      for (const name of names) spread.unbind(name, callback);
    };
  },
};
