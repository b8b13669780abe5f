import type { KeptAsideEntry } from '../../storage/kept-aside';
import { invalidReason, newerReason, STORED, versionOf } from '../../storage/keys';
import { formOfVersionId } from '../catalogue';
import { TaughtStructure, type TaughtStructures } from './schema';

// The stored taught structures, read structure by structure. Versions (migrations in order):
//   0 — { [fingerprint]: TaughtStructure } (the shape before versions);
//   1 — { schema: 1, structures: { [fingerprint]: TaughtStructure } }.
// One that fails validation is returned in `bad`, to be kept aside before the next write; the others
// read as they are. A value written by a newer version is kept aside whole and reads as none taught.

const VERSION = STORED.taught.version;
const KEY = STORED.taught.key;

/** Why a parsed structure cannot be used as stored under `fingerprint`, or null. */
export function structureProblem(structure: TaughtStructure, fingerprint?: string): string | null {
  if (fingerprint !== undefined && structure.fingerprint !== fingerprint)
    return `Cấu trúc ghi dấu nhận dạng ${structure.fingerprint} nhưng được lưu ở ${fingerprint}.`;
  const form = formOfVersionId(structure.form);
  if (form?.structure !== 'known') return `Tiện ích không có mẫu ${structure.form} để đối chiếu các cột.`;
  const numbers = new Set(form.columns.map((c) => c.number));
  const unknown = structure.columns.find((c) => c.form !== null && !numbers.has(c.form));
  if (unknown) return `Mẫu ${structure.form} không có cột (${unknown.form}).`;
  if (new Set(structure.columns.map((c) => c.number)).size !== structure.columns.length)
    return 'Có hai cột cùng số trên trang.';
  return null;
}

/** The stored value's structures by version: the migration path from every older shape. */
function structuresOf(stored: object, version: number): unknown {
  if (version === 0) return stored;
  return (stored as { structures?: unknown }).structures;
}

export function readTaughtRecord(
  stored: unknown,
  now: Date,
): { structures: TaughtStructures; bad: KeptAsideEntry[] } {
  const at = now.toISOString();
  if (stored === undefined || stored === null) return { structures: {}, bad: [] };
  const whole = (reason: KeptAsideEntry['reason']) => ({
    structures: {},
    bad: [{ key: KEY, record: stored, reason, at }],
  });
  if (typeof stored !== 'object' || Array.isArray(stored))
    return whole('Không phải danh sách cấu trúc biểu.');
  const version = versionOf(stored);
  if (version > VERSION) return whole(newerReason(version, VERSION));
  const records = structuresOf(stored, version);
  if (!records || typeof records !== 'object' || Array.isArray(records))
    return whole('Không có danh sách cấu trúc biểu.');
  const structures: TaughtStructures = {};
  const bad: KeptAsideEntry[] = [];
  for (const [fingerprint, record] of Object.entries(records as Record<string, unknown>)) {
    const parsed = TaughtStructure.safeParse(record);
    const reason = parsed.success
      ? structureProblem(parsed.data, fingerprint)
      : invalidReason(parsed.error.issues);
    if (parsed.success && !reason) structures[fingerprint] = parsed.data;
    else bad.push({ key: KEY, item: fingerprint, record, reason: reason ?? '', at });
  }
  return { structures, bad };
}

/** The value written now. */
export function taughtRecord(structures: TaughtStructures) {
  return { schema: VERSION, structures };
}
