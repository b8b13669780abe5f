import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { UnitLevel } from './periods/levels';

// Who the user is for deadlines: the level of their unit, its name, and whether to remind them.
// Kept in browser.storage.local; the options page sets it, the popup and the background read it.

export const PROFILE_KEY = 'tlbc:profile';

export const Profile = z.object({
  /** Null until the user picks one. */
  level: z.nullable(UnitLevel),
  /** The unit's name as the report shows it ("UBND xã Tịnh Khê"). */
  unit: z.string(),
  remindersOn: z.boolean(),
});
export type Profile = z.infer<typeof Profile>;

export const EMPTY_PROFILE: Profile = { level: null, unit: '', remindersOn: true };

/** The stored profile; a missing or damaged one reads as empty rather than failing. */
export async function loadProfile(): Promise<Profile> {
  const stored = (await browser.storage.local.get(PROFILE_KEY))[PROFILE_KEY];
  const parsed = Profile.safeParse(stored);
  return parsed.success ? parsed.data : { ...EMPTY_PROFILE, ...partial(stored) };
}

/** Keeps what can be kept of a damaged record (e.g. a level from an older version is dropped). */
function partial(stored: unknown): Partial<Profile> {
  if (!stored || typeof stored !== 'object') return {};
  const record = stored as Record<string, unknown>;
  const out: Partial<Profile> = {};
  if (typeof record.unit === 'string') out.unit = record.unit;
  if (typeof record.remindersOn === 'boolean') out.remindersOn = record.remindersOn;
  if (UnitLevel.safeParse(record.level).success) out.level = record.level as UnitLevel;
  return out;
}

export async function saveProfile(profile: Profile): Promise<void> {
  await browser.storage.local.set({ [PROFILE_KEY]: Profile.parse(profile) });
}

/** Opens the options page on the first install so the user sets the profile once. */
export function openOptionsOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') browser.runtime.openOptionsPage().catch(() => {});
  });
}
