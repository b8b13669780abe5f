import { inBoth } from '../i18n/both';
import type { Params } from '../i18n/message';
import { type DraftStoreKey, draftStoreMessages } from '../i18n/messages/draft-store';
import { clean } from '../text';
import { spellingKey } from './keys';
import {
  type AsideRecord,
  AsideRecord as AsideSchema,
  OWN_FIELDS_SCHEMA,
  type OwnField,
  OwnFieldBody,
} from './own-schema';

// Reading the user's own field names from storage or from a backup: each record is brought up to the
// current schema by numbered steps, then validated on its own. A record that fails is kept aside with
// the reason (and written back as it was), so one damaged record never costs the others.

/** `steps[n - 1]` turns a record of schema n into one of schema n + 1. None yet: schema 1 is the first. */
export type Step = (record: Record<string, unknown>) => Record<string, unknown>;
export const OWN_FIELD_STEPS: readonly Step[] = [];

export interface OwnFields {
  entries: OwnField[];
  aside: AsideRecord[];
}

export const NO_OWN_FIELDS: OwnFields = { entries: [], aside: [] };

/** Kept aside, with why in both languages (the record stores both: it is read again later). */
function aside(record: unknown, key: DraftStoreKey, params?: Params): AsideRecord {
  const said = inBoth(draftStoreMessages, key, params);
  return { record, reason: said.vi, reasonEn: said.en };
}

/** One record in schema `from`, migrated and validated. */
export function migrateOwnField(
  record: unknown,
  from: number,
  steps: readonly Step[] = OWN_FIELD_STEPS,
): { ok: true; field: OwnField } | { ok: false; aside: AsideRecord } {
  const current = steps.length + 1;
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, aside: aside(record, 'draftStore.own.notEntry') };
  }
  let value = record as Record<string, unknown>;
  const version = typeof value.schema === 'number' ? value.schema : from;
  if (!Number.isInteger(version) || version < 1 || version > current) {
    return {
      ok: false,
      aside: aside(record, 'draftStore.own.newer', { version: String(version) }),
    };
  }
  for (let v = version; v < current; v++) value = { ...steps[v - 1](value), schema: v + 1 };
  const parsed = OwnFieldBody().safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.');
    if (!where) return { ok: false, aside: aside(record, 'draftStore.own.damagedEntry') };
    return { ok: false, aside: aside(record, 'draftStore.own.invalidField', { field: where }) };
  }
  const name = clean(parsed.data.name);
  if (name === '') return { ok: false, aside: aside(record, 'draftStore.own.emptyName') };
  return { ok: true, field: { ...parsed.data, name, schema: OWN_FIELDS_SCHEMA } };
}

/** A list of records written in schema `from`: valid ones (one per name, first kept) and the rest aside. */
export function readOwnFieldList(records: unknown[], from: number, steps?: readonly Step[]): OwnFields {
  const out: OwnFields = { entries: [], aside: [] };
  const seen = new Set<string>();
  for (const record of records) {
    const read = migrateOwnField(record, from, steps);
    if (!read.ok) out.aside.push(read.aside);
    else if (!seen.has(spellingKey(read.field.name))) {
      seen.add(spellingKey(read.field.name));
      out.entries.push(read.field);
    }
  }
  return out;
}

/** The stored value (`{ schema, entries, aside }`), or nothing stored yet. */
export function readOwnFields(stored: unknown, steps?: readonly Step[]): OwnFields {
  if (stored === undefined || stored === null) return NO_OWN_FIELDS;
  const value = stored as { schema?: unknown; entries?: unknown; aside?: unknown };
  if (typeof stored !== 'object' || !Array.isArray(value.entries)) {
    return { entries: [], aside: [aside(stored, 'draftStore.own.damaged')] };
  }
  const from = typeof value.schema === 'number' ? value.schema : 1;
  const read = readOwnFieldList(value.entries, from, steps);
  // Records kept aside earlier are tried again: a newer version of the extension may read them now.
  const kept = Array.isArray(value.aside) ? value.aside : [];
  for (const record of kept) {
    const parsed = AsideSchema().safeParse(record);
    if (!parsed.success) {
      read.aside.push(aside(record, 'draftStore.own.damagedEntry'));
      continue;
    }
    const again = migrateOwnField(parsed.data.record, from, steps);
    if (!again.ok) read.aside.push(parsed.data);
    else if (!read.entries.some((e) => spellingKey(e.name) === spellingKey(again.field.name)))
      read.entries.push(again.field);
  }
  return read;
}

/** What goes back into storage: current schema, the records kept aside exactly as they were. */
export function storedOwnFields(fields: OwnFields): {
  schema: number;
  entries: OwnField[];
  aside: AsideRecord[];
} {
  return { schema: OWN_FIELDS_SCHEMA, entries: fields.entries, aside: fields.aside };
}
