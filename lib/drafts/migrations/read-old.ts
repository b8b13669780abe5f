import type { z } from 'zod/mini';

// A record of an older version is read with its own schema; a failure throws zod's error, whose first
// issue (path and check, not zod's wording) becomes the quarantine reason (./reason.ts).

/** Parses a record of an older version, throwing zod's error when it does not fit. */
export function readOld<T extends z.ZodMiniType>(schema: T, raw: unknown): z.infer<T> {
  return schema.parse(raw);
}
