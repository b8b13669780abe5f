import { z } from 'zod/mini';
import type { TaughtKey } from '../../i18n/messages/taught';
import type { Phrase } from '../../i18n/phrase';
import { invalidReason, type Reason } from '../../storage/keys';
import { structureProblem } from './record';
import { TaughtStructure } from './schema';

// The file one office hands to another: the taught structures, as JSON with a format name and a schema
// version. Read as untrusted: too large, not JSON, another format, a newer schema or one structure
// that does not validate, and the whole file is refused with a reason (lib/i18n/messages/taught.ts, as
// data: the options page says it in its language); nothing is changed.

export const TAUGHT_FILE_FORMAT = 'tro-ly-bao-cao-cau-truc-bieu';
export const TAUGHT_FILE_SCHEMA = 1;
/** A file of taught structures is a few kilobytes; anything much larger is not one. */
export const MAX_FILE_CHARS = 1_000_000;
const MAX_STRUCTURES = 500;

const TaughtFile = z.object({
  format: z.literal(TAUGHT_FILE_FORMAT),
  schema: z.literal(TAUGHT_FILE_SCHEMA),
  structures: z.array(TaughtStructure).check(z.maxLength(MAX_STRUCTURES)),
});

export function taughtFile(structures: TaughtStructure[], now: Date) {
  return {
    format: TAUGHT_FILE_FORMAT,
    schema: TAUGHT_FILE_SCHEMA,
    exportedAt: now.toISOString(),
    structures,
  };
}

export function taughtFileName(now: Date): string {
  return `tro-ly-bao-cao-cau-truc-bieu-${now.toISOString().slice(0, 10)}.json`;
}

/** Why a file is refused: a message of the taught catalogue, its reason possibly a storage one. */
export type Refusal = Phrase<TaughtKey>;

export type TaughtFileRead = { ok: true; structures: TaughtStructure[] } | { ok: false; error: Refusal };

const refuse = (key: TaughtKey, params?: Record<string, string | number | Reason>): TaughtFileRead => ({
  ok: false,
  error: { key: 'taught.file.refused', params: { reason: { key, params } } },
});

export function readTaughtFile(text: string): TaughtFileRead {
  if (text.length > MAX_FILE_CHARS) return refuse('taught.file.tooLarge');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('taught.file.notJson');
  }
  const head = data && typeof data === 'object' ? (data as { format?: unknown; schema?: unknown }) : {};
  if (head.format !== TAUGHT_FILE_FORMAT) return refuse('taught.file.other');
  if (typeof head.schema === 'number' && head.schema > TAUGHT_FILE_SCHEMA)
    return refuse('taught.file.newer', { schema: head.schema });
  const parsed = TaughtFile.safeParse(data);
  if (!parsed.success) return refuse('taught.file.damaged', { reason: invalidReason(parsed.error.issues) });
  const seen = new Set<string>();
  for (const [i, structure] of parsed.data.structures.entries()) {
    const problem = structureProblem(structure);
    if (problem) return refuse('taught.file.structure', { n: i + 1, problem });
    if (seen.has(structure.fingerprint)) return refuse('taught.file.repeated', { n: i + 1 });
    seen.add(structure.fingerprint);
  }
  return { ok: true, structures: parsed.data.structures };
}
