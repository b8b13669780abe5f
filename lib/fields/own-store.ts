import { browser } from 'wxt/browser';
import { inBoth } from '../i18n/both';
import { draftStoreMessages } from '../i18n/messages/draft-store';
import { clean } from '../text';
import { spellingKey } from './keys';
import { type OwnFields, readOwnFields, storedOwnFields } from './own-migrate';
import { type FieldLevel, OWN_FIELDS_KEY, OWN_FIELDS_SCHEMA, type OwnField } from './own-schema';

// The user's own field names in browser.storage.local: written by the background (for the panel,
// lib/fields/own-service.ts) and the options page, read by the content script's checks. Every change
// rewrites the whole record, with what could not be read kept aside as it was, under a lock that both
// extension-origin writers share, so two changes at once cannot lose one.

export type OwnFieldChange = { ok: true; fields: OwnFields } | { ok: false; error: string; errorEn: string };

export async function loadOwnFields(): Promise<OwnFields> {
  return readOwnFields((await browser.storage.local.get(OWN_FIELDS_KEY))[OWN_FIELDS_KEY]);
}

async function change(edit: (fields: OwnFields) => OwnFields): Promise<OwnFieldChange> {
  const write = async (): Promise<OwnFieldChange> => {
    const next = edit(await loadOwnFields());
    await browser.storage.local.set({ [OWN_FIELDS_KEY]: storedOwnFields(next) });
    return { ok: true, fields: next };
  };
  try {
    return await (navigator.locks ? navigator.locks.request(OWN_FIELDS_KEY, write) : write());
  } catch {
    return {
      ok: false,
      error: inBoth(draftStoreMessages, 'draftStore.own.notSaved').vi,
      errorEn: inBoth(draftStoreMessages, 'draftStore.own.notSaved').en,
    };
  }
}

/** The entries with `field` added, or its level changed when the name (spelled any way) is there. */
export function withOwnField(fields: OwnFields, field: OwnField): OwnFields {
  const key = spellingKey(field.name);
  const others = fields.entries.filter((e) => spellingKey(e.name) !== key);
  return { ...fields, entries: [...others, field] };
}

export function addOwnField(name: string, level: FieldLevel, now = new Date()): Promise<OwnFieldChange> {
  const shown = clean(name);
  if (shown === '' || shown.length > 200) {
    return Promise.resolve({
      ok: false,
      error: inBoth(draftStoreMessages, 'draftStore.own.nameLength').vi,
      errorEn: inBoth(draftStoreMessages, 'draftStore.own.nameLength').en,
    });
  }
  const field: OwnField = { schema: OWN_FIELDS_SCHEMA, name: shown, level, addedAt: now.toISOString() };
  return change((fields) => withOwnField(fields, field));
}

export function removeOwnField(name: string): Promise<OwnFieldChange> {
  const key = spellingKey(name);
  return change((fields) => ({
    ...fields,
    entries: fields.entries.filter((e) => spellingKey(e.name) !== key),
  }));
}

/** Merges names from elsewhere (a backup): new names are added, names already there keep their level. */
export function mergeOwnFields(incoming: OwnFields): Promise<OwnFieldChange> {
  return change((fields) => {
    const known = new Set(fields.entries.map((e) => spellingKey(e.name)));
    const added = incoming.entries.filter((e) => !known.has(spellingKey(e.name)));
    const kept = new Set(fields.aside.map((a) => JSON.stringify(a.record)));
    const aside = incoming.aside.filter((a) => !kept.has(JSON.stringify(a.record)));
    return { entries: [...fields.entries, ...added], aside: [...fields.aside, ...aside] };
  });
}

/** Brings stored records written by an older version up to the current schema (the background, at start). */
export async function migrateStoredOwnFields(): Promise<void> {
  const stored = (await browser.storage.local.get(OWN_FIELDS_KEY))[OWN_FIELDS_KEY] as
    | { schema?: unknown }
    | undefined;
  if (stored !== undefined && stored?.schema !== OWN_FIELDS_SCHEMA) await change((fields) => fields);
}

/** Calls back with the entries whenever any page changes them; returns what stops listening. */
export function onOwnFieldsChanged(callback: (fields: OwnFields) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (OWN_FIELDS_KEY in changes) callback(readOwnFields(changes[OWN_FIELDS_KEY].newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
