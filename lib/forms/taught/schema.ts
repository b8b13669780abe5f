import { z } from 'zod/mini';

// A structure the user taught (issue 16, item 3): how the columns of a page whose header matches no
// shipped definition correspond to a known form version's columns. Keyed by the page's header
// fingerprint (fingerprint.ts); stored in the extension's storage (store.ts), moved between offices as
// a small file (file.ts). Everything here is validated on read: a stored record and an imported file
// are both untrusted.

/** The most page columns a taught structure may have (a report form has about 15). */
export const MAX_COLUMNS = 200;
const MAX_TEXT = 500;

// No messages of its own: a record or file that fails is reported by the paths at fault
// (lib/storage/keys.ts invalidReason), in the reader's language.
const Text = z.string().check(z.maxLength(MAX_TEXT));

export const TaughtColumn = z.object({
  /** The page's column number (its numbering row, or position + 1). */
  number: z.int().check(z.minimum(1), z.maximum(10_000)),
  /** Its header path as shown ("Số hồ sơ nhận giải quyết / Trực tuyến"). */
  header: Text,
  /** The form version's column number it is; null: "không có trong mẫu" (not in the form). */
  form: z.nullable(z.int().check(z.minimum(1), z.maximum(10_000))),
});

export const TaughtStructure = z.object({
  /** fingerprint.ts: 16 hex digits of the header paths and the form code. */
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  /** The form version the columns correspond to ("II.06a/VPCP/KSTT@01/2020"). */
  form: Text,
  /** The code read on the page ("II.06a/VPCP/KSTT"). */
  code: Text,
  /** One entry per page column, in page order. */
  columns: z.array(TaughtColumn).check(z.minLength(1), z.maxLength(MAX_COLUMNS)),
  /** When it was confirmed (ISO time). */
  taughtAt: z.iso.datetime({ offset: true }),
});

export type TaughtColumn = z.infer<typeof TaughtColumn>;
export type TaughtStructure = z.infer<typeof TaughtStructure>;
/** Fingerprint → structure. */
export type TaughtStructures = Record<string, TaughtStructure>;
