import { endTrace } from './load-cost.mjs';

// Measure 4b: what showing the cell marks costs the page, technique by technique (issue 18), in the
// browser without the extension: the lib code and each technique (marks-page.ts) run in the page's
// main world from the bench bundle. Each round is a fresh 500-row page on which every technique runs
// once, each leaving the page as it found it. Under a Chromium trace the page applies the marks, waits two frames, scrolls by a
// screen, waits two frames, removes them, waits two frames; `console.timeStamp` cuts the trace into
// those three steps, and each main-thread task goes to the step its end falls in.

export const TECHNIQUES = [
  ['none', 'No marks (the floor: the same steps with nothing applied)'],
  [
    'attribute',
    "1. Attribute + one stylesheet, outline, offset −2px (today's CellMarks; its sheet goes in on apply)",
  ],
  ['inline', '2. Inline style per cell (outline, offset −2px)'],
  ['overlay', '3. Overlay layer: a box per marked cell within a screen of the viewport, re-placed on scroll'],
  ['overlay-layer', '3 with `will-change: transform` on the layer (its own compositor layer)'],
  [
    'overlay-table-layer',
    '3 on a page whose table is a paint layer of its own already (`table{position:relative}`)',
  ],
  ['highlight', '4. CSS Custom Highlight API, text cells only (background + wavy underline)'],
  ['attribute-static', '1 on the same text cells only (to compare with 4)'],
  ['attribute-ten', '1 on ten cells only, in view (is the cost per mark or per repaint?)'],
  [
    'table-layer',
    'No marks; apply makes the table a paint layer (`table{position:relative}`): its one-time cost',
  ],
  ['attribute-table-layer', '1 on a table that is a paint layer already'],
  ['row-layers', 'No marks; apply makes every table row a paint layer (`tr{position:relative}`)'],
  ['attribute-row-layers', '1 on a table whose rows are paint layers already (`tr{position:relative}`)'],
  ['box-shadow', '1 with `box-shadow: inset 0 0 0 2px` instead of the outline'],
  ['border', '1 with a 2px `border` instead of the outline (changes layout)'],
  ['outline-no-offset', '1 with the outline and no `outline-offset` (drawn outside the cell)'],
  ['outline-contain', '1 with `contain: paint` on each marked cell'],
];

const KINDS = [
  ['style', ['UpdateLayoutTree']],
  ['layout', ['Layout']],
  ['paint', ['PrePaint', 'Paint', 'Layerize']],
];
// Per step, each figure is main-thread CPU except `wall` (the tasks' wall time) and `longest` (wall).
const STEPS = ['apply', 'scroll', 'remove'];

/** Main-thread time per step (apply, scroll, remove) of one trace, cut at the page's timestamps. */
function readSteps(events) {
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith('tlbc:'))
    .map((e) => ({ step: e.args.data.message.slice(5), ts: e.ts, thread: `${e.pid}:${e.tid}` }))
    .sort((a, b) => a.ts - b.ts);
  const thread = marks[0]?.thread;
  if (marks.length !== 4 || !thread)
    throw new Error(`expected 4 timestamps in the trace, got ${marks.length}`);
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread);
  const stepOf = (end) => {
    let at = null;
    for (const m of marks) if (m.ts <= end) at = m.step;
    return at === 'end' ? null : at;
  };
  const out = Object.fromEntries(
    STEPS.map((s) => [s, { all: 0, wall: 0, longest: 0, ...Object.fromEntries(KINDS.map(([k]) => [k, 0])) }]),
  );
  // Thread time (tdur), not wall time: on a shared machine a task's wall time is mostly the OS giving
  // the core to someone else. Paint events nest (a Paint in a Paint of the same layer), so each kind
  // sums the union of its intervals, each interval weighted by its thread-time share.
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const spans = Object.fromEntries(STEPS.map((st) => [st, Object.fromEntries(KINDS.map(([k]) => [k, []]))]));
  for (const e of onMain) {
    const step = stepOf(e.ts + e.dur);
    if (!step) continue;
    const o = out[step];
    if (e.name === 'RunTask') {
      o.all += cpu(e);
      o.wall += e.dur / 1000;
      o.longest = Math.max(o.longest, e.dur / 1000);
    }
    for (const [kind, names] of KINDS)
      if (names.includes(e.name)) spans[step][kind].push([e.ts, e.ts + e.dur, cpu(e) / (e.dur / 1000)]);
  }
  for (const st of STEPS)
    for (const [kind] of KINDS) {
      let end = -Infinity;
      for (const [a, b, share] of spans[st][kind].sort((x, y) => x[0] - y[0])) {
        if (b <= end) continue;
        out[st][kind] += ((b - Math.max(a, end)) / 1000) * share;
        end = b;
      }
    }
  return out;
}

