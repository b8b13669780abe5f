import { z } from 'zod/mini';

// Reasons a record cannot be migrated reach the options page (quarantine list) and backup refusals, so
// zod speaks Vietnamese there; a check's own message, where it has one, wins over the locale.

export const VIETNAMESE = z.locales.vi().localeError;

/** Parses a record of an older version, throwing an error whose issues are in Vietnamese. */
export function readOld<T extends z.ZodMiniType>(schema: T, raw: unknown): z.infer<T> {
  return schema.parse(raw, { error: VIETNAMESE });
}
