import { z } from 'zod/mini';
import { invalidReason } from '../../storage/keys';
import { structureProblem } from './record';
import { TaughtStructure } from './schema';

// The file one office hands to another: the taught structures, as JSON with a format name and a schema
// version. Read as untrusted: too large, not JSON, another format, a newer schema or one structure
// that does not validate, and the whole file is refused with a Vietnamese reason; nothing is changed.

export const TAUGHT_FILE_FORMAT = 'tro-ly-bao-cao-cau-truc-bieu';
export const TAUGHT_FILE_SCHEMA = 1;
/** A file of taught structures is a few kilobytes; anything much larger is not one. */
export const MAX_FILE_CHARS = 1_000_000;
const MAX_STRUCTURES = 500;

const TaughtFile = z.object({
  format: z.literal(TAUGHT_FILE_FORMAT),
  schema: z.literal(TAUGHT_FILE_SCHEMA),
  structures: z.array(TaughtStructure).check(z.maxLength(MAX_STRUCTURES, 'quá nhiều cấu trúc')),
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

export type TaughtFileRead =
  | { ok: true; structures: TaughtStructure[] }
  | { ok: false; error: string; errorEn: string };

const refuse = (error: string, errorEn: string): TaughtFileRead => ({
  ok: false,
  error: `${error} Không có gì bị thay đổi.`,
  errorEn: `${errorEn} Nothing was changed.`,
});

export function readTaughtFile(text: string): TaughtFileRead {
  if (text.length > MAX_FILE_CHARS)
    return refuse('Tệp quá lớn để là tệp cấu trúc biểu.', 'The file is too large to be a structures file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('Tệp không phải JSON đọc được.', 'The file is not readable JSON.');
  }
  const head = data && typeof data === 'object' ? (data as { format?: unknown; schema?: unknown }) : {};
  if (head.format !== TAUGHT_FILE_FORMAT)
    return refuse(
      'Tệp này không phải tệp cấu trúc biểu đã dạy của Trợ lý Báo cáo.',
      'This is not a Trợ lý Báo cáo taught-structures file.',
    );
  if (typeof head.schema === 'number' && head.schema > TAUGHT_FILE_SCHEMA)
    return refuse(
      `Tệp được tạo bởi phiên bản mới hơn của tiện ích (cấu trúc ${head.schema}).`,
      `The file was made by a newer version of the extension (schema ${head.schema}).`,
    );
  const parsed = TaughtFile.safeParse(data);
  if (!parsed.success)
    return refuse(`Tệp bị hỏng. ${invalidReason(parsed.error.issues)}`, 'The file is damaged.');
  const seen = new Set<string>();
  for (const [i, structure] of parsed.data.structures.entries()) {
    const problem = structureProblem(structure);
    if (problem) return refuse(`Cấu trúc thứ ${i + 1}: ${problem}`, `Structure ${i + 1} cannot be used.`);
    if (seen.has(structure.fingerprint))
      return refuse(
        `Cấu trúc thứ ${i + 1} trùng dấu nhận dạng với một cấu trúc trước nó.`,
        `Structure ${i + 1} repeats an earlier one's fingerprint.`,
      );
    seen.add(structure.fingerprint);
  }
  return { ok: true, structures: parsed.data.structures };
}
