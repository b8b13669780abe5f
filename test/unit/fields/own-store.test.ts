import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '@/lib/drafts/backup';
import { importOwnFields, ownFieldsInBackup, withOwnFields } from '@/lib/fields/own-backup';
import { OWN_FIELDS_KEY } from '@/lib/fields/own-schema';
import { startOwnFieldService } from '@/lib/fields/own-service';
import {
  addOwnField,
  loadOwnFields,
  migrateStoredOwnFields,
  onOwnFieldsChanged,
  removeOwnField,
} from '@/lib/fields/own-store';
import { fieldTools } from '@/lib/fields/panel-tools';
import { backupMessages } from '@/lib/i18n/messages/backup';
import { textIn } from '@/lib/i18n/translator';
import { shown } from '@/lib/panel/strings';

// The own field names in extension storage: added, re-levelled, removed, carried through a backup,
// with damaged records kept aside through every change.

const NOW = new Date('2027-03-12T02:00:00.000Z');
const stored = async () => (await browser.storage.local.get(OWN_FIELDS_KEY))[OWN_FIELDS_KEY];

beforeEach(() => fakeBrowser.reset());

describe('own field names in storage', () => {
  it('adds a name with its level, changes the level when added again, and removes it', async () => {
    await addOwnField('Quản lý chợ', 'xa', NOW);
    expect(await stored()).toEqual({
      schema: 1,
      entries: [{ schema: 1, name: 'Quản lý chợ', level: 'xa', addedAt: NOW.toISOString() }],
      aside: [],
    });
    await addOwnField('quản lý chợ', 'moi-cap', NOW);
    expect((await loadOwnFields()).entries.map((e) => [e.name, e.level])).toEqual([
      ['quản lý chợ', 'moi-cap'],
    ]);
    await removeOwnField('Quản lý chợ');
    expect((await loadOwnFields()).entries).toEqual([]);
  });

  it('refuses an empty name with a Vietnamese message and stores nothing', async () => {
    const reply = await addOwnField('   ', 'xa');
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Tên lĩnh vực') });
    expect(await stored()).toBeUndefined();
  });

  it('keeps records it cannot read through every change, never wiping them', async () => {
    const damaged = { schema: 1, name: 'Điện', level: 'huyen' };
    await browser.storage.local.set({ [OWN_FIELDS_KEY]: { schema: 1, entries: [damaged], aside: [] } });
    await addOwnField('Nước sạch', 'xa', NOW);
    await removeOwnField('Nước sạch');
    const read = await loadOwnFields();
    expect(read.entries).toEqual([]);
    expect(read.aside.map((a) => a.record)).toEqual([damaged]);
  });

  it('the background brings an unversioned store up to the current schema at start', async () => {
    await browser.storage.local.set({
      [OWN_FIELDS_KEY]: { entries: [{ name: 'Chợ', level: 'xa', addedAt: NOW.toISOString() }] },
    });
    await migrateStoredOwnFields();
    expect(await stored()).toEqual({
      schema: 1,
      entries: [{ schema: 1, name: 'Chợ', level: 'xa', addedAt: NOW.toISOString() }],
      aside: [],
    });
  });

  it('tells listeners when any page changes the list', async () => {
    const seen: string[][] = [];
    const stop = onOwnFieldsChanged((fields) => seen.push(fields.entries.map((e) => e.name)));
    await addOwnField('Chợ', 'xa', NOW);
    stop();
    await addOwnField('Điện', 'xa', NOW);
    expect(seen).toEqual([['Chợ']]);
  });

  it('the panel adds through the background, which validates the request', async () => {
    startOwnFieldService();
    const tools = fieldTools();
    const said = await tools.add('Quản lý chợ', 'xa');
    expect(shown(said, 'vi')).toContain('Đã thêm «Quản lý chợ» (Cấp xã)');
    expect(shown(said, 'en')).toContain('Added «Quản lý chợ» (Commune level)');
    expect((await loadOwnFields()).entries.map((e) => e.name)).toEqual(['Quản lý chợ']);
    const bad = await browser.runtime.sendMessage({ type: 'own-fields/add', name: 'X', level: 'huyen' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('không hợp lệ') });
  });
});

describe('own field names in the backup', () => {
  const drafts = {
    format: 'tro-ly-bao-cao-backup',
    schema: 1,
    exportedAt: NOW.toISOString(),
    drafts: [],
    revisions: [],
  };

  it('travel as a versioned part of their own, which the drafts import ignores', async () => {
    await addOwnField('Quản lý chợ', 'xa', NOW);
    const backup = await withOwnFields(drafts);
    expect(backup.ownFields).toEqual({
      schema: 1,
      entries: [{ schema: 1, name: 'Quản lý chợ', level: 'xa', addedAt: NOW.toISOString() }],
    });
    expect(parseBackup(JSON.stringify(backup))).toMatchObject({ ok: true, drafts: [] });
  });

  it('are merged on import: new names added, names already here keep their level', async () => {
    await addOwnField('Chợ', 'moi-cap', NOW);
    const file = JSON.stringify({
      ...drafts,
      ownFields: {
        schema: 1,
        entries: [
          { schema: 1, name: 'Chợ', level: 'xa', addedAt: NOW.toISOString() },
          { schema: 1, name: 'Điện lực', level: 'tinh', addedAt: NOW.toISOString() },
        ],
      },
    });
    const said = await importOwnFields(file);
    expect(said && 'key' in said ? textIn(backupMessages, 'vi', said) : said).toContain(
      'thêm 1 tên lĩnh vực',
    );
    expect((await loadOwnFields()).entries.map((e) => [e.name, e.level])).toEqual([
      ['Chợ', 'moi-cap'],
      ['Điện lực', 'tinh'],
    ]);
  });

  it('an older backup has no such part; a damaged or newer record is kept aside and reported', async () => {
    expect(ownFieldsInBackup(JSON.stringify(drafts))).toBeNull();
    expect(await importOwnFields(JSON.stringify(drafts))).toBeNull();
    const file = JSON.stringify({
      ...drafts,
      ownFields: {
        schema: 1,
        entries: [
          { schema: 1, name: 'Chợ', level: 'xa', addedAt: NOW.toISOString() },
          { schema: 3, name: 'Tương lai', level: 'xa', addedAt: NOW.toISOString() },
          { name: 42 },
        ],
      },
    });
    const said = await importOwnFields(file);
    expect(said && 'key' in said ? textIn(backupMessages, 'vi', said) : said).toContain(
      '2 mục không đọc được',
    );
    expect(said && 'key' in said ? textIn(backupMessages, 'en', said) : said).toContain(
      '2 unreadable entries',
    );
    const read = await loadOwnFields();
    expect(read.entries.map((e) => e.name)).toEqual(['Chợ']);
    expect(read.aside).toHaveLength(2);
    // Importing the same file again adds nothing twice.
    await importOwnFields(file);
    expect((await loadOwnFields()).aside).toHaveLength(2);
  });
});
