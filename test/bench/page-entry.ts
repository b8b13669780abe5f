import type { Draft } from '../../lib/drafts/schema';
import { draftFromModel } from '../../lib/fill/draft-from-model';
import { fillFromDraft } from '../../lib/fill/fill';
import { UndoJournal } from '../../lib/fill/undo';
import { formByCode } from '../../lib/forms/catalogue';
import { recogniseTable } from '../../lib/forms/recognise';
import type { FormDef } from '../../lib/forms/schema';
import { widgetWriter } from '../../lib/page/widget-writer';
import { periodKey } from '../../lib/page-info';
import { periodOf, windowOf } from '../../lib/periods/windows';
import type { RuleContext } from '../../lib/rules/context';
import { checkAll, recheck } from '../../lib/rules/engine';
import type { Finding } from '../../lib/rules/finding';
import { findReportTables } from '../../lib/table/find';
import { installGridBridge } from '../../lib/table/grid-bridge-page';
import type { CellHandle } from '../../lib/table/handles';
import type { Cell, TableModel } from '../../lib/table/model';
import { readTable } from '../../lib/table/read';
import { buildWidgetModel, createGridBridge, type GridBridge } from '../../lib/table/widget';
import { markBench } from './marks-page';

// Bundled by run.mjs into an IIFE and injected into a replica page (main world, no extension), so lib
// code is timed in real Chromium on a real DOM. Every function returns plain data for Playwright.

const FORM = 'II.06a/VPCP/KSTT';

interface State {
  table: Element;
  model: TableModel;
  handles: CellHandle[][];
  def: FormDef;
  ctx: RuleContext;
  period: string;
  unit: string;
}

let state: State | null = null;

function now(): number {
  return performance.now();
}

function current(): State {
  if (!state) throw new Error('setup() first');
  return state;
}

/** Finds the report table, reads it once and gathers what the rules need, as the content script does. */
function setup(): { rows: number; columns: number; editable: number; tables: number } {
  const tables = findReportTables(document);
  const table = tables[0];
  if (!table) throw new Error('no report table on this page');
  const read = readTable(table);
  if (!read) throw new Error('the report table could not be read');
  const def = formByCode(FORM);
  if (!def) throw new Error(`no form ${FORM}`);
  const { info } = recogniseTable(table);
  const id = periodOf(info.periodLabel, info.period);
  const official = id ? windowOf(id) : null;
  const ctx: RuleContext = {
    page: info,
    profile: { level: 'xa', unit: info.unit },
    officialWindow: official ?? undefined,
    expectedPeriod: official ? { ...official, source: 'default' } : undefined,
  };
  const period = info.period ? periodKey(info.period) : '2024-12-15/2025-03-14';
  state = { table, model: read.model, handles: read.handles, def, ctx, period, unit: info.unit || 'Bench' };
  let editable = 0;
  for (const row of read.model.rows) for (const cell of row.cells) if (cell.editable) editable++;
  return {
    rows: read.model.rows.length,
    columns: read.model.columns.length,
    editable,
    tables: tables.length,
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns the times in ms. */
function times(runs: number, warmup: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    fn(i);
    out.push(now() - t0);
  }
  return out;
}

/** readTable on the report table (the DOM is read afresh each time; nothing is cached between reads). */
function read(runs: number, warmup = 3): number[] {
  const { table } = current();
  return times(runs, warmup, () => {
    if (!readTable(table)) throw new Error('read failed');
  });
}

/** findReportTables over the whole document (what a page scan costs before the full read). */
function find(runs: number, warmup = 3): number[] {
  return times(runs, warmup, () => {
    if (findReportTables(document).length === 0) throw new Error('find failed');
  });
}

/** checkAll on the model read at setup. */
function check(runs: number, warmup = 3): { times: number[]; findings: number } {
  const { model, def, ctx } = current();
  let findings = 0;
  const t = times(runs, warmup, () => {
    findings = checkAll(model, def, ctx).length;
  });
  return { times: t, findings };
}

function numberCell(cell: Cell, value: number): Cell {
  return { ...cell, raw: String(value), value, parse: 'number' };
}

/**
 * One edited cell, then recheck: column 4 ("Trực tuyến", a part of R1) of a data row goes up by one
 * and back on alternate edits, so each edit adds or removes a sum finding. Edits walk over rows spread
 * across the table. Chromium gives pages a 0.1 ms clock, so each sample is the mean of `batch` edits.
 * `agrees`: the last re-check equals a full check.
 */
function recheckOne(
  samples: number,
  batch = 10,
): { times: number[]; edits: number; toggled: number; agrees: boolean; findingsBefore: number } {
  const { model, def, ctx } = current();
  const position = model.columns.findIndex((c) => c.number === 4);
  if (position < 0) throw new Error('no column 4');
  const dataRows = model.rows.filter((r) => r.kind === 'data' && r.cells[position]?.value !== null);
  let previous: Finding[] = checkAll(model, def, ctx);
  const findingsBefore = previous.length;
  let toggled = 0;
  let edits = 0;
  const editOnce = (i: number) => {
    // Each row is edited twice in a row: +1 (a sum error appears), then back (it goes).
    const row = dataRows[Math.floor((i * 7919) / 2) % dataRows.length] ?? dataRows[0];
    const cell = row.cells[position];
    const base = cell.value ?? 0;
    row.cells[position] = numberCell(cell, i % 2 === 0 ? base + 1 : base - 1);
    const next = recheck(model, def, ctx, previous, { row: row.index, col: 4 });
    if (next.length !== previous.length) toggled++;
    edits++;
    previous = next;
  };
  let i = 0;
  for (let w = 0; w < 2 * batch; w++) editOnce(i++);
  toggled = 0;
  edits = 0;
  const out: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = now();
    for (let b = 0; b < batch; b++) editOnce(i++);
    out.push((now() - t0) / batch);
  }
  const agrees = JSON.stringify(previous) === JSON.stringify(checkAll(model, def, ctx));
  return { times: out, edits, toggled, agrees, findingsBefore };
}

