import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { lazy } from './lazy';
import { UnitLevel } from './periods/levels';
import { keepAside } from './storage/kept-aside';
import { invalidReason, newerReason, type Reason, STORED, versionOf } from './storage/keys';

// Who the user is for deadlines: the level of their unit, its name, and whether to remind them.
// Kept in browser.storage.local; the options page sets it, the popup and the background read it.
// Versions: 0 — the fields alone; 1 — the same with `schema: 1`. A damaged or newer record reads as
// what can be kept of it, and is kept aside as found before the next save overwrites it.

export const PROFILE_KEY = STORED.profile.key;
const VERSION = STORED.profile.version;

/** Built on first use (lib/lazy.ts): the content script imports this module. */
export const Profile = lazy(() =>
  z.object({
    /** Null until the user picks one. */
    level: z.nullable(UnitLevel()),
    /** The unit's name as the report shows it ("UBND xã Tịnh Khê"). */
    unit: z.string(),
    remindersOn: z.boolean(),
  }),
);
export type Profile = z.infer<ReturnType<typeof Profile>>;

export const EMPTY_PROFILE: Profile = { level: null, unit: '', remindersOn: true };

/** The stored profile; a missing or damaged one reads as empty rather than failing. */
export async function loadProfile(): Promise<Profile> {
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  const parsed = Profile().safeParse(stored);
  return parsed.success ? parsed.data : { ...EMPTY_PROFILE, ...partial(stored) };
}

/** Keeps what can be kept of a damaged record (e.g. a level from an older version is dropped). */
function partial(stored: unknown): Partial<Profile> {
  if (!stored || typeof stored !== 'object') return {};
  const record = stored as Record<string, unknown>;
  const out: Partial<Profile> = {};
  if (typeof record.unit === 'string') out.unit = record.unit;
  if (typeof record.remindersOn === 'boolean') out.remindersOn = record.remindersOn;
  if (UnitLevel().safeParse(record.level).success) out.level = record.level as UnitLevel;
  return out;
}

/** Why the stored record cannot be read as it is, or null when it can (or there is none). */
export function profileProblem(stored: unknown): Reason | null {
  if (stored === undefined) return null;
  const version = versionOf(stored);
  if (version > VERSION) return newerReason(version, VERSION);
  const parsed = Profile().safeParse(stored);
  return parsed.success ? null : invalidReason(parsed.error.issues);
}

export async function saveProfile(profile: Profile, now = new Date()): Promise<void> {
  const next = Profile().parse(profile);
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  const reason = profileProblem(stored);
  if (reason) await keepAside([{ key: PROFILE_KEY, record: stored, reason, at: now.toISOString() }], now);
  await browser.storage.local.set({ [PROFILE_KEY]: { schema: VERSION, ...next } });
}

/** Opens the options page on the first install so the user sets the profile once. */
export function openOptionsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') browser.runtime.openOptionsPage().catch(() => {});
  });
}
