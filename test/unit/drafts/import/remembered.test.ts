import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { type ImportedSheet, importSpreadsheet } from '@/lib/drafts/import/import-file';
import type { ColumnMapping } from '@/lib/drafts/import/map-columns';
import {
  applyRemembered,
  findRemembered,
  MAPPINGS_KEY,
  rememberMapping,
} from '@/lib/drafts/import/remembered';
import { headerSignature, pickRemembered } from '@/lib/drafts/import/remembered-match';
import { formByCode } from '@/lib/forms/catalogue';
import { CORPUS } from './corpus';

const FORM = 'II.06a/VPCP/KSTT';
const mapping: ColumnMapping[] = [
  { fileColumn: 0, header: 'Lĩnh vực', number: 2, how: 'header' },
  { fileColumn: 1, header: 'Đã giải quyết / Đúng và trước hạn', number: null, how: 'merged', kind: 'merged' },
  { fileColumn: 2, header: 'Rút hồ sơ', number: null, how: 'none', kind: 'none' },
];

describe('a confirmed mapping, remembered per header', () => {
  it('is offered for a file with the same header words, whatever their case or punctuation', async () => {
    await browser.storage.local.remove(MAPPINGS_KEY);
    await rememberMapping(FORM, [mapping[0], { ...mapping[1], number: 9, how: 'user' }, mapping[2]]);
    const same = mapping.map((m) => ({ ...m, header: m.header.toUpperCase() }));
    const found = await findRemembered(FORM, same);
    expect(found?.numbers).toEqual([2, 9, null]);
    const applied = applyRemembered(same, found!);
    expect(applied.map((m) => [m.number, m.how])).toEqual([
      [2, 'header'],
      [9, 'remembered'],
      [null, 'none'],
    ]);
  });

  it('is not offered for another header or another form', async () => {
    await browser.storage.local.remove(MAPPINGS_KEY);
    await rememberMapping(FORM, mapping);
    expect(await findRemembered('II.06/VPCP/KSTT', mapping)).toBeNull();
    expect(
      await findRemembered(FORM, [...mapping, { ...mapping[2], fileColumn: 3, header: 'Phi địa giới' }]),
    ).toBeNull();
  });

  it('ignores a record of another schema version or a damaged one', async () => {
    const entry = { form: FORM, header: 'lĩnh vực', numbers: [2] };
    await browser.storage.local.set({ [MAPPINGS_KEY]: { version: 2, mappings: [entry] } });
    expect(await findRemembered(FORM, [mapping[0]])).toBeNull();
    await browser.storage.local.set({ [MAPPINGS_KEY]: 'garbage' });
    expect(await findRemembered(FORM, [mapping[0]])).toBeNull();
    await rememberMapping(FORM, [mapping[0]]);
    expect((await findRemembered(FORM, [mapping[0]]))?.numbers).toEqual([2]);
  });

  it('leaves a merged column waiting when no place for it was remembered', () => {
    const applied = applyRemembered(mapping, { form: FORM, header: '', numbers: [2, null, null] });
    expect(applied[1].how).toBe('merged');
  });
});

describe('the remembered sheet', () => {
  const II_06A = formByCode(FORM)!;
  async function book(): Promise<ImportedSheet> {
    const file = CORPUS.find((f) => f.name === 'nhieu-trang.xlsx')!;
    const read = await importSpreadsheet(file.name, await file.bytes(), II_06A);
    if (!read.ok) throw new Error(read.error);
    return read;
  }

  it('is taken by name when its header is the one remembered, and only then', async () => {
    const read = await book();
    expect(read.sheet).toBe('Quý IV');
    const quarterOne = await importSpreadsheet(
      'b.xlsx',
      await CORPUS.find((f) => f.name === 'nhieu-trang.xlsx')!.bytes(),
      II_06A,
      { sheet: 'Quý I' },
    );
    if (!quarterOne.ok) throw new Error(quarterOne.error);
    const header = headerSignature(quarterOne.mapping);
    const numbers = quarterOne.mapping.map((m) => m.number);
    const record = { form: FORM, header, numbers, sheet: 'Quý I' };
    expect(pickRemembered(read, II_06A, [record])?.sheet).toBe('Quý I');
    // Another sheet name, or the same name over another header: nothing is offered.
    expect(pickRemembered(read, II_06A, [{ ...record, sheet: 'Quý II' }])).toBeNull();
    expect(pickRemembered(read, II_06A, [{ ...record, header: `${header} | phi địa giới` }])).toBeNull();
    expect(pickRemembered(read, II_06A, [{ ...record, form: 'khác' }])).toBeNull();
  });

  it('a record from before sheets were remembered applies to the sheet found first', async () => {
    const read = await book();
    const record = {
      form: FORM,
      header: headerSignature(read.mapping),
      numbers: read.mapping.map(() => null),
    };
    const picked = pickRemembered(read, II_06A, [record]);
    expect(picked?.sheet).toBe('Quý IV');
    expect(picked?.mapping.every((m) => m.number === null)).toBe(true);
  });
});
