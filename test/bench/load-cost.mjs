// Measure 4a: what the extension costs while a report page loads, on a 60-row and a 500-row page, with
// and without the extension, in one run (issue 18). Each load runs under a Chromium trace and a
// message-loop probe in the page; the figures are medians over the loads, and every comparison is
// between the two browsers in the same run (the machine is shared: absolute times move run to run).

/**
 * Init script: DOMContentLoaded, the first frame after it, and when the panel shows its counts. No
 * busy probe: its own tasks would swamp the main-thread totals; long tasks come from the trace.
 */
/** Ends a Chromium trace started on `cdp`, reads its stream to the end, detaches; returns its events. */
export async function endTrace(cdp) {
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    data += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await cdp.detach();
  const parsed = JSON.parse(data);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

export function costProbe() {
  const probe = {};
  window.__tlbcCost = probe;
  // The panel's DOM is inserted synchronously by its render; this callback runs right after that task.
  const watch = new MutationObserver(() => {
    const host = document.querySelector('tlbc-panel-host');
    if (!host?.shadowRoot) return;
    const seen = () => {
      if (probe.panel !== undefined) return;
      if (host.shadowRoot.querySelector('[data-testid="tlbc-count-error"]')) {
        probe.panel = performance.now();
        watch.disconnect();
      }
    };
    seen();
    watch.observe(host.shadowRoot, { childList: true, subtree: true });
  });
  watch.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    requestAnimationFrame(() => {
      setTimeout(() => {
        probe.rendered = performance.now();
      }, 0);
    });
    setTimeout(() => {
      probe.done = true;
    }, 3000);
  });
}

const KINDS = [
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['paint', ['PrePaint', 'Paint', 'Layerize']],
  ['script', ['EvaluateScript', 'FunctionCall', 'v8.compile']],
  ['gc', ['MinorGC', 'MajorGC']],
];

/** Whether a trace event ran code of the extension (its URL is on the event). */
function extensionEvent(e) {
  const d = e.args?.data;
  const url = d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url ?? '';
  return typeof url === 'string' && url.startsWith('chrome-extension://');
}

/** Main-thread figures of one trace: all tasks, by kind, long tasks and which of them ran our code. */
function readTrace(events) {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && main.has(`${e.pid}:${e.tid}`))?.ts ?? 0;
  const out = { all: 0, cpu: 0, longTasks: 0, extLong: [], extScript: 0, settledAfterDcl: 0, longest: 0 };
  for (const [kind] of KINDS) out[kind] = 0;
  for (const e of onMain)
    for (const [kind, names] of KINDS) if (names.includes(e.name)) out[kind] += e.dur / 1000;
  for (const t of tasks) {
    out.all += t.dur / 1000;
    out.cpu += (t.tdur ?? t.dur) / 1000;
  }
  const ours = onMain.filter((e) => ['FunctionCall', 'EvaluateScript'].includes(e.name) && extensionEvent(e));
  for (const e of ours) out.extScript += e.dur / 1000;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    if (t.ts >= dcl) out.longest = Math.max(out.longest, t.dur / 1000);
    if (t.dur < 50_000) continue;
    out.longTasks++;
    if (end > dcl) out.settledAfterDcl = Math.max(out.settledAfterDcl, (end - dcl) / 1000);
    if (ours.some((e) => e.ts >= t.ts && e.ts < end && e.pid === t.pid && e.tid === t.tid))
      out.extLong.push(t.dur / 1000);
  }
  return out;
}

async function tracedLoad(h, url, withExtension) {
  const page = await h.context.newPage();
  await page.addInitScript(costProbe);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReturnAsStream',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__tlbcCost?.done, null, { timeout: 20_000 });
  const probe = await page.evaluate(() => {
    const p = window.__tlbcCost;
    return { dcl: p.dcl, rendered: p.rendered, panel: p.panel ?? null };
  });
  const events = await endTrace(cdp);
  await page.close();
  const trace = readTrace(events);
  if (withExtension && probe.panel === null) throw new Error(`no panel within 3 s on ${url}`);
  // settled: the end of the last long task, on the page's clock (both are measured from DOMContentLoaded)
  return { ...probe, ...trace, settled: probe.dcl + trace.settledAfterDcl };
}

