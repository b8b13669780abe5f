import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, EXTENSION_PATH, launch, SITES } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { emptyExtension } from './baseline.mjs';
import { endTrace, loadCostSection, measureLoadCost } from './load-cost.mjs';
import { markTechniquesSection, measureMarkTechniques } from './mark-techniques.mjs';

// `npm run bench`: speed, size and memory of the extension measured in real Chromium on the replica
// pages, written to test/bench/report.md. Nothing here asserts: the figures go beside their targets.
// What each figure means: README.md. BENCH_RUNS (default 20) sets the runs of the in-page timings.

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const HERE = join(ROOT, 'test', 'bench');
const OUT = join(HERE, '.out');
const REPORT = join(HERE, 'report.md');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 20);
const LOAD_RUNS = Math.max(3, Number(process.env.BENCH_LOAD_RUNS) || 7);
const COST_RUNS = Math.max(3, Number(process.env.BENCH_COST_RUNS) || 9);
const EDITS = Math.max(10, Number(process.env.BENCH_EDITS) || 40);
const MARK_RUNS = Math.max(3, Number(process.env.BENCH_MARK_RUNS) || 7);
const PW_CELLS = 200;
const PANEL = '[data-testid="tlbc-panel"]';

const page06a = (query) => `${SITES.vpcp}/bao-cao/bieu-mau/ii06a?${query}`;

// ── statistics ───────────────────────────────────────────────────────────────────────────────────

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (values) => ({ n: values.length, median: median(values), p95: quantile(values, 0.95) });

const ms = (v, digits = 2) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(digits)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const met = (ok) => (ok === null ? '—' : ok ? 'yes' : '**no**');

// ── the in-page bundle and a baseline extension ──────────────────────────────────────────────────

async function bundle() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      lib: {
        entry: join(HERE, 'page-entry.ts'),
        formats: ['iife'],
        name: 'tlbcBenchBundle',
        fileName: () => 'page.js',
      },
      outDir: join(OUT, 'page'),
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
    },
  });
  return join(OUT, 'page', 'page.js');
}

async function openWithBundle(h, url, bundlePath) {
  const page = await h.open(url);
  await page.addScriptTag({ path: bundlePath });
  const info = await page.evaluate(() => window.tlbcBench.setup());
  return { page, info };
}

// ── 1, 2: reading and checking ───────────────────────────────────────────────────────────────────

async function measureRead(h, bundlePath) {
  const out = [];
  for (const rows of [20, 200, 2000]) {
    const { page, info } = await openWithBundle(h, page06a(`rows=${rows}`), bundlePath);
    const read = await page.evaluate((runs) => window.tlbcBench.read(runs), RUNS);
    const find = await page.evaluate((runs) => window.tlbcBench.find(runs), RUNS);
    let check = null;
    let recheck = null;
    if (rows === 2000) {
      check = await page.evaluate((runs) => window.tlbcBench.check(runs), RUNS);
      recheck = await page.evaluate((runs) => window.tlbcBench.recheck(runs), RUNS * 2);
    }
    await page.close();
    out.push({ rows, info, read: stats(read), find: stats(find), check, recheck });
    console.log(`read ${rows} rows: median ${ms(median(read))}`);
  }
  return out;
}

// ── 7: fill and undo ─────────────────────────────────────────────────────────────────────────────

async function measureFill(h, bundlePath) {
  const source = await openWithBundle(h, page06a('rows=500'), bundlePath);
  const draft = await source.page.evaluate(() => window.tlbcBench.draft());
  await source.page.close();

  const { page, info } = await openWithBundle(h, page06a('rows=500&values=empty'), bundlePath);
  const lib = await page.evaluate(({ d, runs }) => window.tlbcBench.fill(d, runs), { d: draft, runs: 7 });
  const values = await page.evaluate(({ d, n }) => window.tlbcBench.tagCells(d, n), {
    d: draft,
    n: PW_CELLS,
  });
  const t0 = performance.now();
  for (let i = 0; i < values.length; i++) await page.locator(`[data-bench-cell="${i}"]`).fill(values[i]);
  const pwTotal = performance.now() - t0;
  const typed = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-bench-cell]')).map((el) => /** @type {any} */ (el).value),
  );
  const pwOk = typed.every((v, i) => v === values[i]);
  await page.evaluate(() => window.tlbcBench.clearTagged());
  await page.close();
  const perCell = pwTotal / values.length;
  console.log(`fill ${lib.filled} cells: median ${ms(median(lib.fill))}; Playwright ${ms(perCell)} per cell`);
  return {
    info,
    filled: lib.filled,
    restored: lib.restored,
    failures: lib.failures,
    fill: stats(lib.fill),
    undo: stats(lib.undo),
    pw: { cells: values.length, total: pwTotal, perCell, extrapolated: perCell * lib.filled, ok: pwOk },
  };
}

// ── 9: widget grids through the bridge ───────────────────────────────────────────────────────────