/** One technique on `page` (set up with the bundle) under a trace; the page is left as it was. */
async function tracedRun(h, page, technique, set) {
  const info = await page.evaluate(([t, s]) => window.tlbcBench.marksPrepare(t, s), [technique, set]);
  await page.waitForTimeout(300); // the scroll to the start settles
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReturnAsStream',
  });
  const script = await page.evaluate(() => window.tlbcBench.marksRun());
  const steps = readSteps(await endTrace(cdp));
  return { info, script, steps };
}

async function openPage(h, url, bundlePath) {
  const page = await h.open(url);
  await page.addScriptTag({ path: bundlePath });
  await page.evaluate(() => window.tlbcBench.setup());
  await page.waitForTimeout(500); // the page's own load work
  return page;
}

// Text-cell techniques have nothing to mark in the input cells of the spread set.
const TEXT_ONLY = ['highlight', 'attribute-static'];
// (these tell the same on either set: run on the findings only)
const FINDINGS_ONLY = [
  ...TEXT_ONLY,
  'attribute-ten',
  'attribute-table-layer',
  'row-layers',
  'attribute-row-layers',
];
export const SETS = ['findings', 'spread'];

/**
 * `runs` rounds; in each, every technique once on a fresh page for each set of cells, the order
 * rotating round to round. Returns, per set, the medians per technique.
 */
export async function measureMarkTechniques(h, { url, bundlePath, runs, median, only }) {
  const pick = (set) =>
    TECHNIQUES.filter(
      ([t]) => (!only || only.includes(t)) && (set === 'findings' || !FINDINGS_ONLY.includes(t)),
    );
  const all = Object.fromEntries(
    SETS.map((set) => [set, Object.fromEntries(pick(set).map(([t]) => [t, []]))]),
  );
  const warm = await openPage(h, url, bundlePath); // warm-up: the first page pays for the process
  await tracedRun(h, warm, 'none', 'findings');
  await warm.close();
  for (let i = 0; i < runs; i++) {
    // a fresh page per round (a page per run took 20 s a page on the loaded machine)
    const page = await openPage(h, url, bundlePath);
    for (const set of SETS) {
      const list = pick(set);
      for (let j = 0; j < list.length; j++) {
        const [t] = list[(i + j) % list.length];
        all[set][t].push(await tracedRun(h, page, t, set));
      }
    }
    await page.close();
    console.log(`marks: round ${i + 1} of ${runs} done`);
  }
  const summary = (set) =>
    pick(set).map(([technique, label]) => {
      const r = all[set][technique];
      const step = (s, f) => median(r.map((x) => f(x.steps[s])));
      const figures = Object.fromEntries(
        STEPS.map((s) => [
          s,
          {
            all: step(s, (x) => x.all),
            wall: step(s, (x) => x.wall),
            longest: step(s, (x) => x.longest),
            script: median(r.map((x) => x.script[s])),
            ...Object.fromEntries(KINDS.map(([k]) => [k, step(s, (x) => x[k])])),
          },
        ]),
      );
      const boxes = median(r.map((x) => x.script.boxes));
      return { technique, label, runs: r.length, info: r[0].info, boxes, ...figures };
    });
  return Object.fromEntries(SETS.map((set) => [set, summary(set)]));
}

const short = (r) => r.label.split(' (')[0];

