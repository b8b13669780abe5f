import { z } from 'zod/mini';
import { lazy } from '../lazy';

// Why a stored record could not be read, kept beside it (the drafts' quarantine, the records kept
// aside): a message key with its params, or, as versions before the English page wrote it, a
// Vietnamese sentence shown as it is. Built on first use (lib/lazy.ts).
export const StoredReason = lazy(() =>
  z.union([
    z.string(),
    z.object({
      key: z.string(),
      params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    }),
  ]),
);
