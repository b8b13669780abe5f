import { z } from 'zod/mini';
import type { Lang } from '../i18n/lang';
import { quarantineMessages } from '../i18n/messages/quarantine';
import { textIn } from '../i18n/translator';
import { StoredReason } from '../storage/stored-reason';
import { schemaOf } from './migrations';
import { Instant, PERIOD_KEY } from './schema';

// A record the store could not read (a migration failed, or a newer version of the extension wrote it
// before a downgrade). It is kept exactly as it was found, shown on the options page, carried in
// backups, and tried again on every open: once a version that reads it is installed it comes back.

export const QuarantineEntry = z.object({
  /** Store key, assigned on insert. */
  seq: z.optional(z.number()),
  /** Where it was found: a draft, or a revision record ({ draftId, replacedAt, draft }). */
  store: z.enum(['drafts', 'revisions']),
  record: z.unknown(),
  /** Why it could not be read (its keys: lib/i18n/messages/quarantine.ts). */
  reason: StoredReason(),
  /** When it was set aside. */
  at: Instant,
});

export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** The reason in the page's language; an old stored sentence as it was written. */
export function reasonIn(reason: QuarantineEntry['reason'], lang: Lang): string {
  return typeof reason === 'string' ? reason : textIn(quarantineMessages, lang, reason);
}

/** The draft inside a quarantined record, as unknown as the record itself. */
export function draftOf(entry: Pick<QuarantineEntry, 'store' | 'record'>): unknown {
  return entry.store === 'revisions' ? (entry.record as { draft?: unknown } | null)?.draft : entry.record;
}

/** What the user can recognise of an unreadable draft: each field only where it is readable text. */
export interface QuarantineSummary {
  kind: 'draft' | 'revision';
  form?: string;
  /** A period key when it is one, else the text as found. */
  period?: string;
  periodIsKey: boolean;
  unit?: string;
  savedAt?: string;
  /** The record's own version number (0 when it has none). */
  schema: number;
}

export function describeQuarantined(entry: Pick<QuarantineEntry, 'store' | 'record'>): QuarantineSummary {
  const draft = draftOf(entry);
  const field = (name: string): string | undefined => {
    const value = draft && typeof draft === 'object' ? (draft as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const period = field('period');
  const savedAt = field('savedAt');
  return {
    kind: entry.store === 'revisions' ? 'revision' : 'draft',
    form: field('form'),
    period,
    periodIsKey: period !== undefined && PERIOD_KEY.test(period),
    unit: field('unit'),
    savedAt: savedAt && Instant.safeParse(savedAt).success ? savedAt : undefined,
    schema: schemaOf(draft),
  };
}

/** The same record kept twice (a backup imported again) is kept once. */
export function sameQuarantined(
  a: Pick<QuarantineEntry, 'store' | 'record'>,
  b: Pick<QuarantineEntry, 'store' | 'record'>,
): boolean {
  return a.store === b.store && JSON.stringify(a.record) === JSON.stringify(b.record);
}
