import type { KeptAsideEntry } from '../../storage/kept-aside';
import { invalidReason, newerReason, type Reason, STORED, versionOf } from '../../storage/keys';
import { formOfVersionId } from '../catalogue';
import { TaughtStructure, type TaughtStructures } from './schema';

// The stored taught structures, read structure by structure. Versions (migrations in order):
//   0 — { [fingerprint]: TaughtStructure } (the shape before versions);
//   1 — { schema: 1, structures: { [fingerprint]: TaughtStructure } }.
// One that fails validation is returned in `bad`, to be kept aside before the next write; the others
// read as they are. A value written by a newer version is kept aside whole and reads as none taught.

const VERSION = STORED.taught.version;
const KEY = STORED.taught.key;

/** Why a parsed structure cannot be used as stored under `fingerprint`, or null; as data, said in
 * the reader's language (a kept-aside reason, a file refusal, the editor's status). */
export function structureProblem(structure: TaughtStructure, fingerprint?: string): Reason | null {
  if (fingerprint !== undefined && structure.fingerprint !== fingerprint)
    return {
      key: 'storage.taught.otherFingerprint',
      params: { written: structure.fingerprint, stored: fingerprint },
    };
  const form = formOfVersionId(structure.form);
  if (form?.structure !== 'known') return { key: 'storage.taught.noForm', params: { form: structure.form } };
  const numbers = new Set(form.columns.map((c) => c.number));
  const unknown = structure.columns.find((c) => c.form !== null && !numbers.has(c.form));
  if (unknown)
    return { key: 'storage.taught.noColumn', params: { form: structure.form, column: unknown.form ?? '' } };
  if (new Set(structure.columns.map((c) => c.number)).size !== structure.columns.length)
    return { key: 'storage.taught.sameNumber' };
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
  if (typeof stored !== 'object' || Array.isArray(stored)) return whole({ key: 'storage.taught.notList' });
  const version = versionOf(stored);
  if (version > VERSION) return whole(newerReason(version, VERSION));
  const records = structuresOf(stored, version);
  if (!records || typeof records !== 'object' || Array.isArray(records))
    return whole({ key: 'storage.taught.noList' });
  const structures: TaughtStructures = {};
  const bad: KeptAsideEntry[] = [];
  for (const [fingerprint, record] of Object.entries(records as Record<string, unknown>)) {
    const parsed = TaughtStructure.safeParse(record);
    const reason = parsed.success
      ? structureProblem(parsed.data, fingerprint)
      : invalidReason(parsed.error.issues);
    if (!reason && parsed.success) structures[fingerprint] = parsed.data;
    else if (reason) bad.push({ key: KEY, item: fingerprint, record, reason, at });
  }
  return { structures, bad };
}

/** The value written now. */
export function taughtRecord(structures: TaughtStructures) {
  return { schema: VERSION, structures };
}
