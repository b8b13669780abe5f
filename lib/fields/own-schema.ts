import { z } from 'zod/mini';
import { lazy } from '../lazy';

// Field names the user taught the extension ("thêm vào danh mục của tôi"), each with the level that
// handles it. Stored in browser.storage.local (the content script reads them like the catalogue) and
// carried in the backup file. Every record carries the schema version it was written in.

export const OWN_FIELDS_KEY = 'tlbc:own-fields';
/** Version of OwnField; a change to its shape adds a numbered step in own-migrate.ts. */
export const OWN_FIELDS_SCHEMA = 1;

/** Who handles the field: communes, provincial departments, or both (field-level reads it). */
export const FIELD_LEVELS = ['xa', 'tinh', 'moi-cap'] as const;
export const FieldLevel = z.enum(FIELD_LEVELS);

// The records' schemas are built on first use (lib/lazy.ts): the content script imports this module.
const fields = () => ({
  /** The name as the user added it (NFC, trimmed). */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  level: z.enum(FIELD_LEVELS),
  /** ISO time it was added. */
  addedAt: z.string(),
});

/** What a record says once migrated, whatever version wrote it. */
export const OwnFieldBody = lazy(() => z.object(fields()));
export const OwnField = lazy(() => z.object({ schema: z.literal(OWN_FIELDS_SCHEMA), ...fields() }));

/** A stored record that could not be read: kept as it was, with the reason, never dropped. */
export const AsideRecord = lazy(() =>
  z.object({ record: z.unknown(), reason: z.string(), reasonEn: z.string() }),
);

export type FieldLevel = z.infer<typeof FieldLevel>;
export type OwnField = z.infer<ReturnType<typeof OwnField>>;
export type AsideRecord = z.infer<ReturnType<typeof AsideRecord>>;

/**
 * The entries the checks use, read without the migration machinery (the content script's bundle
 * stays small): only records of the current schema. Older ones are brought up by the background at
 * start (lib/fields/own-store.ts), damaged ones are kept aside there.
 */
export function currentOwnFields(stored: unknown): OwnField[] {
  const entries = (stored as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => {
    const parsed = OwnField().safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