/** Loads each size alternately in both browsers; `runs` loads each. */
export async function measureLoadCost(base, ext, { url, runs, median, sizes = [60, 500] }) {
  const out = [];
  for (const rows of sizes) {
    const target = url(`rows=${rows}`);
    await tracedLoad(base, target, false); // warm-up: the first navigation pays for the process
    await tracedLoad(ext, target, true);
    const all = { base: [], ext: [] };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? ['ext', 'base'] : ['base', 'ext'];
      for (const which of order)
        all[which].push(await tracedLoad(which === 'ext' ? ext : base, target, which === 'ext'));
    }
    const pick = (which, f) => median(all[which].map(f));
    const figure = (f) => ({ base: pick('base', f), ext: pick('ext', f) });
    const r = {
      rows,
      runs,
      settled: figure((x) => x.settled),
      rendered: figure((x) => x.rendered),
      longest: figure((x) => x.longest),
      all: figure((x) => x.all),
      cpu: figure((x) => x.cpu),
      longTasks: figure((x) => x.longTasks),
      extScript: pick('ext', (x) => x.extScript),
      panelAfterRendered: pick('ext', (x) => x.panel - x.rendered),
      extLongCount: pick('ext', (x) => x.extLong.length),
      extLongest: Math.max(0, ...all.ext.flatMap((x) => x.extLong)),
      loadsWithExtLong: all.ext.filter((x) => x.extLong.length > 0).length,
    };
    for (const [kind] of KINDS) r[kind] = figure((x) => x[kind]);
    console.log(
      `load cost ${rows} rows: main thread +${(r.all.ext - r.all.base).toFixed(0)} ms, settled ×${(r.settled.ext / r.settled.base).toFixed(3)}, ` +
        `panel ${r.panelAfterRendered.toFixed(0)} ms after the table, extension tasks ≥ 50 ms in ${r.loadsWithExtLong}/${runs} loads`,
    );
    out.push(r);
  }
  return out;
}

/** Report section 4a. */
export function loadCostSection(results, { ms, met, table }) {
  const at = (rows) => results.find((r) => r.rows === rows);
  const rows = [];
  const line = (label, f, target, ok) =>
    rows.push([label, ...results.flatMap((r) => f(r)), target, ok === undefined ? '—' : ok]);
  const pair = (f) => (r) => [ms(f(r).base, 1), ms(f(r).ext, 1)];
  const big = at(500);
  const small = at(60);
  line(
    'Settled (end of the last task ≥ 50 ms), ratio with ÷ without',
    (r) => [
      ms(r.settled.base, 0),
      `${ms(r.settled.ext, 0)} (× ${(r.settled.ext / r.settled.base).toFixed(3)})`,
    ],
    '500 rows: ≤ 1.05',
    big && met(big.settled.ext / big.settled.base <= 1.05),
  );
  line(
    'Main-thread time (all tasks), extra with the extension',
    (r) => [ms(r.all.base, 0), `${ms(r.all.ext, 0)} (+${ms(r.all.ext - r.all.base, 0)})`],
    '500 rows: ≤ +60 ms; 60 rows: ≤ +15 ms',
    big && small && met(big.all.ext - big.all.base <= 60 && small.all.ext - small.all.base <= 15),
  );
  line(
    '… of it on a core (thread time: without the waits of a shared machine), extra',
    (r) => [ms(r.cpu.base, 0), `${ms(r.cpu.ext, 0)} (+${ms(r.cpu.ext - r.cpu.base, 0)})`],
    'information',
  );
  line(
    '… style',
    pair((r) => r.style),
    'information',
  );
  line(
    '… layout',
    pair((r) => r.layout),
    'information',
  );
  line(
    '… pre-paint, paint, layerize',
    pair((r) => r.paint),
    'information',
  );
  line(
    '… script (all worlds)',
    pair((r) => r.script),
    'information',
  );
  line(
    '… garbage collection',
    pair((r) => r.gc),
    'information',
  );
  line(
    'Extension script (FunctionCall/EvaluateScript in chrome-extension://)',
    (r) => ['—', ms(r.extScript, 1)],
    'information',
  );
  line(
    'Tasks ≥ 50 ms running extension script: loads with any / longest',
    (r) => ['—', `${r.loadsWithExtLong} of ${r.runs} / ${r.extLongest ? ms(r.extLongest, 0) : 'none'}`],
    'none',
    met(results.every((r) => r.loadsWithExtLong === 0)),
  );
  line(
    'Tasks ≥ 50 ms, any (median count)',
    (r) => [String(r.longTasks.base), String(r.longTasks.ext)],
    'information',
  );
  line(
    'Longest main-thread task after DOMContentLoaded',
    pair((r) => r.longest),
    'information',
  );
  line(
    'Panel with counts, after the table is rendered',
    (r) => ['—', ms(r.panelAfterRendered, 0)],
    '500 rows: ≤ 100 ms',
    big && met(big.panelAfterRendered <= 100),
  );
  return [
    '## 4a. Cost at load: 60 and 500 rows, with and without the extension',
    `Each page loaded ${results[0]?.runs ?? 0} times in each browser, alternating, under a Chromium trace ` +
      '(`devtools.timeline`; renderer main thread from navigation to 3 s after DOMContentLoaded; settled ' +
      'and the longest task from it), with an init script noting DOMContentLoaded, the first frame after it ' +
      '("table rendered") and the panel showing its counts (a MutationObserver). Medians. **The machine is shared and ' +
      'loaded: compare the two columns of one size with each other (same run, alternating loads), not with ' +
      'other runs.** "Tasks running extension script" are trace tasks ≥ 50 ms with a `FunctionCall` or ' +
      '`EvaluateScript` of a `chrome-extension://` script inside; style, layout and paint caused by the ' +
      "extension's DOM changes run in the page's rendering tasks and are in the main-thread totals.",
    table(
      [
        'Measure',
        ...results.flatMap((r) => [`${r.rows} rows without`, `${r.rows} rows with`]),
        'Target',
        'Met',
      ],
      rows,
    ),
  ];
}
