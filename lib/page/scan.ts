import { formFor } from '../forms/catalogue';
import { readPageInfo, recogniseTable } from '../forms/recognise';
import type { FormDef } from '../forms/schema';
import type { PageInfo } from '../page-info';
import { nextTask, Slices } from '../slices';
import type { BuiltTable } from '../table/build-model';
import { findReportTables } from '../table/find';
import { readBuiltTable, readBuiltTableInSteps } from '../table/read';
import { detectUnsupportedGrid, type Unsupported } from '../table/unsupported';
import { findWidgetRoots } from '../table/widget-dom';
import { clean } from '../text';

// Finding the report on a page: the report tables of every document the top frame can read (its own
// and same-origin frames'), recognised from the text around each. A page with a form code wins; a
// page that only says "Biểu số …" gets its first report table checked generically; a page naming no
// form (login, lists) gets nothing.

export interface FoundReport {
  /** The table or grid element. */
  root: Element;
  built: BuiltTable;
  info: PageInfo;
  form: FormDef | undefined;
  /** The header text read around the table (outline figures, dates). */
  text: string;
  /** Set for widget grids (lib/table/grids/): the bridge's id of the grid. */
  grid?: string;
}

export type PageScan =
  | { kind: 'none' }
  | { kind: 'report'; report: FoundReport }
  /** Library grids (Handsontable, AG Grid, Tabulator…): read asynchronously through the page bridge. */
  | { kind: 'widget'; doc: Document }
  /** A grid we cannot read (canvas): the user is told, never silently ignored. */
  | { kind: 'unsupported'; info: PageInfo; reason: Unsupported | null };

const NAMES_A_FORM = /(?:Biểu|Mẫu)\s*(?:mẫu\s*)?số/iu;

export function namesAForm(doc: Document): boolean {
  return NAMES_A_FORM.test(clean(doc.body?.textContent ?? ''));
}

/** `read`: how a table found is read (scanInSteps hands in the tables it read already). */
export function scanDocuments(docs: Document[], read = readBuiltTable): PageScan {
  let fallback: FoundReport | null = null;
  for (const doc of docs) {
    for (const root of findReportTables(doc)) {
      const built = read(root);
      if (!built) continue;
      const { info, form, text } = recogniseTable(root);
      const found: FoundReport = { root, built, info, form, text };
      if (info.formCode) return { kind: 'report', report: found };
      if (!fallback && namesAForm(doc)) fallback = found;
    }
  }
  if (fallback) return { kind: 'report', report: fallback };
  for (const doc of docs) {
    if (!namesAForm(doc)) continue;
    const outline = outlineReport(doc);
    if (outline) return { kind: 'report', report: outline };
    if (findWidgetRoots(doc).length > 0) return { kind: 'widget', doc };
    const unsupported = detectUnsupportedGrid(doc, true);
    if (unsupported) {
      const text = doc.body?.textContent ?? '';
      return { kind: 'unsupported', info: readPageInfo(text, false), reason: unsupported };
    }
  }
  return { kind: 'none' };
}

/**
 * scanDocuments with the report tables read in slices first, so a long table's read is no long task
 * at load. A table the page changed meanwhile (or put in) is read again, at once.
 */
export async function scanInSteps(docs: Document[], slices: Slices): Promise<PageScan> {
  const read = new Map<Element, BuiltTable | null>();
  // The page may change a table between two slices: such a table is read again, at once.
  const changed: Node[] = [];
  const watch = new MutationObserver((records) => {
    for (const record of records) changed.push(record.target);
  });
  for (const doc of docs) watch.observe(doc, { childList: true, subtree: true, characterData: true });
  try {
    for (const doc of docs)
      for (const root of findReportTables(doc)) read.set(root, await readBuiltTableInSteps(root, slices));
    for (const record of watch.takeRecords()) changed.push(record.target);
  } finally {
    watch.disconnect();
  }
  for (const root of read.keys()) if (changed.some((node) => root.contains(node))) read.delete(root);
  await slices.breathe();
  return scanDocuments(docs, (root) => (read.has(root) ? read.get(root)! : readBuiltTable(root)));
}

/** A scan started before the session: taken by its first look at the page, if the page did not change. */
export interface ScanAhead {
  /** The scan, or null when the page changed since it began (then scan again). Once only. */
  take(): Promise<PageScan | null>;
  /** Not needed (the checks are off here, or the extension went away). */
  drop(): void;
}

/**
 * Starts scanInSteps in the next task (not in the one evaluating the content script), while the
 * content script waits on storage for its settings: the panel shows that much sooner. Any change of
 * the page from now until it is taken makes it stale.
 */
export function scanAhead(docs: Document[], slices: () => Slices = () => new Slices()): ScanAhead {
  let changed = false;
  let taken = false;
  const watch = new MutationObserver(() => {
    changed = true;
  });
  // The body only: the watch's own rule goes into the head meanwhile.
  for (const doc of docs)
    watch.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const scan = nextTask().then(() => scanInSteps(docs, slices()));
  scan.catch(() => {}); // a failed scan ahead is scanned again when taken
  const drop = () => watch.disconnect();
  return {
    drop,
    async take() {
      if (taken) return null;
      taken = true;
      const result = await scan.catch(() => null);
      if (watch.takeRecords().length > 0) changed = true;
      drop();
      return changed ? null : result;
    },
  };
}

const NO_TABLE: BuiltTable = {
  model: { source: 'html', columns: [], headers: [], labelColumn: 0, rows: [] },
  handles: [],
  numbered: false,
};

/**
 * A narrative outline (II.01-ĐC) has no table: its figures live in the text, which the outline and
 * satisfaction checks read. The whole body is its root, so edits anywhere in it are re-checked.
 */
function outlineReport(doc: Document): FoundReport | null {
  const root = doc.body;
  if (!root) return null;
  const text = root.textContent ?? '';
  const info = readPageInfo(text, false);
  const form = info.formCode ? formFor(info.formCode, text) : undefined;
  if (!form?.outline) return null;
  return { root, built: NO_TABLE, info, form, text };
}

/** Recognises a widget grid once read through the bridge, from the text around its root element. */
export function recogniseWidget(root: Element, built: BuiltTable, grid: string): FoundReport {
  // the grid's API says which cells are editable; inputs inside its root are the library's own
  // (Cheetah Grid's focus control is a readonly <input>), not the form's fields
  const locked = built.model.rows.every((row) => row.cells.every((cell) => !cell.editable));
  const { info, form, text } = recogniseTable(root, locked);
  return { root, built, info, form, text, grid };
}
