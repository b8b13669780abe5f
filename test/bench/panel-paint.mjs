// What an update of the in-page panel costs the page's paint, and the CSS tried to make it cost the
// panel's size rather than the page's (test/bench/README.md, "The panel's paint"). No extension: a copy
// of the panel (its host, open shadow root, entrypoints/report.content/panel.css, ~250 findings) is
// built by a page script in the settled replica, under a Chromium trace, in steps: (setup) the page's
// CSS of the variant, if any, (a) the host with the panel goes in, (b) one text node of it changes,
// (c) 50 `li` are added to its list. Figures:
// the renderer main thread's Paint, PrePaint, Layerize, UpdateLayoutTree and Layout in each step,
// medians over the runs, variants alternating. `kept` mirrors HOST_STYLE of lib/page/shadow-host.ts
// and the panel's pointer-events in panel.css (keep them in step).
//   node test/bench/panel-paint.mjs                    500-row and 60-row pages, every variant
//   RUNS=7 ONLY=current,kept ROWS=500 …                fewer variants, one size
//   SHOTS=1 node test/bench/panel-paint.mjs            also .out/panel-<variant>.png (list scrolled, focus ring)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, SITES } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';
import { emptyExtension } from './baseline.mjs';
import { endTrace } from './load-cost.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PANEL_CSS = readFileSync(join(here, '../../entrypoints/report.content/panel.css'), 'utf8');
const OUT = join(here, '.out');

/** The host and panel CSS as shipped (HOST_STYLE of lib/page/shadow-host.ts, panel.css). */
const KEPT = {
  host: ['position:fixed', 'inset:0', 'z-index:2147483646', 'contain:strict', 'pointer-events:none']
    .map((d) => `${d} !important;`)
    .join(''),
  panel: '.panel{pointer-events:auto}',
};

/** host: declarations added to `:host` (after `all:initial`); panel: rules added after panel.css. */
const VARIANTS = {
  current: {},
  panelWillChange: { panel: '.panel{will-change:transform}' },
  panelTranslateZ: { panel: '.panel{transform:translateZ(0)}' },
  panelIsolate: { panel: '.panel{isolation:isolate}' },
  // Offscreen, so not comparable: a fixed host with contain or will-change is the panel's containing
  // block, and its zero-size box at the top left puts the panel's right:12px off the viewport.
  hostFixedZero: {
    host: 'position:fixed !important;top:0 !important;left:0 !important;contain:layout style !important;',
  },
  // The host as a full-viewport fixed box, strictly contained, that lets clicks through but on the panel.
  hostStrict: {
    host: 'position:fixed !important;inset:0 !important;z-index:2147483646 !important;contain:strict !important;pointer-events:none !important;',
    panel: '.panel{pointer-events:auto}',
  },
  hostStrictLayer: {
    host: 'position:fixed !important;inset:0 !important;z-index:2147483646 !important;contain:strict !important;pointer-events:none !important;will-change:transform !important;',
    panel: '.panel{pointer-events:auto}',
  },
  hostIsolate: { host: 'display:block !important;isolation:isolate !important;' },
  // Control: the same text change in the page's own first line of text, no panel changed.
  pageText: { pageText: true },
  topLayer: { popover: true },
  // The page's content as a paint layer of its own, the panel's host outside it (under <html>): an
  // update of the panel no longer re-walks the table's paint, but the page pays once for the layer.
  pageLayer: { ...KEPT, parent: 'html', pageCss: 'body{isolation:isolate}' },
  kept: KEPT,
};
const names = process.env.ONLY?.split(',') ?? Object.keys(VARIANTS);
const RUNS = Number(process.env.RUNS ?? 7);
const SIZES = process.env.ROWS ? [Number(process.env.ROWS)] : [500, 60];
const KEYS = ['Paint', 'PrePaint', 'Layerize', 'UpdateLayoutTree', 'Layout'];
const STEPS = ['setup', 'insert', 'text', 'grow'];