const GRID_SHAPES = [
  'handsontable',
  'ag-grid',
  'tabulator',
  'devextreme',
  'kendo',
  'jspreadsheet',
  'spreadjs',
  'cheetah',
];
// SpreadJS without a licence key draws only on localhost (test/fixtures/README.md)
const gridPage = (query) =>
  /shape=spreadjs\b/.test(query) ? `https://localhost/bao-cao/nhap-lieu/ii06a?${query}` : page06a(query);
const GRID_FILL_ROWS = 100;
const GRID_READ_ROWS = 500;

async function openGrid(h, query, bundlePath) {
  const page = await h.open(gridPage(query));
  await page.addScriptTag({ path: bundlePath });
  const grid = await page.evaluate(() => window.tlbcBench.gridSetup());
  return { page, grid };
}

/** Per library: read of a 13 × 500 grid, fill + undo of a 13 × 100 II.06a, in the bench's own world. */
async function measureGrids(h, bundlePath) {
  // the plain <table> of the same size, read in the same run: a yardstick on a loaded machine
  const plain = await openWithBundle(h, page06a(`rows=${GRID_READ_ROWS}`), bundlePath);
  const reference = stats(await plain.page.evaluate((runs) => window.tlbcBench.read(runs), RUNS));
  await plain.page.close();
  const out = [];
  const only = process.env.BENCH_GRIDS?.split(',');
  for (const shape of GRID_SHAPES.filter((s) => !only || only.includes(s))) {
    const big = await openGrid(h, `shape=${shape}&rows=${GRID_READ_ROWS}`, bundlePath);
    const read = await big.page.evaluate((runs) => window.tlbcBench.gridRead(runs), RUNS);
    await big.page.close();

    const source = await openGrid(h, `shape=${shape}&rows=${GRID_FILL_ROWS}`, bundlePath);
    const draft = await source.page.evaluate(() => window.tlbcBench.gridDraft());
    await source.page.close();
    const target = await openGrid(h, `shape=${shape}&rows=${GRID_FILL_ROWS}&values=empty`, bundlePath);
    const fill = await target.page.evaluate(({ d, runs }) => window.tlbcBench.gridFill(d, runs), {
      d: draft,
      runs: 5,
    });
    await target.page.close();
    out.push({
      shape,
      readRows: read.rows,
      read: stats(read.read),
      bridge: stats(read.adapter),
      filled: fill.filled,
      restored: fill.restored,
      failures: fill.failures,
      fill: stats(fill.fill),
      undo: stats(fill.undo),
      reference,
    });
    console.log(
      `${shape}: read ${read.rows} rows ${ms(median(read.read))}; fill ${fill.filled} cells ${ms(median(fill.fill))}, undo ${ms(median(fill.undo))}`,
    );
  }
  return out;
}

function gridSection(grids) {
  return [
    '## 9. Widget grids (Handsontable, AG Grid, Tabulator, DevExtreme, Kendo UI, jspreadsheet, SpreadJS, Cheetah Grid) through the bridge',
    '',
    `Replica \`?shape=…\` pages built on the real libraries, without the extension: the bridge's page half ` +
      'and the content-side code run in one world (bench bundle), so the figures are the adapter reading or ' +
      `writing through the library's API, JSON both ways, zod validation and the TableModel. Read: ` +
      `13 × ${GRID_READ_ROWS} grid, ${RUNS} runs. Fill: draft read from the ${GRID_FILL_ROWS}-row page with values, ` +
      'filled into the empty one and undone, 5 rounds. Yardstick: `readTable` of the plain `<table>` page of ' +
      `the same size in the same run: ${ms(grids[0]?.reference.median, 1)} median (section 1 has it at other sizes).`,
    '',
    table(
      [
        'Library',
        'Read 13 × 500 (median / p95)',
        'of which bridge',
        'Target',
        'Met',
        'Fill (median / p95)',
        'Undo median',
        'Cells, failures, restored',
        'Target',
        'Met',
      ],
      grids.map((g) => [
        g.shape,
        `${ms(g.read.median, 1)} / ${ms(g.read.p95, 1)}`,
        ms(g.bridge.median, 1),
        '≤ 30 ms',
        met(g.read.median <= 30),
        `${ms(g.fill.median, 1)} / ${ms(g.fill.p95, 1)}`,
        ms(g.undo.median, 1),
        `${g.filled}, ${g.failures}, ${g.restored}`,
        '≤ 1 s',
        met(g.fill.median <= 1000),
      ]),
    ),
  ].join('\n');
}

// ── 3: input event → cell mark ───────────────────────────────────────────────────────────────────

