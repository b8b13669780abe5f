import type { FormDef } from '../../lib/forms/schema';
import { marksFromFindings } from '../../lib/page/marks-from-findings';
import { CellMarks, type Mark, SEVERITY_ATTR } from '../../lib/panel/marks';
import type { RuleContext } from '../../lib/rules/context';
import { checkAll } from '../../lib/rules/engine';
import type { CellHandle } from '../../lib/table/handles';
import type { TableModel } from '../../lib/table/model';

// Measure 4b, the page half (bundled with page-entry.ts): ways of showing the cell marks, each with
// apply, an optional scroll step and remove, so run.mjs can time them under a Chromium trace. The
// cells are those the real checks mark (checkAll + marksFromFindings on the page's own model).

type Technique = {
  apply(marks: Map<Element, Mark>): void;
  remove(): void;
};

const COLOURS = { error: '#b3261e', warning: '#b07d00', info: '#1f5f99' } as const;
const LINE = { error: '2px solid', warning: '2px dashed', info: '1px dotted' } as const;
const SHEET_MARK = 'data-bench-marks';

/** The message as the cell's tooltip, as CellMarks does; every technique sets it, so they compare. */
function titles(marks: Map<Element, Mark>): () => void {
  const before = new Map<Element, string | null>();
  for (const [cell, mark] of marks) {
    before.set(cell, cell.getAttribute('title'));
    cell.setAttribute('title', mark.message);
  }
  return () => {
    for (const [cell, title] of before) {
      if (title === null) cell.removeAttribute('title');
      else cell.setAttribute('title', title);
    }
  };
}

function insertSheet(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute(SHEET_MARK, '');
  style.textContent = css;
  document.head.appendChild(style);
  return style;
}

/** 1: today's code, lib/panel/marks.ts (its stylesheet goes in on the first apply). */
function attributeToday(): Technique {
  const marks = new CellMarks(document);
  return { apply: (m) => marks.apply(m), remove: () => marks.clearAll() };
}

/** 1 with other per-cell CSS: the same attribute, one sheet built from `rule(severity)`. */
function attributeSheet(rule: (s: keyof typeof COLOURS) => string): Technique {
  let sheet: HTMLStyleElement | null = null;
  let untitle = () => {};
  let cells: Element[] = [];
  return {
    apply(m) {
      sheet = insertSheet(
        (['error', 'warning', 'info'] as const)
          .map((s) => `[${SEVERITY_ATTR}="${s}"]{${rule(s)}}`)
          .join('\n'),
      );
      untitle = titles(m);
      cells = [...m.keys()];
      for (const [cell, mark] of m) cell.setAttribute(SEVERITY_ATTR, mark.severity);
    },
    remove() {
      for (const cell of cells) cell.removeAttribute(SEVERITY_ATTR);
      untitle();
      sheet?.remove();
    },
  };
}

/** 2: an inline style per cell. */
function inlineStyle(): Technique {
  let cells: HTMLElement[] = [];
  let untitle = () => {};
  return {
    apply(m) {
      untitle = titles(m);
      cells = [];
      for (const [cell, mark] of m) {
        const style = (cell as HTMLElement).style;
        style.setProperty('outline', `${LINE[mark.severity]} ${COLOURS[mark.severity]}`, 'important');
        style.setProperty('outline-offset', '-2px');
        cells.push(cell as HTMLElement);
      }
    },
    remove() {
      for (const cell of cells) {
        cell.style.removeProperty('outline');
        cell.style.removeProperty('outline-offset');
        if (!cell.getAttribute('style')) cell.removeAttribute('style');
      }
      untitle();
    },
  };
}

/**
 * 3: one absolutely positioned layer over the page, a box per marked cell of the rows within a screen
 * of the viewport; all rects read in one batch, before any write, then all boxes written. Boxes are in
 * page coordinates, so a scroll moves them with the page; the scroll handler adds the boxes of rows
 * that came near and drops those that went far.
 */
