// What the arrival rule of lib/table/watch.ts costs the page, and the forms of it that were tried
// (test/bench/README.md, "What was tried for the cost at load"). No extension: each variant's CSS is
// put into the settled 500-row replica by a page script, under a Chromium trace; the figures are the
// renderer main thread's style/layout/paint work from then on, medians over the loads, variants
// alternating. `kept` mirrors ARRIVAL_CSS (keep the two in step).
//   node test/bench/arrival-rule.mjs                 the rule going into a page whose table is seen
//   ARRIVE=1 node test/bench/arrival-rule.mjs        a second 500-row table inserted with the rule in
//   RUNS=7 ONLY=none,kept,property ROWS=60 …         fewer variants, another size

import { launch, SITES } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { emptyExtension } from './baseline.mjs';
import { endTrace } from './load-cost.mjs';

const WR =
  '.handsontable,.ag-root-wrapper,.tabulator,.dx-datagrid,.k-grid,.jss_container,.jexcel_container,[gcuielement="gcSpread"],.cheetah-grid';
const LIST = `table,thead,tbody,tr,[role=grid],[role=treegrid],[role=rowgroup],[role=row],iframe,frame,canvas,${WR}`;
const SEEN = 'data-tlbc-seen';
const WHERE = `:where(${LIST}):not(:where([${SEEN}],${WR},tlbc-panel-host) *)`;
const EMPTY = '@keyframes tlbc-arrive{}';
const PROPERTY = `@property --tlbc-arrive{syntax:'*';inherits:false}@keyframes tlbc-arrive{from{--tlbc-arrive:0}to{--tlbc-arrive:1}}`;
const INNER = LIST.split(',').filter((s) => !/^(table|\[role=(grid|treegrid)\]|\.|\[gc)/.test(s));
const EXCLUDE = [`[${SEEN}]`, `:is(${WR})`, 'tlbc-panel-host']
  .flatMap((a) => INNER.map((s) => `${a} ${s}`))
  .join(',');

/** css: null puts nothing in; `late`: the table is marked seen only after the rule is in. */
const VARIANTS = {
  none: { css: null },
  emptyStyle: { css: '' },
  kept: { css: `${EMPTY}${WHERE}{animation:tlbc-arrive 1ms}` },
  property: { css: `${PROPERTY}${WHERE}{animation:tlbc-arrive 1ms}` },
  propertyOnly: { css: PROPERTY },
  zeroSeconds: { css: `${EMPTY}${WHERE}{animation:tlbc-arrive 0s}` },
  adopted: { css: `${EMPTY}${WHERE}{animation:tlbc-arrive 1ms}`, adopted: true },
  lateSeen: { css: `${EMPTY}${WHERE}{animation:tlbc-arrive 1ms}`, late: true },
  layerExclude: { css: `${EMPTY}@layer tlbc{${LIST}{animation:tlbc-arrive 1ms}${EXCLUDE}{animation:none}}` },
  whereExclude: {
    css: `${EMPTY}:where(${LIST}){animation:tlbc-arrive 1ms}:where(${EXCLUDE}){animation:none}`,
  },
};
const ARRIVE = Boolean(process.env.ARRIVE);
const names =
  process.env.ONLY?.split(',') ?? Object.keys(VARIANTS).filter((n) => !(ARRIVE && n === 'lateSeen'));
const RUNS = Number(process.env.RUNS ?? 5);

/** In the page: the variant goes in (or, ARRIVE, a copy of the table does); resolves frames later. */
async function apply({ css, adopted, late, arrive, seen }) {
  const table = document.querySelector('table');
  const started = [];
  let clone = null;
  let armed = !arrive;
  // As the watch does: the first animationstart schedules a check, which marks a new table seen.
  document.addEventListener(
    'animationstart',
    () => {
      started.push(1);
      if (armed && started.length === 1)
        requestAnimationFrame(() => (late ? table : clone)?.setAttribute(seen, ''));
    },
    true,
  );
  const insert = () => {
    if (css === null) return;
    if (adopted) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } else document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  };
  if (late) table.removeAttribute(seen);
  if (arrive) {
    insert();
    clone = table.cloneNode(true);
    clone.removeAttribute(seen);
    await new Promise((r) => setTimeout(r, 300));
    started.length = 0;
    armed = true;
  }
  performance.mark('tlbc-go');
  if (arrive) table.after(clone);
  else insert();
  for (let i = 0; i < 6; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 150));
  return started.length;
}

const server = await startServer();
const h = await launch({ server, extensionPath: emptyExtension() });
const url = `${SITES.vpcp}/bao-cao/bieu-mau/ii06a?rows=${process.env.ROWS ?? 500}`;

async function one(name) {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate((seen) => {
    for (const t of document.querySelectorAll('table')) t.setAttribute(seen, '');
    return new Promise((r) => setTimeout(r, 1000));
  }, SEEN);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReturnAsStream',
  });
  await page.waitForTimeout(200);
  const started = await page.evaluate(apply, { css: null, ...VARIANTS[name], arrive: ARRIVE, seen: SEEN });
  const events = await endTrace(cdp);
  await page.close();
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const go = events.find((e) => e.name === 'tlbc-go')?.ts ?? 0;
  const after = events.filter(
    (e) => e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`) && e.ts >= go - 1000,
  );
  const sum = (...n) => after.filter((e) => n.includes(e.name)).reduce((a, e) => a + e.dur / 1000, 0);
  const restyles = after.filter((e) => e.name === 'UpdateLayoutTree');
  return {
    style: sum('UpdateLayoutTree'),
    elements: restyles.reduce((a, e) => a + (e.args?.elementCount ?? 0), 0),
    layout: sum('Layout'),
    paint: sum('PrePaint', 'Paint'),
    layerize: sum('Layerize'),
    longest: Math.max(0, ...after.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000)),
    started,
  };
}

const results = Object.fromEntries(names.map((n) => [n, []]));
await one(names[0]);
for (let i = 0; i < RUNS; i++)
  for (const n of i % 2 ? [...names].reverse() : names) results[n].push(await one(n));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const KEYS = ['style', 'elements', 'layout', 'paint', 'layerize', 'longest', 'started'];
console.log(
  `${ARRIVE ? 'a table arriving' : 'the rule going in'}, ${RUNS} loads each, medians (ms; elements restyled; animations started)`,
);
console.log(`${'variant'.padEnd(14)}${KEYS.map((k) => k.padStart(9)).join('')}`);
for (const n of names)
  console.log(
    `${n.padEnd(14)}${KEYS.map((k) =>
      median(results[n].map((r) => r[k]))
        .toFixed(k === 'elements' || k === 'started' ? 0 : 1)
        .padStart(9),
    ).join('')}`,
  );
await h.close({ check: false });
await server.close();
