// How one element is described in a page-structure report: its tag, role, which attributes it has
// (names only), the values of the attributes that say how a grid is laid out or edited, and the
// shape of its class names. Never an id's value, a text, a title or a typed value.

export interface ElementShape {
  tag: string;
  role?: string;
  /** Names of every attribute present, sorted. */
  attrs?: string[];
  /** Values of structural attributes only (spans, ARIA indices and states, input type). */
  values?: Record<string, string>;
  /** Class names reduced to their shape: letters → a, digits → 9 ("x81" → "a9", "k-grid" → "a-a"). */
  classes?: string[];
  /** Class names of grid libraries, kept as written ("handsontable", "dx-datagrid"). */
  libraryClasses?: string[];
  /** How many child elements (for the elements around a table). */
  children?: number;
}

/** Attributes whose values describe structure, not content. */
const STRUCTURAL = new Set([
  'role',
  'type',
  'rowspan',
  'colspan',
  'scope',
  'contenteditable',
  'tabindex',
  'inputmode',
  'aria-rowindex',
  'aria-colindex',
  'aria-rowspan',
  'aria-colspan',
  'aria-rowcount',
  'aria-colcount',
  'aria-level',
  'aria-readonly',
  'aria-disabled',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-sort',
  'aria-multiselectable',
  'aria-haspopup',
  'aria-busy',
  'aria-required',
  'aria-invalid',
]);

/** Class prefixes of grid and UI libraries: naming them is the point of the report. */
const LIBRARY_CLASS =
  /^(?:handsontable|ht[A-Z_-]|wt[A-Z]|dx-|k-|ag-|tabulator|jexcel|jss|jspreadsheet|gc-|x-grid|ui-grid|slick-|mat-|p-datatable|el-table|ant-table|table$|table-)/;

export function classShape(name: string): string {
  return name.replace(/\p{L}+/gu, 'a').replace(/\d+/g, '9');
}

/** A value kept only when it is short and structural (a number, a keyword): never free text. */
function structuralValue(value: string): string | null {
  const v = value.trim();
  return /^[\w-]{0,24}$/.test(v) ? v : null;
}

export function shapeOf(el: Element): ElementShape {
  const shape: ElementShape = { tag: el.tagName.toLowerCase() };
  const role = el.getAttribute('role');
  if (role && structuralValue(role) !== null) shape.role = role;
  const names = el.getAttributeNames().sort();
  // Generated attribute names carry ids too (Angular's _ngcontent-ng-c7509751962): digits shaped.
  if (names.length) shape.attrs = names.map((name) => name.replace(/\d{4,}/g, '9'));
  for (const name of names) {
    if (!STRUCTURAL.has(name) || name === 'role') continue;
    const value = structuralValue(el.getAttribute(name) ?? '');
    if (value !== null) shape.values = { ...shape.values, [name]: value };
  }
  const classes = Array.from(el.classList);
  const library = classes.filter((c) => LIBRARY_CLASS.test(c));
  const others = classes.filter((c) => !LIBRARY_CLASS.test(c)).map(classShape);
  if (others.length) shape.classes = others;
  if (library.length) shape.libraryClasses = library;
  return shape;
}

/** The elements around `el`, nearest first, up to the body (or `depth` of them). */
export function ancestorsOf(el: Element, depth = 6): ElementShape[] {
  const out: ElementShape[] = [];
  for (let p = el.parentElement; p && out.length < depth; p = p.parentElement) {
    if (p.tagName === 'BODY' || p.tagName === 'HTML') break;
    out.push({ ...shapeOf(p), children: p.children.length });
  }
  return out;
}
