import { computeFormulas, type FormulaOutcome } from './formulas';
import { damaged, type Limits, Refusal, tooLargeUnpacked } from './limits';
import type { SheetCell } from './sheet-cell';
import { type Progress, Work } from './work';
import {
  type Relationship,
  RelationshipsHandler,
  SharedStringsHandler,
  StylesHandler,
  WorkbookHandler,
} from './xlsx-parts';
import { SheetHandler } from './xlsx-sheet';
import { type XmlHandler, XmlStream } from './xml';
import { readEntry, type ZipEntry, zipEntries } from './zip';

// An .xlsx → its sheets as rows of cells. Everything that can be known before inflating is checked
// first: the parts exist, and the sizes the zip's directory declares for them are within the limits.
// Then the parts are inflated and parsed as a stream, the shared strings and styles before the sheets,
// in slices that give the page back its main thread. A sheet beyond the limits is skipped with its
// reason (the form may be on another sheet); a file beyond them is refused.

export interface XlsxSheet {
  name: string;
  rows: SheetCell[][];
  formulas: FormulaOutcome;
}

export interface SkippedSheet {
  name: string;
  error: string;
  errorEn: string;
}

export interface XlsxContents {
  sheets: XlsxSheet[];
  skipped: SkippedSheet[];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
/** Compressed bytes between two yields to the page (a few hundred KB of XML, a few milliseconds). */
const SLICE = 16 * 1024;

function resolve(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const part of target.replace(/^\//, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

class Package {
  private readonly lower = new Map<string, ZipEntry>();
  private readonly progress = { done: 0 };
  private unpacked = 0;
  private readonly work: Work;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: Limits,
    onProgress: Progress | undefined,
  ) {
    for (const [name, entry] of entries) this.lower.set(name.toLowerCase(), entry);
    this.work = new Work(onProgress, bytes.length, SLICE);
  }

  entry(path: string): ZipEntry | undefined {
    return this.entries.get(path) ?? this.lower.get(path.toLowerCase());
  }

  /** Refuses before inflating anything when the parts to read declare more than the limits. */
  plan(paths: string[]): void {
    let total = 0;
    let compressed = 0;
    for (const path of paths) {
      const entry = this.entry(path);
      if (!entry) continue;
      if (entry.size > this.limits.partBytes) throw tooLargeUnpacked(entry.size, this.limits.partBytes);
      total += entry.size;
      compressed += entry.compressedSize;
    }
    if (total > this.limits.totalBytes) throw tooLargeUnpacked(total, this.limits.totalBytes);
    this.work.resize(compressed + this.progress.done);
  }

  async parse<H extends XmlHandler>(path: string, handler: H): Promise<H> {
    const entry = this.entry(path);
    if (!entry) throw damaged();
    const xml = new XmlStream(handler);
    const decoder = new TextDecoder();
    const size = await readEntry(this.bytes, entry, this.limits, this.work, this.progress, (piece) =>
      xml.push(decoder.decode(piece, { stream: true })),
    );
    xml.push(decoder.decode());
    xml.end();
    this.unpacked += size;
    if (this.unpacked > this.limits.totalBytes) throw tooLargeUnpacked(null, this.limits.totalBytes);
    return handler;
  }

  async relationships(part: string): Promise<Relationship[]> {
    const path = relsPath(part);
    if (!this.entry(path)) return [];
    return (await this.parse(path, new RelationshipsHandler())).list;
  }

  done(): void {
    this.work.report(this.bytes.length);
  }
}

export async function readXlsx(
  bytes: Uint8Array,
  limits: Limits,
  onProgress?: Progress,
): Promise<XlsxContents> {
  const pkg = new Package(bytes, zipEntries(bytes), limits, onProgress);
  const root = await pkg.relationships('');
  const main = root.find((r) => OFFICE_DOCUMENT.test(r.type));
  const workbookPath = main ? resolve('', main.target) : 'xl/workbook.xml';
  if (!pkg.entry(workbookPath)) throw damaged();
  const workbook = await pkg.parse(workbookPath, new WorkbookHandler());
  const rels = await pkg.relationships(workbookPath);
  const target = (type: RegExp) => {
    const rel = rels.find((r) => type.test(r.type));
    return rel ? resolve(workbookPath, rel.target) : null;
  };
  const stringsPath = target(/\/sharedStrings$/);
  const stylesPath = target(/\/styles$/);
  const sheets = workbook.sheets.flatMap((s) => {
    const rel = rels.find((r) => r.id === s.rel && /\/worksheet$/.test(r.type));
    return rel ? [{ name: s.name, path: resolve(workbookPath, rel.target) }] : [];
  });
  pkg.plan([stringsPath, stylesPath, ...sheets.map((s) => s.path)].filter((p): p is string => p !== null));

  const strings =
    stringsPath && pkg.entry(stringsPath)
      ? (await pkg.parse(stringsPath, new SharedStringsHandler(limits))).strings
      : [];
  const styles =
    stylesPath && pkg.entry(stylesPath) ? await pkg.parse(stylesPath, new StylesHandler()) : null;
  const dateStyles = styles?.dateStyles() ?? new Set<number>();
  const budget = { cells: 0 };
  const contents: XlsxContents = { sheets: [], skipped: [] };
  for (const sheet of sheets) {
    const handler = new SheetHandler({
      name: sheet.name,
      sharedStrings: strings,
      dateStyles,
      date1904: workbook.date1904,
      limits,
      budget,
    });
    const cellsBefore = budget.cells;
    try {
      if (!pkg.entry(sheet.path)) throw damaged();
      await pkg.parse(sheet.path, handler);
      const formulas = computeFormulas(handler.pending, handler.rows, limits, (row, col, value) =>
        handler.set(row, col, value),
      );
      contents.sheets.push({ name: sheet.name, rows: handler.rows, formulas });
    } catch (error) {
      if (!(error instanceof Refusal) || !error.sheetOnly) throw error;
      budget.cells = cellsBefore;
      contents.skipped.push({ name: sheet.name, error: error.error, errorEn: error.errorEn });
    }
  }
  pkg.done();
  return contents;
}