function overlay(ownLayer = false): Technique {
  let layer: HTMLElement | null = null;
  let sheet: HTMLStyleElement | null = null;
  let untitle = () => {};
  let marks = new Map<Element, Mark>();
  const boxes = new Map<Element, HTMLElement>();
  /** Reads every marked cell's rect (one layout, clean unless the page changed), then writes. */
  const place = () => {
    const near = innerHeight;
    const rects: [Element, DOMRect][] = [];
    for (const cell of marks.keys()) rects.push([cell, cell.getBoundingClientRect()]);
    const add = document.createDocumentFragment();
    for (const [cell, r] of rects) {
      const inRange = r.bottom > -near && r.top < innerHeight + near;
      const box = boxes.get(cell);
      if (inRange && !box) {
        // the layer sits at the page's origin (its containing block is the initial one)
        const b = document.createElement('div');
        b.className = `tlbc-ov-${marks.get(cell)?.severity}`;
        b.style.cssText = `left:${r.left + scrollX}px;top:${r.top + scrollY}px;width:${r.width}px;height:${r.height}px`;
        boxes.set(cell, b);
        add.appendChild(b);
      } else if (!inRange && box) {
        box.remove();
        boxes.delete(cell);
      }
    }
    layer?.appendChild(add);
  };
  const onScroll = () => place();
  return {
    apply(m) {
      marks = m;
      layer = document.createElement('div');
      layer.setAttribute('data-bench-overlay', '');
      place(); // before any write of ours, so the reads find a clean layout
      untitle = titles(m);
      sheet = insertSheet(
        [
          `[data-bench-overlay]{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483646;contain:layout style${ownLayer ? ';will-change:transform' : ''}}`,
          ...(['error', 'warning', 'info'] as const).map(
            (s) => `.tlbc-ov-${s}{position:absolute;box-sizing:border-box;border:${LINE[s]} ${COLOURS[s]}}`,
          ),
        ].join('\n'),
      );
      document.body.appendChild(layer);
      addEventListener('scroll', onScroll, { passive: true });
    },
    remove() {
      removeEventListener('scroll', onScroll);
      layer?.remove();
      layer = null;
      boxes.clear();
      sheet?.remove();
      untitle();
    },
  };
}

/** Cells whose text is the page's own (no form control or editable inside): what a Range can cover. */
function isTextCell(cell: Element): boolean {
  return !cell.querySelector('input,textarea,select,[contenteditable]');
}

/** 4: the CSS Custom Highlight API, a Highlight per severity over the text of static cells only. */
function highlight(): Technique {
  let sheet: HTMLStyleElement | null = null;
  let untitle = () => {};
  return {
    apply(m) {
      sheet = insertSheet(
        (['error', 'warning', 'info'] as const)
          .map(
            (s) =>
              `::highlight(tlbc-${s}){background-color:${COLOURS[s]}33;text-decoration:underline wavy ${COLOURS[s]}}`,
          )
          .join('\n'),
      );
      untitle = titles(m);
      const groups = { error: new Highlight(), warning: new Highlight(), info: new Highlight() };
      for (const [cell, mark] of m) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        groups[mark.severity].add(range);
      }
      for (const [s, h] of Object.entries(groups)) CSS.highlights.set(`tlbc-${s}`, h);
    },
    remove() {
      for (const s of ['error', 'warning', 'info']) CSS.highlights.delete(`tlbc-${s}`);
      sheet?.remove();
      untitle();
    },
  };
}

/** Every row of the table its own paint layer (`position: relative`), so a mark repaints its row only? */
const ROW_LAYERS = '[data-bench-rows] tr{position:relative}';
/** The table its own paint layer, so a change outside it (the overlay) can reuse its cached paint. */
const TABLE_LAYER = '[data-bench-rows]{position:relative}';

/** No marks: apply only inserts `css` (what setting up the layers costs once). */
function layers(css: string): Technique {
  let sheet: HTMLStyleElement | null = null;
  return {
    apply() {
      sheet = insertSheet(css);
    },
    remove() {
      sheet?.remove();
    },
  };
}

const TECHNIQUES: Record<string, () => Technique> = {
  none: () => ({ apply() {}, remove() {} }),
  attribute: attributeToday,
  inline: inlineStyle,
  overlay: () => overlay(),
  'overlay-layer': () => overlay(true),
  highlight,
  'attribute-ten': attributeToday,
  'overlay-table-layer': () => overlay(),
  'table-layer': () => layers(TABLE_LAYER),
  'attribute-table-layer': attributeToday,
  'row-layers': () => layers(ROW_LAYERS),
  'attribute-row-layers': attributeToday,
  'attribute-static': attributeToday,
  'box-shadow': () => attributeSheet((s) => `box-shadow:inset 0 0 0 2px ${COLOURS[s]} !important`),
  border: () => attributeSheet((s) => `border:${LINE[s]} ${COLOURS[s]} !important`),
  'outline-no-offset': () => attributeSheet((s) => `outline:${LINE[s]} ${COLOURS[s]} !important`),
  'outline-contain': () =>
    attributeSheet((s) => `outline:${LINE[s]} ${COLOURS[s]} !important;outline-offset:-2px;contain:paint`),
};

