import type { TableModel } from '../../table/model';
import { normaliseFormCode } from '../code';
import { pageColumns } from '../match';

// A page's header fingerprint: a stable hash of its columns' header paths (reduced to their words, so
// NFC/NFD, case and punctuation variants of one header give one fingerprint) and the form code. The
// same page structure seen again, in another office's browser, has the same fingerprint; any column
// added, removed, renamed or moved gives another.

/** 32-bit FNV-1a of a string's UTF-16 units, from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** What the fingerprint hashes: the code, then one line of header words per column. */
export function fingerprintText(model: TableModel, code: string): string {
  const columns = pageColumns(model).map((c) => [...c.ancestors, c.leaf].join('/'));
  return [normaliseFormCode(code) ?? code, ...columns].join('\n');
}

/** 16 hex digits: two FNV-1a hashes with different seeds. */
export function headerFingerprint(model: TableModel, code: string): string {
  const text = fingerprintText(model, code);
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x9747b28c));
}
