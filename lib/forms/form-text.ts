// The text that belongs to one report table: its form's header block ("Biểu số …", unit, period,
// state), read from what precedes the table inside its containers, nearest last. Text of other report
// tables (other forms in other tabs), hidden panels, menus and buttons is left out, since a state word
// there ("Chờ duyệt (3)", a "Lưu nháp" button) says nothing about this report.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
const CELL = new Set(['TD', 'TH']);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OPTION',
]);
const SKIPPED_ROLES = new Set(['navigation', 'menu', 'menubar', 'tablist', 'button', 'menuitem']);
const TEXT_INPUTS = new Set(['', 'text', 'date', 'search', 'number', 'tel']);
/** A table with this many cells in a row holds report data; a header's layout table has fewer. */
const REPORT_ROW_CELLS = 5;
/** Enough text for any header block; bounds the work on very large pages. */
const TEXT_LIMIT = 20_000;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return (el as HTMLElement).style?.display === 'none';
}

function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.tagName.toUpperCase()) || SKIPPED_ROLES.has(el.getAttribute('role') ?? '') || isHidden(el)
  );
}

/** The value shown by a form control in a header ("Kỳ báo cáo: [Quý I ▾]"). */
function controlText(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedOptions?.[0]?.textContent ?? '';
  }
  if (tag === 'TEXTAREA') return (el as HTMLTextAreaElement).value;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    return TEXT_INPUTS.has((input.getAttribute('type') ?? '').toLowerCase()) ? input.value : '';
  }
  return null;
}

/** Visible text of a subtree, one line per block. */
function writeText(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (isSkipped(el)) return;
  const control = controlText(el);
  if (control !== null) {
    out.push(` ${control} `);
    return;
  }
  const tag = el.tagName.toUpperCase();
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (let child = el.firstChild; child; child = child.nextSibling) writeText(child, out);
  if (block) out.push('\n');
  else if (CELL.has(tag)) out.push(' ');
}

export function visibleText(node: Node): string {
  const out: string[] = [];
  writeText(node, out);
  return out.join('');
}

function rowCells(row: Element): number {
  let count = 0;
  for (const cell of Array.from(row.children)) {
    const role = cell.getAttribute('role');
    if (CELL.has(cell.tagName.toUpperCase()) || role === 'gridcell' || role === 'columnheader') count++;
  }
  return count;
}

/** The subtree holds a report table or grid of its own: its text belongs to that table. */
function holdsReportTable(el: Element): boolean {
  if (el.matches('[role=grid], [role=treegrid]') || el.querySelector('[role=grid], [role=treegrid]'))
    return true;
  const tables = el.tagName.toUpperCase() === 'TABLE' ? [el] : Array.from(el.querySelectorAll('table'));
  return tables.some((table) =>
    Array.from(table.querySelectorAll('tr')).some((row) => rowCells(row) >= REPORT_ROW_CELLS),
  );
}

/** Caption and full-width title rows at the top of the table itself, above its column headers. */
function ownTitleText(table: Element): string {
  if (table.tagName.toUpperCase() !== 'TABLE') return '';
  const parts: string[] = [];
  const caption = (table as HTMLTableElement).caption;
  if (caption) parts.push(visibleText(caption));
  for (const row of Array.from((table as HTMLTableElement).rows)) {
    if (rowCells(row) >= 3) break;
    parts.push(visibleText(row));
  }
  return parts.join('\n');
}

/**
 * The header text of the form that `table` (a `<table>` or a grid element) belongs to, in document
 * order so the nearest text comes last. Reaches up through every container, skipping siblings that
 * hold another report table: on a page with several forms in tabs each table gets its own header.
 */
export function formTextFor(table: Element): string {
  const nearestFirst: string[] = [ownTitleText(table)];
  let length = 0;
  let child: Node = table;
  for (let parent = table.parentNode; parent && length < TEXT_LIMIT; parent = parent.parentNode) {
    for (
      let sibling = child.previousSibling;
      sibling && length < TEXT_LIMIT;
      sibling = sibling.previousSibling
    ) {
      if (sibling.nodeType === 1 && holdsReportTable(sibling as Element)) continue;
      const text = visibleText(sibling);
      nearestFirst.push(text);
      length += text.length;
    }
    if (parent.nodeType !== 1 || (parent as Element).tagName.toUpperCase() === 'BODY') break;
    child = parent;
  }
  return nearestFirst
    .reverse()
    .join('\n')
    .replace(/[^\S\n]*\n\s*/g, '\n')
    .trim();
}

/** Every input of the table is disabled or read-only; false when it has none (a click-to-edit grid). */
export function allInputsDisabled(table: Element): boolean {
  // A loop that stops at the first open field: an editable 500-row form answers at its first input.
  const fields = table.querySelectorAll('input, textarea, select, [contenteditable]');
  let any = false;
  for (let i = 0; i < fields.length; i++) {
    const el = fields[i];
    if (el.tagName.toUpperCase() === 'INPUT' && (el as HTMLInputElement).type === 'hidden') continue;
    any = true;
    const locked =
      el.hasAttribute('disabled') ||
      el.hasAttribute('readonly') ||
      el.getAttribute('contenteditable') === 'false' ||
      el.getAttribute('aria-readonly') === 'true' ||
      el.getAttribute('aria-disabled') === 'true';
    if (!locked) return false;
  }
  return any;
}
