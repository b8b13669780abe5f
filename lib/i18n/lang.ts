import { z } from 'zod/mini';

// The extension's one language setting. Vietnamese whatever the browser's language: the sites are
// Vietnamese, and so are the clerks who use them.

/** The languages, for schemas built on first use (lib/settings.ts): `Lang` itself is built at load. */
export const LANGS = ['vi', 'en'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;
export const DEFAULT_LANG: Lang = 'vi';