/** The draft of the table as it is now (the bench reads it on a filled page and fills an empty one). */
function draft(): Draft {
  const { model, period, unit } = current();
  return draftFromModel(model, { form: FORM, period, unit });
}

/**
 * Fills the page's table from `source` (read afresh before each run), times it, then times the undo.
 * The page is empty again after each undo, so every run fills the same cells.
 */
async function fill(
  source: Draft,
  runs: number,
): Promise<{ fill: number[]; undo: number[]; filled: number; restored: number; failures: number }> {
  const { table } = current();
  const fillTimes: number[] = [];
  const undoTimes: number[] = [];
  let filled = 0;
  let restored = 0;
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const read = readTable(table);
    if (!read) throw new Error('read failed');
    const journal = new UndoJournal();
    const t0 = now();
    const report = await fillFromDraft(source, read.model, read.handles, { journal, state: 'editable' });
    const t1 = now();
    const undone = await journal.undo();
    const t2 = now();
    fillTimes.push(t1 - t0);
    undoTimes.push(t2 - t1);
    filled = report.filled;
    restored = undone.restored;
    failures = report.failures.length + undone.failures.length;
  }
  return { fill: fillTimes, undo: undoTimes, filled, restored, failures };
}

/**
 * Tags the first `count` cells a fill from `source` would write with `data-bench-cell="i"` and returns
 * the value for each, so Playwright can type the same cells one by one.
 */
function tagCells(source: Draft, count: number): string[] {
  const { model, handles } = current();
  const values: string[] = [];
  // The draft was read from the same replica with values, so its rows are in the page's order.
  for (let r = 0; r < model.rows.length && values.length < count; r++) {
    const row = model.rows[r];
    const draftRow = source.rows[r];
    if (!draftRow) continue;
    model.columns.forEach((column, c) => {
      const handle = handles[r][c];
      const value = draftRow.values[String(column.number)];
      if (values.length >= count || value === undefined || handle.kind !== 'field' || !row.cells[c].editable)
        return;
      handle.field.setAttribute('data-bench-cell', String(values.length));
      values.push(value);
    });
  }
  return values;
}

