import { z } from 'zod/mini';
import { DEFAULT_LANG, LANGS } from './i18n/lang';
import { lazy } from './lazy';
import { invalidReason, newerReason, type Reason, STORED, versionOf } from './storage/keys';

// Per-user panel settings kept in browser.storage.local: which sites have the checks switched off,
// where the panel is docked, whether it is collapsed, and the extension's language (lib/i18n/language.ts).
// Versions: 0 — the fields alone; 1 — the same with `schema: 1`.

export const SETTINGS_KEY = STORED.settings.key;
export const SETTINGS_VERSION = STORED.settings.version;

/** Built on first use (lib/lazy.ts): the content script imports this module. */
export const Settings = lazy(() =>
  z.object({
    disabledSites: z._default(z.array(z.string()), []),
    dock: z._default(z.enum(['left', 'right']), 'right'),
    collapsed: z._default(z.boolean(), false),
    lang: z._default(z.enum(LANGS), DEFAULT_LANG),
  }),
);

export type Settings = z.infer<ReturnType<typeof Settings>>;

/** Reads settings from a stored value; anything malformed falls back to the defaults field by field. */
export function readSettings(stored: unknown): Settings {
  const settings = Settings().parse({});
  if (!stored || typeof stored !== 'object') return settings;
  const record = stored as Record<string, unknown>;
  const shape = Settings().shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    const field = shape[key].safeParse(record[key]);
    if (field.success) Object.assign(settings, { [key]: field.data });
  }
  return settings;
}

/** Why a stored record cannot be read whole (a field is damaged, or a newer version wrote it). */
export function settingsProblem(stored: unknown): Reason | null {
  if (stored === undefined) return null;
  const version = versionOf(stored);
  if (version > SETTINGS_VERSION) return newerReason(version, SETTINGS_VERSION);
  if (!stored || typeof stored !== 'object') return invalidReason([{ path: [] }]);
  const record = stored as Record<string, unknown>;
  const shape = Settings().shape;
  const bad = (Object.keys(shape) as (keyof Settings)[]).filter(
    (key) => key in record && !shape[key].safeParse(record[key]).success,
  );
  return bad.length ? invalidReason(bad.map((key) => ({ path: [key] }))) : null;
}

export function checksEnabled(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host);
}

/** The two sites the checks run on (the content script's matches). */
export { REPORT_HOSTS, REPORT_MATCHES } from './sites';

/** Settings with the checks switched on or off for one site. */
export function withSite(settings: Settings, host: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}