/** In the page: edit column 4 of data rows, each edit adding or removing a sum error; time the mark. */
function editLoop(edits) {
  const table = [...document.querySelectorAll('table')].sort((a, b) => b.rows.length - a.rows.length)[0];
  const rows = [...table.tBodies[0].rows].filter((tr) => tr.cells[3]?.querySelector('input'));
  rows.pop(); // the total row
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const signature = (tr) =>
    [tr, ...tr.querySelectorAll('[data-tlbc-severity]')]
      .filter((el) => el.hasAttribute('data-tlbc-severity'))
      .map((el) => `${el.closest('td,th')?.cellIndex ?? 'row'}:${el.getAttribute('data-tlbc-severity')}`)
      .join(',');
  const format = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const pause = (t) => new Promise((r) => setTimeout(r, t));

  const edit = (tr, input, value, done) =>
    new Promise((resolveEdit) => {
      let timer = 0;
      const observer = new MutationObserver(() => {
        if (!done(signature(tr))) return;
        const t = performance.now() - t0;
        observer.disconnect();
        clearTimeout(timer);
        resolveEdit(t);
      });
      observer.observe(table, { attributes: true, attributeFilter: ['data-tlbc-severity'], subtree: true });
      timer = setTimeout(() => {
        observer.disconnect();
        resolveEdit(null);
      }, 1000);
      const t0 = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });

  return (async () => {
    const times = [];
    let misses = 0;
    for (let i = 0; i < edits / 2; i++) {
      const tr = rows[(i * 37) % rows.length];
      const input = tr.cells[3].querySelector('input');
      const original = input.value;
      const baseline = signature(tr);
      const up = format(Number(original.replace(/\./g, '')) + 1);
      const on = await edit(tr, input, up, (s) => s !== baseline);
      await pause(30);
      const off = await edit(tr, input, original, (s) => s === baseline);
      await pause(30);
      for (const t of [on, off]) {
        if (t === null) misses++;
        else times.push(t);
      }
    }
    return { times, misses };
  })();
}

async function measureInput(h) {
  const page = await h.open(page06a('rows=500'));
  await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(1500);
  const result = await page.evaluate(editLoop, EDITS);
  await page.close();
  console.log(`input → mark: ${result.times.length} timed, ${result.misses} without a mark change`);
  return { ...result, stats: result.times.length ? stats(result.times) : null };
}

// ── 9: in-place re-render → marks restored ───────────────────────────────────────────────────────

const angularForm = (query) => `${SITES.quangngai}/ng/bao-cao/nhap-lieu/ii06a?${query}`;

/**
 * In the page (the Angular replica): press Làm mới, which rebuilds the table's <tbody>, rows and inputs
 * inside the click (zone.js runs change detection before click() returns), and time until the marked
 * cells (row, column, severity) are what they were before.
 */
function rerenderLoop(runs) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Làm mới');
  const grid = () => document.querySelector('app-bieu-mau table:not([role])');
  const signature = () =>
    [...grid().querySelectorAll('[data-tlbc-severity]')]
      .map(
        (el) =>
          `${el.closest('tr').rowIndex}:${el.closest('td,th')?.cellIndex}:${el.getAttribute('data-tlbc-severity')}`,
      )
      .sort()
      .join(',');
  const baseline = signature();
  const pause = (t) => new Promise((r) => setTimeout(r, t));
  const once = () =>
    new Promise((resolveRun) => {
      let timer = 0;
      let t0 = 0;
      let rendered = 0;
      const finish = (t) => {
        observer.disconnect();
        clearTimeout(timer);
        resolveRun(t === null ? null : { total: t - t0, afterRender: t - rendered });
      };
      const observer = new MutationObserver(() => {
        if (signature() === baseline) finish(performance.now());
      });
      observer.observe(grid(), { attributes: true, attributeFilter: ['data-tlbc-severity'], subtree: true });
      timer = setTimeout(() => finish(null), 1000);
      const old = grid().tBodies[0];
      t0 = performance.now();
      button.click();
      rendered = performance.now();
      if (old.isConnected) finish(null); // the app did not re-render: nothing to time
    });
  return (async () => {
    if (!button || !baseline) return { error: `nothing to time (button ${!!button}, marks "${baseline}")` };
    const times = [];
    const sinceRender = [];
    let misses = 0;
    await once(); // warm-up
    await pause(100);
    for (let i = 0; i < runs; i++) {
      const t = await once();
      if (t === null) misses++;
      else {
        times.push(t.total);
        sinceRender.push(t.afterRender);
      }
      await pause(100);
    }
    return { times, sinceRender, misses, marks: baseline.split(',').length };
  })();
}

async function measureRerender(h) {
  const page = await h.open(angularForm('rows=100&values=errors&delay=0'));
  await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(1500);
  const result = await page.evaluate(rerenderLoop, RUNS);
  await page.close();
  if (result.error) {
    console.log(`re-render → marks: ${result.error}`);
    return { ...result, stats: null, sinceRender: null };
  }
  console.log(`re-render → marks: ${result.times.length} timed, ${result.misses} never restored within 1 s`);
  return {
    ...result,
    stats: result.times.length ? stats(result.times) : null,
    sinceRender: result.sinceRender.length ? stats(result.sinceRender) : null,
  };
}

// ── 4: page load with and without the extension ──────────────────────────────────────────────────

