import { damaged } from './limits';

// A streaming reader for the XML parts of an .xlsx: text comes in pieces as it is inflated, tags and
// text go out to a handler as soon as they are complete. Only what spreadsheet parts use: elements,
// attributes, the five named entities and numeric references, comments, CDATA. A DOCTYPE (entity
// definitions: the "billion laughs") is refused, and so is a tag longer than any real one.

export type XmlAttributes = Record<string, string>;

export interface XmlHandler {
  /** Element names and attribute names come without their namespace prefix (`x:c` → `c`). */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not decoded: see decodeXml); one text node may come in several calls. */
  text(raw: string): void;
}

const MAX_TAG = 1024 * 1024;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

interface Tag {
  /** Index after the closing `>`. */
  end: number;
  name: string;
  attributes: XmlAttributes;
  selfClosing: boolean;
}

/**
 * The start tag at `lt` (`<name a="1" b='2'/>`), or null when it is not complete in `buffer` yet. One
 * pass: names up to `=`, values found with indexOf of their quote (a `>` inside a value is text).
 */
function startTag(buffer: string, lt: number): Tag | null {
  const length = buffer.length;
  let i = lt + 1;
  while (i < length) {
    const c = buffer.charCodeAt(i);
    if (isSpace(c) || c === 62 || c === 47) break;
    i++;
  }
  const name = localName(buffer.slice(lt + 1, i));
  const attributes: XmlAttributes = Object.create(null);
  for (;;) {
    while (i < length && isSpace(buffer.charCodeAt(i))) i++;
    if (i >= length) return null;
    const c = buffer.charCodeAt(i);
    if (c === 62) return { end: i + 1, name, attributes, selfClosing: false };
    if (c === 47) {
      if (i + 1 >= length) return null;
      if (buffer.charCodeAt(i + 1) !== 62) throw damaged();
      return { end: i + 2, name, attributes, selfClosing: true };
    }
    const eq = buffer.indexOf('=', i);
    if (eq < 0) return null;
    const key = buffer.slice(i, eq).trim();
    let q = eq + 1;
    while (q < length && isSpace(buffer.charCodeAt(q))) q++;
    if (q >= length) return null;
    const quote = buffer[q];
    if (quote !== '"' && quote !== "'") throw damaged();
    const close = buffer.indexOf(quote, q + 1);
    if (close < 0) return null;
    if (!key.startsWith('xmlns')) attributes[localName(key)] = decodeXml(buffer.slice(q + 1, close));
    i = close + 1;
  }
}

export class XmlStream {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  push(piece: string): void {
    this.rest = this.scan(this.rest + piece);
    if (this.rest.length > MAX_TAG) throw damaged();
  }

  end(): void {
    if (this.rest.includes('<')) throw damaged();
    if (this.rest !== '') this.handler.text(this.rest);
    this.rest = '';
  }

  /** Handles what is complete in `buffer`; returns what is not (an unfinished tag or entity). */
  private scan(buffer: string): string {
    let pos = 0;
    for (;;) {
      const lt = buffer.indexOf('<', pos);
      if (lt < 0) {
        const amp = buffer.lastIndexOf('&');
        const cut = amp >= pos && buffer.indexOf(';', amp) < 0 ? amp : buffer.length;
        if (cut > pos) this.handler.text(buffer.slice(pos, cut));
        return buffer.slice(cut);
      }
      if (lt > pos) this.handler.text(buffer.slice(pos, lt));
      const next = buffer.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return buffer.slice(lt);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const after = this.special(buffer, lt);
        if (after < 0) return buffer.slice(lt);
        pos = after;
        continue;
      }
      if (next === 47 /* / */) {
        const gt = buffer.indexOf('>', lt);
        if (gt < 0) return buffer.slice(lt);
        this.handler.close(localName(buffer.slice(lt + 2, gt).trim()));
        pos = gt + 1;
        continue;
      }
      const tag = startTag(buffer, lt);
      if (!tag) return buffer.slice(lt);
      this.handler.open(tag.name, tag.attributes, tag.selfClosing);
      if (tag.selfClosing) this.handler.close(tag.name);
      pos = tag.end;
    }
  }

  /** Comments, CDATA and processing instructions: the index after them, or -1 when incomplete. */
  private special(buffer: string, lt: number): number {
    const head = buffer.slice(lt, lt + 9);
    if (head.startsWith('<?')) {
      const end = buffer.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (head.startsWith('<!--')) {
      const end = buffer.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (head === '<![CDATA[') {
      const end = buffer.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      // Text with no entities: escape the one character decodeXml would read as one.
      this.handler.text(buffer.slice(lt + 9, end).replace(/&/g, '&amp;'));
      return end + 3;
    }
    if (head.length < 9 && ('<![CDATA['.startsWith(head) || '<!--'.startsWith(head))) return -1;
    throw damaged();
  }
}
