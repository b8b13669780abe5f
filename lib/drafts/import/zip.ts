import { Inflate } from 'fflate';
import { damaged, type Limits, Refusal, tooLargeUnpacked } from './limits';
import type { Work } from './work';

// The zip container of an .xlsx, read from its central directory: which parts there are and how large
// each says it is once unpacked, known before anything is inflated. A part is then inflated in small
// pieces, each handed on as it comes, and stopped as soon as it outgrows the limit or its declared
// size (a directory that lies is a damaged or a crafted file), so a small file that unpacks to
// gigabytes costs no more than the limit.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Unpacked size, as the directory declares it. */
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
  encrypted: boolean;
}

/** Compressed bytes pushed to the inflater at once: at most ~1 000 times as many come out. */
const PIECE = 8 * 1024;
const MAX_ENTRIES = 10_000;

class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw damaged();
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw damaged();
    return this.view.getUint32(at, true);
  }

  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high >= 0x200000) throw damaged();
    return high * 0x1_0000_0000 + low;
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEnd(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (r.bytes[at] === 0x50 && r.u32(at) === EOCD) return at;
  }
  throw damaged();
}

/** Where the central directory is and how many entries it has (ZIP64 when the plain record overflows). */
function directory(r: Reader): { count: number; offset: number } {
  const end = findEnd(r);
  let count = r.u16(end + 10);
  let offset = r.u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && r.u32(end - 20) === ZIP64_LOCATOR) {
    const record = r.u64(end - 20 + 8);
    if (r.u32(record) !== ZIP64_EOCD) throw damaged();
    count = r.u64(record + 32);
    offset = r.u64(record + 48);
  }
  return { count, offset };
}

/** Sizes and offset from a ZIP64 extra field, for the ones the fixed fields mark as 0xFFFFFFFF. */
function zip64Fields(
  r: Reader,
  extra: number,
  extraEnd: number,
  entry: { size: number; compressedSize: number; offset: number },
): void {
  for (let at = extra; at + 4 <= extraEnd; ) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'offset'] as const) {
        if (entry[key] === 0xffffffff && field + 8 <= at + 4 + length) {
          entry[key] = r.u64(field);
          field += 8;
        }
      }
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the archive, by name; throws Refusal when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const r = new Reader(bytes);
  const { count, offset } = directory(r);
  if (count > MAX_ENTRIES) throw damaged();
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL) throw damaged();
    const flags = r.u16(at + 8);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength > bytes.length) throw damaged();
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      size: r.u32(at + 24),
      offset: r.u32(at + 42),
      encrypted: (flags & 1) === 1,
    };
    zip64Fields(r, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.set(entry.name, entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Start of the entry's data, past its local header. */
function dataStart(r: Reader, entry: ZipEntry): number {
  if (r.u32(entry.offset) !== LOCAL) throw damaged();
  const start = entry.offset + 30 + r.u16(entry.offset + 26) + r.u16(entry.offset + 28);
  if (start + entry.compressedSize > r.bytes.length) throw damaged();
  return start;
}

/** Refuses a part before inflating it when its declared size is beyond the limit. */
export function checkDeclaredSize(entry: ZipEntry, limits: Limits): void {
  if (entry.size > limits.partBytes) throw tooLargeUnpacked(entry.size, limits.partBytes);
}

/**
 * Inflates one part, handing each piece to `onData` as it comes. `progress` counts compressed bytes
 * across the parts of one read, for `work`.
 */
export async function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: Limits,
  work: Work,
  progress: { done: number },
  onData: (piece: Uint8Array) => void,
): Promise<number> {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw damaged();
  checkDeclaredSize(entry, limits);
  const start = dataStart(new Reader(bytes), entry);
  const data = bytes.subarray(start, start + entry.compressedSize);
  let produced = 0;
  const take = (piece: Uint8Array) => {
    produced += piece.length;
    if (produced > limits.partBytes) throw tooLargeUnpacked(null, limits.partBytes);
    if (produced > entry.size) throw damaged();
    if (piece.length > 0) onData(piece);
  };
  const inflater = entry.method === 8 ? new Inflate(take) : null;
  let at = 0;
  let last = false;
  while (!last) {
    const piece = data.subarray(at, at + PIECE);
    at += PIECE;
    last = at >= data.length;
    try {
      if (inflater) inflater.push(piece, last);
      else take(piece);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw damaged();
    }
    progress.done += piece.length;
    await work.step(progress.done);
  }
  if (produced !== entry.size) throw damaged();
  return produced;
}