let cells = new Map<Element, Mark>();
let current: Technique | null = null;
let key = '';

/**
 * 250 cells holding an `<input>`, one on every other data row, the column moving along, severities in
 * turn: what a page with value errors would show (the real checks on the replica mark label cells).
 */
function spread(model: TableModel, handles: CellHandle[][]): Map<Element, Mark> {
  const severities = ['error', 'warning', 'info'] as const;
  const marks = new Map<Element, Mark>();
  const rows = model.rows.filter((r) => r.kind === 'data');
  for (let i = 0; marks.size < 250 && i * 2 < rows.length; i++) {
    const row = rows[i * 2];
    const fields = handles[row.index].filter((h) => h.kind === 'field');
    const handle = fields[i % fields.length];
    if (handle) marks.set(handle.cell, { severity: severities[i % 3], message: `Ô ${i}: giá trị sai` });
  }
  return marks;
}

/**
 * Picks the cells (`findings`: those checkAll + marksFromFindings mark; `spread`: see spread()) and the
 * technique; untimed. The highlight technique and its yardstick keep only the text cells. Scrolls the
 * middle marked cell (in page order) to the top of the viewport, so the screens around hold marks.
 */
function prepare(
  model: TableModel,
  handles: CellHandle[][],
  def: FormDef,
  ctx: RuleContext,
  technique: string,
  set: 'findings' | 'spread',
): { marked: number; text: number; bySeverity: Record<string, number>; rows: number } {
  // one page serves a whole round: drop what an earlier technique left (CellMarks keeps its sheet)
  for (const el of document.querySelectorAll(`style[${SHEET_MARK}],style[data-tlbc-style]`)) el.remove();
  const all =
    set === 'spread'
      ? spread(model, handles)
      : marksFromFindings(model, handles, checkAll(model, def, ctx), 'vi');
  const ordered = [...all.keys()].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const middle = ordered.length >> 1;
  const onlyText = technique === 'highlight' || technique === 'attribute-static';
  cells = new Map([...all].filter(([cell]) => !onlyText || isTextCell(cell)));
  // ten cells from the middle on: in view once scrolled there (is the cost per mark or per repaint?)
  if (technique === 'attribute-ten')
    cells = new Map(ordered.slice(middle, middle + 10).map((cell) => [cell, all.get(cell) as Mark]));
  const make = TECHNIQUES[technique];
  if (!make) throw new Error(`no technique ${technique}`);
  current = make();
  key = technique;
  const bySeverity: Record<string, number> = {};
  for (const mark of all.values()) bySeverity[mark.severity] = (bySeverity[mark.severity] ?? 0) + 1;
  const rows = new Set([...all.keys()].map((c) => c.closest('tr'))).size;
  const table = ordered[0]?.closest('table');
  table?.setAttribute('data-bench-rows', '');
  // there before the trace
  if (technique === 'attribute-row-layers') insertSheet(ROW_LAYERS);
  if (technique === 'overlay-table-layer' || technique === 'attribute-table-layer') insertSheet(TABLE_LAYER);
  const top = ordered[middle];
  if (top) scrollTo(0, top.getBoundingClientRect().top + scrollY);
  return { marked: cells.size, text: [...all.keys()].filter(isTextCell).length, bySeverity, rows };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await frame();
};

/**
 * Apply, two frames, scroll by a screen, two frames, remove, two frames; each step opens with a
 * `console.timeStamp` the trace reader cuts the trace at. Returns the in-page script time of each step.
 * `hold`: ms to wait with the marks shown before the scroll (to take a screenshot; 0 when timed).
 */
async function run(hold = 0): Promise<{
  technique: string;
  apply: number;
  scroll: number;
  remove: number;
  boxes: number;
}> {
  const t = current;
  if (!t) throw new Error('prepare() first');
  await frames(2);
  console.timeStamp('tlbc:apply');
  let t0 = performance.now();
  t.apply(cells);
  const apply = performance.now() - t0;
  await frames(2);
  if (hold) await new Promise((r) => setTimeout(r, hold)); // to look at the marks; never while traced
  console.timeStamp('tlbc:scroll');
  t0 = performance.now();
  scrollBy(0, innerHeight);
  const scroll = performance.now() - t0;
  await frames(2);
  const boxes = document.querySelectorAll('[data-bench-overlay] > div').length;
  console.timeStamp('tlbc:remove');
  t0 = performance.now();
  t.remove();
  const remove = performance.now() - t0;
  await frames(2);
  console.timeStamp('tlbc:end');
  return { technique: key, apply, scroll, remove, boxes };
}

export const markBench = { prepare, run };
