// The names of the streams in an OLE compound file (the container of old .xls, and of a password-
// protected .xlsx). A real old workbook holds a "Workbook" (or "Book") stream; Excel's encryption puts
// the whole .xlsx into "EncryptedPackage" next to "EncryptionInfo". Only the directory is read,
// following the sector chains with every index checked, so a damaged file gives null, never a loop.

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers from here up are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT = 109;
const ENTRY = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Stream and storage names of the directory, or null when the file is not a readable compound file. */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes) || bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor((bytes.length - size) / size);
  const sectorAt = (id: number) => (id + 1) * size;
  const valid = (id: number) => id < MAX_SECTOR && id < sectors;

  // FAT sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) {
    const id = u32(0x4c + i * 4);
    if (valid(id)) fatSectors.push(id);
  }
  let difat = u32(0x44);
  for (let hops = 0; valid(difat) && hops <= sectors; hops++) {
    const at = sectorAt(difat);
    for (let i = 0; i < size / 4 - 1; i++) {
      const id = u32(at + i * 4);
      if (valid(id)) fatSectors.push(id);
    }
    difat = u32(at + size - 4);
  }
  const next = (id: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(id / perSector)];
    if (fat === undefined) return END_OF_CHAIN;
    return u32(sectorAt(fat) + (id % perSector) * 4);
  };

  const names: string[] = [];
  let sector = u32(0x30);
  for (let hops = 0; valid(sector); hops++) {
    if (hops > sectors) return null;
    const at = sectorAt(sector);
    for (let e = 0; e < size / ENTRY; e++) {
      const entry = at + e * ENTRY;
      const length = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length / 2 - 1; i++)
        name += String.fromCharCode(view.getUint16(entry + i * 2, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names.length > 0 ? names : null;
}