/** Init script: when the table is in the DOM (DOMContentLoaded), the next frame, and main-thread work. */
function loadProbe() {
  const probe = { gaps: [] };
  window.__tlbcLoad = probe;
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    requestAnimationFrame(() => {
      probe.frame = performance.now();
      setTimeout(() => {
        probe.rendered = performance.now();
      }, 0);
    });
    // A message loop that yields after every step: any gap is work someone else did on the main thread
    // (layout, paint, page scripts, the content script).
    const channel = new MessageChannel();
    let last = performance.now();
    const end = probe.dcl + 3000;
    channel.port1.onmessage = () => {
      const t = performance.now();
      if (t - last > 2) probe.gaps.push([last, t - last]);
      last = t;
      if (t < end) channel.port2.postMessage(0);
      else probe.done = true;
    };
    channel.port2.postMessage(0);
  });
}

async function loadOnce(h, withPanel) {
  const page = await h.context.newPage();
  await page.addInitScript(loadProbe);
  await page.goto(page06a('rows=500'), { waitUntil: 'load' });
  if (withPanel) await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => window.__tlbcLoad?.done, null, { timeout: 15_000 });
  const r = await page.evaluate(() => {
    const p = window.__tlbcLoad;
    const nav = performance.getEntriesByType('navigation')[0];
    const busy = p.gaps.reduce((s, [, g]) => s + g, 0);
    const long = p.gaps.filter(([, g]) => g >= 50);
    const settled = long.length ? long.at(-1)[0] + long.at(-1)[1] : p.dcl;
    const longest = p.gaps.reduce((m, [, g]) => Math.max(m, g), 0);
    return {
      dcl: p.dcl,
      rendered: p.rendered,
      afterDcl: p.rendered - p.dcl,
      load: nav.loadEventEnd,
      settled,
      busy,
      longest,
    };
  });
  await page.close();
  return r;
}

async function measureLoad(base, ext) {
  const runs = { base: [], ext: [] };
  await loadOnce(base, false); // warm both browsers (first navigation pays for process start)
  await loadOnce(ext, true);
  for (let i = 0; i < LOAD_RUNS; i++) {
    const order = i % 2 ? ['ext', 'base'] : ['base', 'ext'];
    for (const which of order)
      runs[which].push(await loadOnce(which === 'ext' ? ext : base, which === 'ext'));
  }
  const summary = {};
  for (const key of ['dcl', 'rendered', 'afterDcl', 'load', 'settled', 'busy', 'longest']) {
    const b = median(runs.base.map((r) => r[key]));
    const e = median(runs.ext.map((r) => r[key]));
    summary[key] = { base: b, ext: e, ratio: e / b };
  }
  console.log(
    `load: rendered ratio ${summary.rendered.ratio.toFixed(3)}, settled ratio ${summary.settled.ratio.toFixed(3)}`,
  );
  return summary;
}

/** Trace event names on the renderer main thread, grouped for the report. */
const TRACE_GROUPS = [
  ['All main-thread tasks', ['RunTask']],
  ['Style (UpdateLayoutTree)', ['UpdateLayoutTree']],
  ['Layout', ['Layout']],
  ['Pre-paint, paint, layerize', ['PrePaint', 'Paint', 'Layerize']],
  ['Script (EvaluateScript, FunctionCall, v8.compile)', ['EvaluateScript', 'FunctionCall', 'v8.compile']],
  ['Garbage collection (MinorGC, MajorGC)', ['MinorGC', 'MajorGC']],
  ['HTML parsing', ['ParseHTML']],
];

/** A Chromium trace of one reload of the 500-row page and the 3 s after it: main-thread time by kind. */
async function reloadTrace(h, withPanel) {
  const page = await h.open(page06a('rows=500'));
  if (withPanel) await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(1000);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReturnAsStream',
  });
  await page.reload({ waitUntil: 'load' });
  if (withPanel) await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(3000);
  const events = await endTrace(cdp);
  await page.close();
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const sums = Object.fromEntries(TRACE_GROUPS.map(([label]) => [label, 0]));
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || !main.has(`${e.pid}:${e.tid}`)) continue;
    for (const [label, names] of TRACE_GROUPS) if (names.includes(e.name)) sums[label] += e.dur / 1000;
  }
  return sums;
}

async function measureReload(base, ext) {
  const runs = { base: [], ext: [] };
  for (let i = 0; i < 3; i++) {
    runs.base.push(await reloadTrace(base, false));
    runs.ext.push(await reloadTrace(ext, true));
  }
  const out = {};
  for (const [label] of TRACE_GROUPS) {
    out[label] = { base: median(runs.base.map((r) => r[label])), ext: median(runs.ext.map((r) => r[label])) };
  }
  const all = out[TRACE_GROUPS[0][0]];
  console.log(`reload trace: main thread ${ms(all.base, 0)} without, ${ms(all.ext, 0)} with`);
  return out;
}

/** One reload of the 500-row page with the extension under the profiler: its self time by function. */
async function measureLoadProfile(h) {
  const page = await h.open(page06a('rows=500'));
  await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(1000);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.reload({ waitUntil: 'load' });
  await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.close();
  const sampleMs = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let ext = 0;
  const walk = (id, inExt) => {
    const node = byId.get(id);
    const { url, functionName } = node.callFrame;
    const own = url.startsWith('chrome-extension://');
    const here = inExt || own;
    if (here && node.hitCount) {
      const key = own ? '(extension script)' : functionName || '(anonymous)';
      self.set(key, (self.get(key) ?? 0) + node.hitCount);
      ext += node.hitCount;
    }
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(profile.nodes[0].id, false);
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, hits]) => [name, hits * sampleMs]);
  console.log(`load profile: ${(ext * sampleMs).toFixed(0)} ms in extension stacks`);
  return { sampleMs, extMs: ext * sampleMs, top };
}

