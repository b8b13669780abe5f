// Bytes of a text file → text, with the encoding decided on the whole file. A byte-order mark decides
// first (Excel's "Unicode Text" is UTF-16 LE with one); then NULs between ASCII letters mean UTF-16
// without one; then UTF-8 unless the bytes are mostly not UTF-8. Windows-1258 text (what Vietnamese
// Windows Excel saves as "CSV") almost never forms valid UTF-8 sequences, while UTF-8 text with a stray
// bad byte has many valid ones around it: one bad byte must not turn every Vietnamese letter into
// mojibake. Bad bytes read as UTF-8 become U+FFFD and are reported with their line. A single-byte file
// is Windows-1258 unless a tone mark would land where Vietnamese never puts one (after a consonant):
// then it is Windows-1252, whose "ì", "ò", "ã", "õ", "ý" sit on the bytes of 1258's tone marks and vowels.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the preview names it. */
  label: string;
  /** Bytes that were not valid UTF-8 in a file read as UTF-8 (each became U+FFFD). */
  invalid: number;
  /** 1-based lines of the first few of them. */
  invalidLines: number[];
}

const LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Unicode Text)',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  'windows-1252': 'Windows-1252',
};

/** A Windows-1258 tone mark (a byte of its own) after anything but a vowel: not Vietnamese text. */
const STRAY_TONE = /(?:^|[^aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]/u;

const LINES_KEPT = 5;

interface Utf8Scan {
  /** Well-formed multi-byte sequences (accented letters, in Vietnamese text). */
  valid: number;
  /** Ill-formed sequences, each one U+FFFD when decoded. */
  invalid: number;
  invalidLines: number[];
}

/** Range of the second byte of a sequence led by `lead` (RFC 3629 table: no overlongs, no surrogates). */
function secondRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
  const scan: Utf8Scan = { valid: 0, invalid: 0, invalidLines: [] };
  let line = 1;
  let i = from;
  const bad = () => {
    scan.invalid++;
    if (scan.invalidLines.length < LINES_KEPT && scan.invalidLines.at(-1) !== line)
      scan.invalidLines.push(line);
  };
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      bad();
      i++;
      continue;
    }
    // As the decoder does: a sequence cut short is one U+FFFD, and the byte that cut it is read again.
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? secondRange(b) : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) break;
    }
    if (k > need) scan.valid++;
    else bad();
    i += k;
  }
  return scan;
}

/** NULs at odd offsets between ASCII letters are UTF-16 LE; at even offsets, UTF-16 BE. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = bytes.length / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return 'utf-16be';
  return null;
}

function decoded(encoding: TextEncoding, text: string, scan?: Utf8Scan): DecodedText {
  return {
    text,
    encoding,
    label: LABELS[encoding],
    invalid: scan?.invalid ?? 0,
    invalidLines: scan?.invalidLines ?? [],
  };
}

/** The text of a file, or null when it is not text (NUL bytes that are not UTF-16). */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decoded('utf-16le', new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decoded('utf-16be', new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom && bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    return utf16 ? decoded(utf16, new TextDecoder(utf16).decode(bytes)) : null;
  }
  const body = bom ? 3 : 0;
  const scan = scanUtf8(bytes, body);
  // In Windows-1258 Vietnamese, bytes 0x80–0xBF are punctuation and rarely follow a letter byte, so
  // valid sequences are rare there; twice as many valid as invalid is UTF-8 with a few damaged bytes.
  if (bom || scan.invalid === 0 || scan.valid > 2 * scan.invalid) {
    return decoded('utf-8', new TextDecoder('utf-8').decode(bytes.subarray(body)), scan);
  }
  // Windows-1258 writes tones as combining marks: compose them as the page and the catalogue do.
  const vietnamese = new TextDecoder('windows-1258').decode(bytes);
  if (STRAY_TONE.test(vietnamese))
    return decoded('windows-1252', new TextDecoder('windows-1252').decode(bytes));
  return decoded('windows-1258', vietnamese.normalize('NFC'));
}

/** A "?" with a letter right after it: a letter the saving program's code page could not hold ("T?ng",
 * "?ai"), never the question mark ending a sentence. Found from the "?" itself: scanning every letter
 * for one costs a second on a file of 50 000 rows. */
const LOST_LETTER = /\?\p{L}/gu;
const WORD = /[\p{L}?]/u;

/**
 * Words whose letters became "?" when the file was saved (Excel's "CSV" on a computer not set to
 * Vietnamese writes Windows-1252, where most Vietnamese letters do not exist): a few examples, or
 * none when fewer than three words show it (a stray "?" in a note is no damage).
 */
export function lostLetters(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.matchAll(LOST_LETTER)) {
    let start = match.index;
    while (start > 0 && WORD.test(text[start - 1])) start--;
    let end = match.index + 1;
    while (end < text.length && WORD.test(text[end])) end++;
    words.add(text.slice(start, end));
    if (words.size >= 3) break;
  }
  return words.size >= 3 ? [...words].slice(0, 2) : [];
}