/** Empties every tagged cell again (setter + input event, as the page expects). */
function clearTagged(): number {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const fields = Array.from(document.querySelectorAll<HTMLInputElement>('[data-bench-cell]'));
  for (const field of fields) {
    setter.call(field, '');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return fields.length;
}

declare global {
  interface Window {
    tlbcBench: typeof api;
  }
}

// ── widget grids (AG Grid, Tabulator, Handsontable): both halves of the bridge in this one world ──

let gridBridge: GridBridge | null = null;
let gridId = '';

/** Installs the bridge's page half and waits for the library's grid (the replicas build it late). */
async function gridSetup(): Promise<{ library: string; rows: number; cols: number }> {
  installGridBridge(window);
  gridBridge = createGridBridge(document, 10_000);
  for (let waited = 0; waited < 10_000; waited += 100) {
    const [grid] = await gridBridge.list();
    if (grid && grid.rows > 0) {
      gridId = grid.id;
      return grid;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no widget grid on this page');
}

function gridState(): GridBridge {
  if (!gridBridge) throw new Error('gridSetup() first');
  return gridBridge;
}

/**
 * Times a read of the grid as the content script does it: the bridge's request and answer (the page
 * adapter reading the library's API, JSON both ways, zod validation) and the TableModel built from it.
 */
async function gridRead(runs: number): Promise<{ read: number[]; adapter: number[]; rows: number }> {
  const bridge = gridState();
  const read: number[] = [];
  const adapter: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const data = await bridge.read(gridId);
    const t1 = now();
    const built = buildWidgetModel(gridId, data);
    const t2 = now();
    read.push(t2 - t0);
    adapter.push(t1 - t0);
    rows = built.model.rows.length;
  }
  return { read, adapter, rows };
}

async function gridModel() {
  return buildWidgetModel(gridId, await gridState().read(gridId));
}

async function gridDraft(): Promise<Draft> {
  const { model } = await gridModel();
  return draftFromModel(model, { form: FORM, period: '2024-12-15/2025-03-14', unit: 'bench' });
}

/** Fill from `source` through the bridge and undo it, `runs` times (the grid is empty after each undo). */
async function gridFill(
  source: Draft,
  runs: number,
): Promise<{ fill: number[]; undo: number[]; filled: number; restored: number; failures: number }> {
  const bridge = widgetWriter(gridState());
  const fillTimes: number[] = [];
  const undoTimes: number[] = [];
  let filled = 0;
  let restored = 0;
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const built = await gridModel();
    const journal = new UndoJournal();
    const t0 = now();
    const report = await fillFromDraft(source, built.model, built.handles, {
      journal,
      state: 'editable',
      bridge,
    });
    const t1 = now();
    const undone = await journal.undo({ bridge, current: built });
    const t2 = now();
    fillTimes.push(t1 - t0);
    undoTimes.push(t2 - t1);
    filled = report.filled;
    restored = undone.restored;
    failures = report.failures.length + undone.failures.length;
  }
  return { fill: fillTimes, undo: undoTimes, filled, restored, failures };
}

/** Measure 4b: picks the cells the checks mark and a technique to show them (marks-page.ts). */
function marksPrepare(technique: string, set: 'findings' | 'spread') {
  const { model, handles, def, ctx } = current();
  return markBench.prepare(model, handles, def, ctx, technique, set);
}

const api = {
  marksPrepare,
  marksRun: markBench.run,
  setup,
  read,
  find,
  check,
  recheck: recheckOne,
  draft,
  fill,
  tagCells,
  clearTagged,
  gridSetup,
  gridRead,
  gridDraft,
  gridFill,
};
window.tlbcBench = api;