/** One set's table and the sentence saying which technique won and by how much. */
function setBlock(results, { ms, table }) {
  const at = (t) => results.find((r) => r.technique === t);
  const floor = at('none');
  const extra = (r, s) => r[s].all - (floor ? floor[s].all : 0);
  const cost = (r) => extra(r, 'apply') + extra(r, 'scroll');
  // The overlay's cheap variant needs the table made a paint layer first: a cost paid once, at load.
  const tl = at('table-layer');
  const setup = (r) => (r.technique === 'overlay-table-layer' && tl ? extra(tl, 'apply') : 0);
  const total = (r) => setup(r) + cost(r);
  const full = results.filter((r) =>
    ['attribute', 'inline', 'overlay', 'overlay-layer', 'overlay-table-layer'].includes(r.technique),
  );
  const ranked = [...full].sort((a, b) => total(a) - total(b));
  const best = ranked[0];
  const info = (at('attribute') ?? results[0]).info;
  const times = (a, b) => (cost(b) / Math.max(cost(a), 0.1)).toFixed(1);
  const parts = (r) =>
    `${ms(total(r), 1)} (${setup(r) ? `table layer ${ms(setup(r), 1)}, ` : ''}apply ` +
    `${ms(extra(r, 'apply'), 1)}, scroll ${ms(extra(r, 'scroll'), 1)})`;
  // medians of a handful of runs on a shared machine: closer than 15 % is a tie
  const ties = ranked.filter((r) => total(r) <= total(best) * 1.15);
  const rest = ranked.filter((r) => !ties.includes(r));
  const list = (rs) => rs.map((r) => `${short(r)}: ${parts(r)}`).join('; ');
  let sentence = !best
    ? ''
    : (ties.length > 1
        ? `**No technique wins for all ${info.marked} marks: ${ties.map((r) => r.technique).join(', ')} ` +
          "cost the same within this machine's noise (15 %)**, main-thread CPU above the floor for " +
          `(table layer +) apply + one scroll: ${list(ties)}.`
        : `**Cheapest for all ${info.marked} marks: ${short(best)}**, main-thread CPU above the floor ` +
          `for (table layer +) apply + one scroll: ${parts(best)}.`) +
      (rest.length
        ? ` Then ${rest
            .map((r) => `${short(r)}: ${parts(r)}, × ${(total(r) / Math.max(total(best), 0.1)).toFixed(1)}`)
            .join('; ')}.`
        : '');
  const otl = at('overlay-table-layer');
  if (otl && at('attribute') && tl)
    sentence +=
      ` The overlay over a table already made a paint layer applies for ${ms(extra(otl, 'apply'), 1)} ` +
      `(× ${(extra(at('attribute'), 'apply') / Math.max(extra(otl, 'apply'), 0.1)).toFixed(1)} less than ` +
      `today's ${ms(extra(at('attribute'), 'apply'), 1)}), but making that layer costs ` +
      `${ms(extra(tl, 'apply'), 1)} once, and a scroll by a screen (boxes added and dropped) costs ` +
      `${ms(extra(otl, 'scroll'), 1)} above the floor against ${ms(extra(at('attribute'), 'scroll'), 1)} for today's.`;
  const hl = at('highlight');
  const hs = at('attribute-static');
  if (hl && hs)
    sentence +=
      ` On these ${hl.info.marked} text cells the Highlight API costs ${ms(cost(hl), 1)} against ` +
      `${ms(cost(hs), 1)} for the attribute (× ${times(hs, hl)}).`;
  const ten = at('attribute-ten');
  if (ten && at('attribute'))
    sentence +=
      ` Ten marks in view cost ${ms(cost(ten), 1)} against ${ms(cost(at('attribute')), 1)} for all ` +
      `${info.marked}: ` +
      (cost(ten) > cost(at('attribute')) / 2
        ? "most of the bill is one repaint of the page's layer, whatever the number of marks."
        : 'the bill grows with the number of marks.');
  const variants = results.filter((r) =>
    ['box-shadow', 'border', 'outline-no-offset', 'outline-contain'].includes(r.technique),
  );
  if (at('attribute') && variants.length)
    sentence +=
      ` Per-cell CSS of technique 1 (apply + scroll above the floor): outline ${ms(cost(at('attribute')), 1)}, ` +
      variants.map((v) => `${v.technique} ${ms(cost(v), 1)}`).join(', ') +
      '.';
  const rows = results.map((r) => [
    r.label,
    `${r.info.marked}${r.technique.startsWith('overlay') ? ` (${r.boxes} boxes after the scroll)` : ''}`,
    ms(r.apply.all, 1),
    `${ms(r.apply.script, 1)} / ${ms(r.apply.style, 1)} / ${ms(r.apply.layout, 1)} / ${ms(r.apply.paint, 1)}`,
    `${ms(r.apply.wall, 1)} / ${ms(r.apply.longest, 1)}`,
    ms(r.scroll.all, 1),
    `${ms(r.scroll.style, 1)} / ${ms(r.scroll.layout, 1)} / ${ms(r.scroll.paint, 1)}`,
    ms(r.remove.all, 1),
    `${ms(r.remove.script, 1)} / ${ms(r.remove.style, 1)} / ${ms(r.remove.layout, 1)} / ${ms(r.remove.paint, 1)}`,
  ]);
  return [
    sentence,
    table(
      [
        'Technique',
        'Cells',
        'Apply: main-thread CPU',
        'script / style / layout / paint',
        'wall: tasks / longest',
        'Scroll by a screen',
        'style / layout / paint',
        'Remove',
        'script / style / layout / paint',
      ],
      rows,
    ),
  ];
}

