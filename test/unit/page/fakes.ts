import { draftId } from '@/lib/drafts/key';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftInput } from '@/lib/drafts/schema';
import type { PageSettings } from '@/lib/page/report-page';
import type { ContextSources } from '@/lib/rules/gather';
import { readSettings, type Settings } from '@/lib/settings';

// What the page tests hand a report page instead of the browser: the session's copy of the settings,
// rule context sources with a profile and nothing else, and a draft store in a Map.

/** The session's copy of the settings, as a report page reads and changes it. */
export function pageSettings(onUpdate: (next: Settings) => void = () => {}): PageSettings {
  let current = readSettings(undefined);
  return {
    get current() {
      return current;
    },
    update(change) {
      current = { ...current, ...change };
      onUpdate(current);
    },
  };
}

/** A profile of a commune and no applied dispatch or other drafts. */
export function quietContext(unit = 'UBND xã Tịnh Ấn Tây'): ContextSources {
  return {
    profile: async () => ({ level: 'xa', unit, remindersOn: true }),
    applied: async () => ({}),
    draft: async () => null,
    drafts: async () => [],
  };
}

/** Saves `input` into `drafts` as the store would: the next revision of its id, at a fixed time. */
export function storeDraft(drafts: Map<string, Draft>, input: DraftInput, savedAt: string): Draft {
  const id = draftId(input.form, input.period, input.unit);
  const draft: Draft = {
    ...input,
    schema: DRAFT_SCHEMA_VERSION,
    id,
    name: '',
    savedAt,
    revision: (drafts.get(id)?.revision ?? 0) + 1,
  };
  drafts.set(id, draft);
  return draft;
}
