import { z } from 'zod/mini';
import { lazy } from '../lazy';

// The field catalogue (lib/fields/linh-vuc.json): names of administrative-procedure fields as the
// ministries publish them, the local spellings seen on reports, and the fields communes use.

// Built on first use (lib/lazy.ts): the content script imports this module.
export const FieldEntry = lazy(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    /** Other published spellings of the same field. */
    aliases: z.array(z.string()),
    agency: z.nullable(z.string()),
  }),
);

export const FieldCatalogue = lazy(() =>
  z.object({
    about: z.string(),
    entries: z.array(FieldEntry()),
    /** Fields communes report in Quảng Ngãi (names from the provincial decisions). */
    communeLevelInUse: z.array(z.string()),
    /** Local spelling → the name it stands for. */
    localVariants: z.record(z.string(), z.string()),
  }),
);

export type FieldEntry = z.infer<ReturnType<typeof FieldEntry>>;
export type FieldCatalogue = z.infer<ReturnType<typeof FieldCatalogue>>;
