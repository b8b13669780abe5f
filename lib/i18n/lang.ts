import { z } from 'zod/mini';

// The extension's one language setting. Vietnamese whatever the browser's language: the sites are
// Vietnamese, and so are the clerks who use them.

export const Lang = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof Lang>;
export const DEFAULT_LANG: Lang = 'vi';
