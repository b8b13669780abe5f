import { migrateDraft, schemaOf } from './migrations';
import { draftOf } from './quarantine';
import { DRAFT_SCHEMA_VERSION, readInstant } from './schema';
import { addRevisionUnlessKnown, adoptOrphans, mergeIn, type Tx } from './store-tx';

// What every open does before the store serves anything, in one transaction (store.ts openDraftStore
// refuses to serve when it fails, so no record of an older shape is ever handed out):
// 1. quarantined records this version can read come back (a downgrade undone, a migration fixed);
// 2. drafts and revisions of older schema versions are migrated, or quarantined with the reason;
// 3. revisions left without their draft become drafts, so nothing stored is invisible.

export async function migrateStored(tx: Tx, at: string): Promise<void> {
  await rescueQuarantined(tx, at);
  const drafts = tx.objectStore('drafts');
  for (const key of await drafts.getAllKeys()) {
    const raw: unknown = await drafts.get(key);
    if (schemaOf(raw) === DRAFT_SCHEMA_VERSION) continue;
    const migrated = migrateDraft(raw);
    await drafts.delete(key);
    if (migrated.ok) await mergeIn(tx, migrated.draft, at);
    else
      await tx.objectStore('quarantine').add({ store: 'drafts', record: raw, reason: migrated.reason, at });
  }
  const revisions = tx.objectStore('revisions');
  for (const revision of await revisions.getAll()) {
    if (schemaOf(revision.draft) === DRAFT_SCHEMA_VERSION) continue;
    const migrated = migrateDraft(revision.draft);
    if (migrated.ok) {
      // A time that is not one (an older import took any text) becomes the time of this migration.
      const replaced = readInstant(revision.replacedAt);
      const replacedAt = replaced.ok ? replaced.at : at;
      await revisions.put({ ...revision, draftId: migrated.draft.id, replacedAt, draft: migrated.draft });
    } else {
      await revisions.delete(revision.seq!);
      await tx
        .objectStore('quarantine')
        .add({ store: 'revisions', record: revision, reason: migrated.reason, at });
    }
  }
  await adoptOrphans(tx);
}

async function rescueQuarantined(tx: Tx, at: string): Promise<void> {
  const quarantine = tx.objectStore('quarantine');
  for (const entry of await quarantine.getAll()) {
    const migrated = migrateDraft(draftOf(entry));
    if (!migrated.ok) continue;
    if (entry.store === 'drafts') await mergeIn(tx, migrated.draft, at);
    else {
      const replaced = readInstant(String((entry.record as { replacedAt?: unknown }).replacedAt));
      const replacedAt = replaced.ok ? replaced.at : at;
      await addRevisionUnlessKnown(tx, { draftId: migrated.draft.id, replacedAt, draft: migrated.draft });
    }
    await quarantine.delete(entry.seq!);
  }
}
