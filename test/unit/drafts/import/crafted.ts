import { deflateSync, strToU8 } from 'fflate';

// Files no spreadsheet program would write, built byte by byte for the import's limits: zips whose
// directory declares what the test says (sizes included), .xlsx packages around hand-written sheet XML,
// and OLE compound files holding the streams a test names.

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** 8 deflate (default), 0 stored. */
  method?: 0 | 8;
  /** Unpacked size the directory declares; the real one by default. */
  declaredSize?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function zip(parts: ZipPart[]): ArrayBuffer {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? strToU8(part.data) : part.data;
    const method = part.method ?? 8;
    const body = method === 8 ? deflateSync(raw, { level: 6 }) : raw;
    const name = strToU8(part.name);
    const crc = crc32(raw);
    const size = part.declaredSize ?? raw.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, method, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, body.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + body.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out.buffer;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface CraftedSheet {
  name?: string;
  /** The worksheet part, whole. */
  xml: string;
  declaredSize?: number;
}

/**
 * An .xlsx package around the given worksheet XML, with shared strings (plain text, or the XML inside
 * an <si>) and cell styles (with `dateStyle`: style 1 a custom dd/mm/yyyy, style 2 built-in format 14).
 */
export function xlsxPackage(
  sheets: CraftedSheet[],
  { strings = [], dateStyle = false }: { strings?: (string | { xml: string })[]; dateStyle?: boolean } = {},
): ArrayBuffer {
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const styles = dateStyle
    ? `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>`
    : `<styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`;
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return zip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: '_rels/.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name ?? `Sheet${i + 1}`}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<sst xmlns="${MAIN}">${strings.map((s) => `<si>${typeof s === 'string' ? `<t>${xmlText(s)}</t>` : s.xml}</si>`).join('')}</sst>`,
    },
    { name: 'xl/styles.xml', data: styles },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: s.xml,
      declaredSize: s.declaredSize,
    })),
  ]);
}

/** A worksheet part: `<dimension>` when given, then the rows' XML as written. */
export function worksheet(rows: string, dimension?: string): string {
  const dim = dimension ? `<dimension ref="${dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}">${dim}<sheetData>${rows}</sheetData></worksheet>`;
}

/** An OLE compound file (version 3, 512-byte sectors) whose directory lists these streams, all empty. */
export function compoundFile(streams: string[]): ArrayBuffer {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory in sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // Sector 0: the FAT. Sector 0 is the FAT itself, sector 1 the one-sector directory chain.
  const fat = sector;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  // Sector 1: the directory, four entries of 128 bytes.
  const names = ['Root Entry', ...streams];
  if (names.length > 4) throw new Error('at most three streams');
  names.forEach((name, i) => {
    const entry = sector * 2 + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(entry + c * 2, name.charCodeAt(c), true);
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    out[entry + 0x42] = i === 0 ? 5 : 2;
    view.setUint32(entry + 0x44, 0xffffffff, true);
    view.setUint32(entry + 0x48, i > 0 && i + 1 < names.length ? i + 1 : 0xffffffff, true);
    view.setUint32(entry + 0x4c, i === 0 && names.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(entry + 0x74, 0xfffffffe, true);
  });
  return out.buffer;
}

/** Text as Windows-1258 bytes (what Vietnamese Windows Excel saves as "CSV"): base letter, then tone mark. */
export function windows1258(text: string): ArrayBuffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = ch.normalize('NFD');
    const tone = [...parts].filter((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c));
    const base = [...parts]
      .filter((c) => !tone.includes(c))
      .join('')
      .normalize('NFC');
    for (const c of [base, ...tone]) {
      const b = byChar.get(c);
      if (b === undefined) throw new Error(`no Windows-1258 byte for ${c}`);
      out.push(b);
    }
  }
  return new Uint8Array(out).buffer;
}

/** Text as UTF-16 LE with its byte-order mark: Excel's "Unicode Text" (tab separated). */
export function utf16le(text: string): ArrayBuffer {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out.buffer;
}

/** Text as Windows "CSV" writes it in Windows-1252 (Western): a letter the code page lacks becomes "?". */
export function windows1252(text: string): ArrayBuffer {
  const decoder = new TextDecoder('windows-1252');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text.normalize('NFC')].map((ch) => byChar.get(ch) ?? 0x3f)).buffer;
}
