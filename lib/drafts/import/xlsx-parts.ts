import { inBoth } from '../../i18n/both';
import { importReadMessages } from '../../i18n/messages/import-read';
import { type Limits, tooLongText, tooManyCells } from './limits';
import { unescapeXlsx } from './xlsx-sheet';
import { decodeXml, type XmlAttributes, type XmlHandler } from './xml';

// The small parts of an .xlsx around its sheets: relationships (which file is the workbook, which are
// its sheets), the workbook (sheet names, date system), styles (which cell styles are dates) and the
// shared strings (the text of most cells, stored once).

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export class RelationshipsHandler implements XmlHandler {
  readonly list: Relationship[] = [];

  open(name: string, a: XmlAttributes): void {
    if (name === 'Relationship' && a.Target && a.TargetMode !== 'External') {
      this.list.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target });
    }
  }
  close(): void {}
  text(): void {}
}

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part. */
  rel: string;
}

export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;

  open(name: string, a: XmlAttributes): void {
    if (name === 'sheet' && a.id) this.sheets.push({ name: a.name ?? '', rel: a.id });
    else if (name === 'workbookPr') this.date1904 = a.date1904 === '1' || a.date1904 === 'true';
  }
  close(): void {}
  text(): void {}
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
function isDateFormatId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export class StylesHandler implements XmlHandler {
  private readonly custom = new Map<number, string>();
  private readonly formats: number[] = [];
  private inCellXfs = false;

  open(name: string, a: XmlAttributes): void {
    if (name === 'numFmt') this.custom.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) this.formats.push(Number(a.numFmtId ?? 0));
  }
  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }
  text(): void {}

  /** Style indexes whose format is a date. */
  dateStyles(): Set<number> {
    const dates = new Set<number>();
    this.formats.forEach((id, index) => {
      const code = this.custom.get(id);
      if (code !== undefined ? isDateFormat(code) : isDateFormatId(id)) dates.add(index);
    });
    return dates;
  }
}

export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private current: string | null = null;
  private capture = false;
  private inPhonetic = false;

  constructor(private readonly limits: Limits) {}

  open(name: string): void {
    if (name === 'si') this.current = '';
    else if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && this.current !== null && !this.inPhonetic) this.capture = true;
  }

  close(name: string): void {
    if (name === 't') this.capture = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si' && this.current !== null) {
      const text = unescapeXlsx(decodeXml(this.current)).trim();
      this.current = null;
      if (text.length > this.limits.cellText) this.tooLong();
      this.strings.push(text);
      if (this.strings.length > this.limits.cells) throw tooManyCells(this.limits);
    }
  }

  text(raw: string): void {
    if (!this.capture || this.current === null) return;
    this.current += raw;
    if (this.current.length > this.limits.cellText * 10) this.tooLong();
  }

  private tooLong(): never {
    const where = inBoth(importReadMessages, 'importRead.where.sharedString', { n: this.strings.length + 1 });
    throw tooLongText(where.vi, where.en, this.limits);
  }
}