// ── 6, 8: idle cost and memory ───────────────────────────────────────────────────────────────────

const IDLE_METRICS = [
  'TaskDuration',
  'ThreadTime',
  'ScriptDuration',
  'LayoutCount',
  'RecalcStyleCount',
  'LayoutDuration',
  'RecalcStyleDuration',
];

/** Profile nodes' self hits, split into those under a chrome-extension:// frame and all non-idle ones. */
function extensionHits(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let ext = 0;
  let busy = 0;
  const walk = (id, inExt) => {
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    const here = inExt || node.callFrame.url.startsWith('chrome-extension://');
    if (!['(idle)', '(program)', '(root)'].includes(name)) {
      busy += node.hitCount ?? 0;
      if (here) ext += node.hitCount ?? 0;
    }
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(profile.nodes[0].id, false);
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  return { ext, busy, sampleMs: interval };
}

async function idleAndMemory(h, withPanel, windowMs = 3000, url = page06a('rows=500')) {
  const page = await h.open(url);
  if (withPanel) await page.locator(PANEL).waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(2000);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // Two windows: the profiler's own sampling would show up in the metrics.
  const m0 = await metrics();
  await page.waitForTimeout(windowMs);
  const m1 = await metrics();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(windowMs);
  const { profile } = await cdp.send('Profiler.stop');
  const idle = Object.fromEntries(IDLE_METRICS.map((k) => [k, (m1[k] ?? 0) - (m0[k] ?? 0)]));
  const hits = extensionHits(profile);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const pageMemory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  await cdp.detach();
  await page.close();
  return { idle, hits, heap: heap.usedSize, heapTotal: heap.totalSize, pageMemory };
}

async function measureIdle(base, ext) {
  const runs = { base: [], ext: [] };
  for (let i = 0; i < 3; i++) {
    runs.base.push(await idleAndMemory(base, false));
    runs.ext.push(await idleAndMemory(ext, true));
  }
  const pick = (which, f) => median(runs[which].map(f));
  const idle = {};
  for (const k of IDLE_METRICS)
    idle[k] = { base: pick('base', (r) => r.idle[k]), ext: pick('ext', (r) => r.idle[k]) };
  const out = {
    idle,
    extSamples: pick('ext', (r) => r.hits.ext),
    busySamples: { base: pick('base', (r) => r.hits.busy), ext: pick('ext', (r) => r.hits.busy) },
    sampleMs: pick('ext', (r) => r.hits.sampleMs),
    heap: { base: pick('base', (r) => r.heap), ext: pick('ext', (r) => r.heap) },
    pageMemory: { base: pick('base', (r) => r.pageMemory), ext: pick('ext', (r) => r.pageMemory) },
  };
  console.log(
    `idle: ${out.extSamples} profiler samples in extension code; heap +${mb(out.heap.ext - out.heap.base)}`,
  );
  return out;
}

/** Idle on the Angular replica (zone.js, router, a 100-row reactive form) with the panel shown. */
async function measureIdleAngular(ext) {
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(await idleAndMemory(ext, true, 3000, angularForm('rows=100&values=errors&delay=0')));
  const out = {
    extSamples: median(runs.map((r) => r.hits.ext)),
    busySamples: median(runs.map((r) => r.hits.busy)),
    taskMs: median(runs.map((r) => r.idle.TaskDuration * 1000)),
  };
  console.log(`idle (Angular replica): ${out.extSamples} profiler samples in extension code`);
  return out;
}

// ── 5: size ──────────────────────────────────────────────────────────────────────────────────────

function measureSize() {
  const dir = join(EXTENSION_PATH, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: `content-scripts/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

// ── report ───────────────────────────────────────────────────────────────────────────────────────

function environment() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // reported as unknown
  }
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a checkout
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    commit,
  };
}

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function writeReport(r) {
  const e = r.env;
  const lines = [];
  const add = (...blocks) => {
    for (const block of blocks) lines.push(block, '');
  };
  add(
    '# Benchmark report',
    `Produced by \`npm run bench\` (test/bench/run.mjs; what each figure means: test/bench/README.md). ` +
      `Medians and p95 of ${RUNS} runs unless said otherwise. Shared, noisy machine: compare orders of magnitude, ` +
      'not the last digit.',
    table(
      ['When', 'Commit', 'Node', 'Chromium', 'CPUs', 'RAM', 'Load (1/5/15 min) at the end'],
      [[e.date, e.commit, e.node, e.chromium, e.cpus, e.memory, e.load]],
    ),
  );

  const byRows = Object.fromEntries(r.read.map((x) => [x.rows, x]));
  const perRow = (x) => x.read.median / x.rows;
  const growth = perRow(byRows[2000]) / perRow(byRows[200]);
  add(
    '## 1. Reading the II.06a table (`readTable`)',
    'Replica page `?rows=N` without the extension, 13 columns; `readTable` on the table `findReportTables` found.',
    table(
      ['Rows', 'Read median', 'Read p95', 'ms per row', 'findReportTables median', 'Target', 'Met'],
      r.read.map((x) => [
        `${x.rows} (model rows ${x.info.rows}, ${x.info.columns} columns)`,
        ms(x.read.median),
        ms(x.read.p95),
        `${(perRow(x) * 1000).toFixed(1)} µs`,
        ms(x.find.median),
        x.rows === 200 ? '≤ 10 ms' : x.rows === 2000 ? 'linear (≈ 10 × 200 rows)' : '—',
        x.rows === 200
          ? met(x.read.median <= 10)
          : x.rows === 2000
            ? `${met(growth <= 1.5)} (per-row cost × ${growth.toFixed(2)} vs 200 rows)`
            : '—',
      ]),
    ),
  );

  const big = byRows[2000];
  add(
    '## 2. Checking (`checkAll`, `recheck`)',
    `Model of the 2 000-row page (${big.info.rows} rows × ${big.info.columns} columns), form II.06a/VPCP/KSTT, ` +
      `context from the page header (period, unit level xã). Re-check: column 4 of a data row +1 then back, ` +
      `${big.recheck.edits} edits spread over the table, each adding or removing a sum finding, timed in ` +
      `${big.recheck.times.length} batches of 10 (the page clock ticks in 0.1 ms) ` +
      `(${big.recheck.toggled} of ${big.recheck.edits} changed the findings; ` +
      `last re-check ${big.recheck.agrees ? 'equals' : '**differs from**'} a full check).`,
    table(
      ['Measure', 'Median', 'p95', 'Target', 'Met'],
      [
        [
          `checkAll, 13 × 2 000 (${big.check.findings} findings)`,
          ms(stats(big.check.times).median),
          ms(stats(big.check.times).p95),
          '≤ 20 ms',
          met(stats(big.check.times).median <= 20),
        ],
        [
          'recheck after one edited cell',
          ms(stats(big.recheck.times).median, 3),
          ms(stats(big.recheck.times).p95, 3),
          '≤ 1 ms',
          met(stats(big.recheck.times).median <= 1),
        ],
      ],
    ),
  );

  const inp = r.input;
  add(
    '## 3. Input event → cell mark, with the extension',
    `500-row replica with the built extension; in the page: set a column-4 value + dispatch \`input\`, a ` +
      `MutationObserver on the table times the first change of \`data-tlbc-severity\` in the edited row that ` +
      `reaches the expected state (mark appears / is gone again). ${inp.times.length} edits timed, ` +
      `${inp.misses} without a mark change within 1 s.`,
    table(
      ['Measure', 'Median', 'p95', 'Target', 'Met'],
      [
        [
          'input → mark updated',
          ms(inp.stats?.median),
          ms(inp.stats?.p95),
          'p95 ≤ 16 ms (aim 4 ms)',
          inp.stats
            ? `${met(inp.stats.p95 <= 16 && inp.misses === 0)}${inp.stats.p95 <= 4 ? ' (aim met)' : ''}`
            : '**no data**',
        ],
      ],
    ),
  );

  add(...loadCostSection(r.loadCost, { ms, met, table }));
  add(...markTechniquesSection(r.markTechniques, { ms, table }));

  const l = r.load;
  const loadRow = (key, label, target) => [
    label,
    ms(l[key].base, 1),
    ms(l[key].ext, 1),
    l[key].ratio.toFixed(3),
    target ? '≤ 1.05 (aim 1.03)' : 'information',
    target ? `${met(l[key].ratio <= 1.05)}${l[key].ratio <= 1.03 ? ' (aim met)' : ''}` : '—',
  ];
  add(
    '## 4. Page load, with ÷ without the extension',
    `500-row replica, ${LOAD_RUNS} loads each, alternating; the baseline browser is launched the same way with ` +
      'an empty extension. Times from navigation start (medians). "Table rendered": the first frame after ' +
      'DOMContentLoaded has run (the table is in the server-rendered HTML). "Settled": end of the last long task ' +
      '(main-thread gap ≥ 50 ms seen by a message-loop probe in the 3 s after DOMContentLoaded, as TTI counts ' +
      'them); "busy": sum of all gaps > 2 ms in that window (includes the OS taking the core away on a loaded machine).',
    table(
      ['Measure', 'Without', 'With', 'Ratio', 'Target', 'Met'],
      [
        loadRow('rendered', 'Table rendered', true),
        loadRow('settled', 'Settled (last long task over)', true),
        loadRow('afterDcl', 'Table rendered − DOMContentLoaded (the part the extension could delay)', false),
        loadRow('dcl', 'DOMContentLoaded (before the content script runs: noise between browsers)', false),
        loadRow('load', 'load event end', false),
        loadRow('busy', 'Main-thread busy, 3 s after DOMContentLoaded', false),
        loadRow('longest', 'Longest main-thread task after DOMContentLoaded', false),
      ],
    ),
  );
  add(
    'Renderer main-thread time over one reload of the 500-row page and the 3 s after it, from a Chromium ' +
      'trace (`devtools.timeline`; median of 3 reloads each; nested kinds are parts of the first row):',
    table(
      ['Kind', 'Without', 'With', 'Delta'],
      TRACE_GROUPS.map(([label]) => {
        const { base, ext } = r.reload[label];
        return [label, ms(base, 1), ms(ext, 1), ms(ext - base, 1)];
      }),
    ),
  );
  const lp = r.loadProfile;
  add(
    `Where the extension's own script time goes during a load (one reload of the 500-row page under a CDP ` +
      `\`Profiler\` sampling every ${(lp.sampleMs * 1000).toFixed(0)} µs, 3 s from the reload): ` +
      `${lp.extMs.toFixed(0)} ms of samples in \`chrome-extension://\` stacks. Self time by function below; ` +
      'the content script is minified, so its own functions show as "(extension script)" and the browser ' +
      'functions it calls keep their names. Style and layout caused by its DOM changes run outside its stack ' +
      'and are not in these figures (they are in the trace above).',
    table(
      ['Self time in', 'ms'],
      lp.top.map(([name, t]) => [name, t.toFixed(1)]),
    ),
  );

  const total = r.size.filter((s) => s.file.endsWith('.js')).reduce((s, f) => s + f.gzip, 0);
  add(
    '## 5. Content script size',
    '`.output/chrome-mv3/content-scripts/*` gzipped with node:zlib level 9.',
    table(
      ['File', 'Raw', 'Gzipped', 'Target', 'Met'],
      [
        ...r.size.map((s) => [s.file, kb(s.raw), kb(s.gzip), '', '']),
        ['**All .js**', '', kb(total), '≤ 60 KB', met(total <= 60 * 1024)],
      ],
    ),
  );

  const id = r.idle;
  add(
    '## 6. Idle cost',
    '500-row replica loaded, panel shown, 2 s wait, then two 3 s windows with nothing changing (median of 3 ' +
      "pages each). First window: CDP `Performance.getMetrics` deltas (the tab's renderer main thread, page and " +
      'content-script worlds together). Second window: a CDP ' +
      `\`Profiler\` sampling every ${(id.sampleMs * 1000).toFixed(0)} µs: samples whose stack is in ` +
      "`chrome-extension://` code are the extension's own work.",
    table(
      ['Measure', 'Without', 'With', 'Delta', 'Target', 'Met'],
      [
        ...IDLE_METRICS.map((k) => {
          const d = id.idle[k].ext - id.idle[k].base;
          const isTime = k.endsWith('Duration') || k === 'ThreadTime';
          const f = (v) => (isTime ? ms(v * 1000, 2) : String(Math.round(v)));
          return [k, f(id.idle[k].base), f(id.idle[k].ext), f(d), 'nothing measurable', ''];
        }),
        [
          'Profiler samples in extension code',
          '—',
          String(id.extSamples),
          String(id.extSamples),
          '0',
          met(id.extSamples === 0),
        ],
        ['Profiler samples, any JS', String(id.busySamples.base), String(id.busySamples.ext), '', '', ''],
      ],
    ),
  );

  const f = r.fill;
  const ratio = f.pw.extrapolated / f.fill.median;
  add(
    '## 7. Fill from a draft and undo',
    `Draft read from the 500-row replica with values, filled into \`?rows=500&values=empty\` (${f.filled} cells ` +
      `written, ${f.failures} failures, undo restored ${f.restored}), 7 fill + undo rounds. Playwright ` +
      `\`locator.fill()\` typed ${f.pw.cells} of the same cells one by one (${f.pw.ok ? 'all read back right' : '**some read back wrong**'}) ` +
      `in ${ms(f.pw.total, 0)}; the full set is extrapolated from that (${ms(f.pw.perCell, 2)} per cell).`,
    table(
      ['Measure', 'Median', 'p95', 'Target', 'Met'],
      [
        [
          `fillFromDraft, ${f.filled} cells`,
          ms(f.fill.median, 1),
          ms(f.fill.p95, 1),
          '≤ 300 ms',
          met(f.fill.median <= 300),
        ],
        ['undo of that fill', ms(f.undo.median, 1), ms(f.undo.p95, 1), '—', '—'],
        [
          `Playwright fill(), ${f.filled} cells (extrapolated)`,
          ms(f.pw.extrapolated, 0),
          '—',
          `ratio ≥ 50× (${ratio.toFixed(0)}×)`,
          met(ratio >= 50),
        ],
      ],
    ),
  );

  const m = r.idle;
  add(
    '## 8. Memory',
    'JS heap of the 500-row replica tab after a forced GC (CDP `HeapProfiler.collectGarbage`, then ' +
      '`Runtime.getHeapUsage`, which covers the whole isolate: page and content-script worlds). ' +
      '`performance.memory` is quantised by Chromium and shown for reference. Median of 3 pages each.',
    table(
      ['Measure', 'Without', 'With', 'Delta'],
      [
        ['Runtime.getHeapUsage usedSize', mb(m.heap.base), mb(m.heap.ext), mb(m.heap.ext - m.heap.base)],
        [
          'performance.memory.usedJSHeapSize',
          m.pageMemory.base === null ? '—' : mb(m.pageMemory.base),
          m.pageMemory.ext === null ? '—' : mb(m.pageMemory.ext),
          m.pageMemory.base === null ? '—' : mb(m.pageMemory.ext - m.pageMemory.base),
        ],
      ],
    ),
  );
  add(gridSection(r.grids));
  add(rerenderSection(r.rerender, r.idleAngular));
  writeFileSync(REPORT, lines.join('\n'));
}

/** Measure 10 as Markdown: re-render → marks, and idle on the Angular replica. */
function rerenderSection(rr, ia) {
  const blocks = [];
  blocks.push(
    '## 10. In-place re-render → marks restored, with the extension',
    'The Angular replica (`QN/ng/bao-cao/nhap-lieu/ii06a?rows=100&values=errors`: 13 columns × 100 rows + ' +
      'the total row, rendered with `*ngFor` without trackBy) with the built extension. In the page, ' +
      '`Làm mới` is clicked: Angular throws away the `<tbody>`, every row and input and builds new ones ' +
      'holding the same values before `click()` returns; a MutationObserver on the table times the moment ' +
      'the marked cells (row, column, severity) are the same as before. ' +
      (rr.error
        ? `**Not measured: ${rr.error}.**`
        : `${rr.times.length} re-renders timed (${rr.marks} marked cells each), ${rr.misses} whose marks were ` +
          'not back within 1 s.'),
    table(
      ['Measure', 'Median', 'p95', 'Target', 'Met'],
      [
        [
          're-render (in the click) → marks restored',
          ms(rr.sinceRender?.median),
          ms(rr.sinceRender?.p95),
          '≤ 16 ms median',
          rr.sinceRender ? met(rr.sinceRender.median <= 16 && rr.misses === 0) : '**no data**',
        ],
        [
          "click → marks restored (includes Angular's own render)",
          ms(rr.stats?.median),
          ms(rr.stats?.p95),
          '—',
          '—',
        ],
      ],
    ),
  );
  blocks.push(
    'Idle on the same Angular page (zone.js running, nothing re-rendered), panel shown, 3 s under the ' +
      'profiler, median of 3 pages:',
    table(
      ['Measure', 'Value', 'Target', 'Met'],
      [
        ['Profiler samples in extension code', String(ia.extSamples), '0', met(ia.extSamples === 0)],
        ['Profiler samples, any JS', String(ia.busySamples), '—', '—'],
        ['TaskDuration (metrics window)', ms(ia.taskMs), '—', '—'],
      ],
    ),
  );
  return blocks.join('\n\n');
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const bundlePath = await bundle();
  const server = await startServer();
  const base = await launch({ server, extensionPath: emptyExtension() });
  const markTechniques = () =>
    measureMarkTechniques(base, {
      url: page06a('rows=500'),
      bundlePath,
      runs: MARK_RUNS,
      median,
      only: process.env.BENCH_MARKS?.split(','),
    });
  const baseOnly = {
    // quick looks at one measure needing only the browser without the extension; report.md is only
    // written by a full run
    grids: async () => gridSection(await measureGrids(base, bundlePath)),
    marks: async () => markTechniquesSection(await markTechniques(), { ms, table }).join('\n\n'),
  }[process.env.BENCH_ONLY ?? ''];
  if (baseOnly) {
    try {
      console.log(await baseOnly());
    } finally {
      await base.close({ check: false });
      await server.close();
    }
    return;
  }
  const ext = await launch({ server });
  const loadCost = () => measureLoadCost(base, ext, { url: page06a, runs: COST_RUNS, median });
  const only = {
    // quick looks at one measure, printed; report.md is only written by a full run
    rerender: async () => rerenderSection(await measureRerender(ext), await measureIdleAngular(ext)),
    load: async () => loadCostSection(await loadCost(), { ms, met, table }).join('\n\n'),
  }[process.env.BENCH_ONLY ?? ''];
  if (only) {
    try {
      console.log(await only());
    } finally {
      await base.close({ check: false });
      await ext.close({ check: false });
      await server.close();
    }
    return;
  }
  const results = {};
  try {
    results.size = measureSize();
    results.read = await measureRead(base, bundlePath);
    results.fill = await measureFill(base, bundlePath);
    results.input = await measureInput(ext);
    results.loadCost = await loadCost();
    results.markTechniques = await markTechniques();
    results.load = await measureLoad(base, ext);
    results.reload = await measureReload(base, ext);
    results.loadProfile = await measureLoadProfile(ext);
    results.idle = await measureIdle(base, ext);
    results.grids = await measureGrids(base, bundlePath);
    results.rerender = await measureRerender(ext);
    results.idleAngular = await measureIdleAngular(ext);
  } finally {
    await base.close({ check: false });
    await ext.close({ check: false });
    await server.close();
  }
  ext.assertNoOutsideRequests();
  results.env = environment();
  writeReport(results);
  console.log(`written ${REPORT}`);
}

await main();