/** Report section 4b. */
export function markTechniquesSection(bySet, { ms, table }) {
  const f = bySet.findings?.find((r) => r.technique === 'attribute')?.info ?? bySet.findings?.[0]?.info;
  const runs = bySet.findings?.[0]?.runs ?? 0;
  const blocks = [
    '## 4b. Cell marks: techniques compared',
    '500-row replica without the extension, two sets of marked cells: **the findings** — the cells ' +
      `\`checkAll\` + \`marksFromFindings\` mark on it (${f?.marked} cells on ${f?.rows} rows: ` +
      `${Object.entries(f?.bySeverity ?? {})
        .map(([s, n]) => `${n} ${s}`)
        .join(
          ', ',
        )}; ${f?.text} of them text cells: the duplicate-row warnings mark the label cell), and **a ` +
      'spread of 250 value cells** (one `<td>` holding an `<input>` on every other data row, the column ' +
      'moving along, severities in turn), what a page with wrong values shows. Every technique also sets ' +
      "the message as the cell's `title`. Each round is a fresh page on which every technique runs in " +
      'turn, each leaving it as it found it; before each, the middle marked cell is scrolled to the top. ' +
      'Each run is under a Chromium trace (`devtools.timeline`): apply in one task, two frames, `scrollBy` ' +
      'one screen, two frames, remove, two frames; every renderer main-thread task goes to the step its ' +
      "end falls in. Figures are main-thread **CPU** (the trace's thread time: on this shared machine a " +
      "task's wall time is mostly waiting for a core; the wall column shows it) of all tasks in the step. " +
      `${runs} rounds, each technique once per round and set, the order rotating; medians. ` +
      '"Script" is the technique\'s own call, wall time in the page (0.1 ms clock); paint is pre-paint + paint + ' +
      "layerize. Technique 4 only applies to text cells: an `<input>`'s value is in its user-agent shadow " +
      'tree, which no `Range` reaches, so it is not run on the spread set; and `::highlight()` can only ' +
      'colour the text (background, text decoration), not draw a frame round the cell. The machine is ' +
      'shared: compare rows of one run, and read them against "No marks".',
  ];
  if (bySet.findings)
    blocks.push('### The findings on the replica', ...setBlock(bySet.findings, { ms, table }));
  if (bySet.spread) blocks.push('### 250 value cells', ...setBlock(bySet.spread, { ms, table }));
  return blocks;
}