/** In the page: the steps, each after a mark and followed by a few frames (setup: the page's CSS). */
async function steps({ css, host: hostCss, panel: panelCss, popover, pageText, stay, parent, pageCss }) {
  const frames = async () => {
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 100));
  };
  const item = (i) => {
    const li = document.createElement('li');
    li.innerHTML = `<button type="button" class="finding"><span class="where">Dòng ${i + 1}, cột 4</span><span class="message">Tổng cột 4 không bằng tổng các dòng (${i})</span></button>`;
    return li;
  };
  const host = document.createElement('tlbc-panel-host');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;${hostCss ?? ''}}\n${css}\n${panelCss ?? ''}`;
  const container = document.createElement('div');
  container.innerHTML = `<aside class="panel dock-right"><header><span class="badge"><span class="count error">250</span><span class="count warning">0</span></span><strong>Trợ lý Báo cáo</strong><span class="tools"><button type="button">Kiểm tra lại</button><button type="button">Thu gọn</button></span></header><div class="body"><p class="form">II.06a · Quý I/2027</p><div class="actions"><button type="button">Điền</button><button type="button">Xuất</button></div><p class="summary">250 lỗi</p><section class="group error"><h3>Lỗi</h3><ul></ul></section></div></aside>`;
  const ul = container.querySelector('ul');
  for (let i = 0; i < 250; i++) ul.append(item(i));
  shadow.append(style, container);
  await frames();
  performance.mark('tlbc-setup');
  if (pageCss) {
    const page = document.createElement('style');
    page.textContent = pageCss;
    document.head.append(page);
  }
  await frames();
  performance.mark('tlbc-insert');
  (parent === 'html' ? document.documentElement : document.body).append(host);
  if (popover) {
    host.popover = 'manual';
    host.showPopover();
  }
  await frames();
  performance.mark('tlbc-text');
  if (pageText) {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, (n) =>
      n.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    );
    walk.nextNode().data += ' ';
  } else container.querySelector('.summary').firstChild.data = '249 lỗi';
  await frames();
  performance.mark('tlbc-grow');
  for (let i = 250; i < 300; i++) ul.append(item(i));
  await frames();
  performance.mark('tlbc-end');
  if (!stay) host.remove();
}

const server = await startServer();
const h = await launch({ server, extensionPath: emptyExtension() });

async function one(name, rows) {
  const page = await h.context.newPage();
  await page.goto(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a?rows=${rows}`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReturnAsStream',
  });
  await page.waitForTimeout(100);
  await page.evaluate(steps, { css: PANEL_CSS, ...VARIANTS[name] });
  const events = await endTrace(cdp);
  await page.close();
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mark = (n) => events.find((e) => e.name === `tlbc-${n}`)?.ts;
  const bounds = [...STEPS, 'end'].map(mark);
  if (bounds.some((b) => b === undefined)) throw new Error(`marks missing in the trace (${name})`);
  const result = {};
  STEPS.forEach((step, i) => {
    const within = events.filter(
      (e) =>
        e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`) && e.ts >= bounds[i] && e.ts < bounds[i + 1],
    );
    for (const k of KEYS)
      result[`${step}.${k}`] = within.filter((e) => e.name === k).reduce((a, e) => a + e.dur / 1000, 0);
  });
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SHORT = {
  Paint: 'Paint',
  PrePaint: 'PrePt',
  Layerize: 'Layer',
  UpdateLayoutTree: 'Style',
  Layout: 'Layout',
};
for (const rows of SIZES) {
  const results = Object.fromEntries(names.map((n) => [n, []]));
  await one(names[0], rows);
  for (let i = 0; i < RUNS; i++)
    for (const n of i % 2 ? [...names].reverse() : names) results[n].push(await one(n, rows));
  console.log(`\n${rows} rows, ${RUNS} runs each, medians (ms)`);
  console.log(
    `${'variant'.padEnd(16)}${STEPS.map((s) => KEYS.map((k) => `${s[0]}.${SHORT[k]}`.padStart(9)).join('')).join(' |')}`,
  );
  for (const n of names)
    console.log(
      `${n.padEnd(16)}${STEPS.map((s) =>
        KEYS.map((k) =>
          median(results[n].map((r) => r[`${s}.${k}`]))
            .toFixed(1)
            .padStart(9),
        ).join(''),
      ).join(' |')}`,
    );
}

if (process.env.SHOTS) {
  for (const name of names) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a?rows=500`, { waitUntil: 'load' });
    await page.evaluate(steps, { css: PANEL_CSS, ...VARIANTS[name], stay: true });
    await page.keyboard.press('Tab');
    await page.evaluate(() => {
      const root = document.querySelector('tlbc-panel-host').shadowRoot;
      root.querySelector('.panel').scrollTop = 400;
      root.querySelectorAll('.finding')[9].focus();
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `panel-${name}.png`) });
    await page.close();
  }
}
await h.close({ check: false });
await server.close();
