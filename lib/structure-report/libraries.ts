import { classShape } from './shape';

// Which libraries a page shows: grid and framework markers in the markup, and script files with the
// version their address carries. Page globals (window.Handsontable.version …) live in the page's own
// world, which the content script cannot see; the grid bridge is injected only on widget-grid pages,
// so a report names what the markup and the script addresses say.

export interface Library {
  name: string;
  version?: string;
  /** "markup" (a class or attribute the library writes) or "script" (a script file's name). */
  from: 'markup' | 'script';
}

const MARKUP: [name: string, selector: string, versionAttr?: string][] = [
  ['Handsontable', '.handsontable'],
  ['SpreadJS', '[gcuielement],.gc-spread-sheet'],
  ['DevExtreme', '.dx-datagrid,.dx-widget'],
  ['Kendo UI', '.k-grid,.k-widget'],
  ['AG Grid', '.ag-root-wrapper,.ag-root'],
  ['Tabulator', '.tabulator'],
  ['jspreadsheet', '.jexcel,.jss_container,.jss'],
  ['Angular', '[ng-version]', 'ng-version'],
  ['AngularJS', '[ng-app],.ng-scope'],
  ['React', '[data-reactroot]'],
  ['Vue', '[data-v-app]'],
];

const SCRIPT =
  /(handsontable|jquery(?:[.-]ui)?|devextreme|dx\.all|kendo|ag-grid|tabulator|jspreadsheet|jexcel|gc\.spread|angular|react|vue|bootstrap|select2|moment|lodash|knockout|datatables)/i;
const VERSION = /(?:^|[@/_-]|v)(\d+\.\d+(?:\.\d+)?)(?=$|[./_-])/;
const MAX_SCRIPTS = 30;

/** Script files the document loads: their names (address without query), shaped when they hold ids. */
export function scriptFiles(doc: Document): string[] {
  const out: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[src]'))) {
    const src = script.getAttribute('src') ?? '';
    const file = src.split(/[?#]/)[0].split('/').pop() ?? '';
    if (file && out.length < MAX_SCRIPTS) out.push(/\d{5,}/.test(file) ? classShape(file) : file);
  }
  return out;
}

export function detectLibraries(doc: Document): Library[] {
  const found: Library[] = [];
  for (const [name, selector, versionAttr] of MARKUP) {
    const el = doc.querySelector(selector);
    if (!el) continue;
    const version = versionAttr ? el.getAttribute(versionAttr)?.match(/^[\d.]{1,16}/)?.[0] : undefined;
    found.push({ name, from: 'markup', ...(version ? { version } : {}) });
  }
  for (const script of Array.from(doc.querySelectorAll('script[src]'))) {
    const path = (script.getAttribute('src') ?? '').split(/[?#]/)[0];
    const match = SCRIPT.exec(path.split('/').slice(-3).join('/'));
    if (!match) continue;
    const version = VERSION.exec(path.slice(path.toLowerCase().indexOf(match[1].toLowerCase())))?.[1];
    found.push({ name: match[1].toLowerCase(), from: 'script', ...(version ? { version } : {}) });
  }
  return found;
}
