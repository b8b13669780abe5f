import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formByCode, formVersionId } from '@/lib/forms/catalogue';
import { readTaughtFile, TAUGHT_FILE_FORMAT, taughtFile } from '@/lib/forms/taught/file';
import { headerFingerprint } from '@/lib/forms/taught/fingerprint';
import { prefillCorrespondence } from '@/lib/forms/taught/prefill';
import { readTaughtRecord } from '@/lib/forms/taught/record';
import type { TaughtStructure } from '@/lib/forms/taught/schema';
import { loadTaught, removeTaught, saveTaught, TAUGHT_KEY } from '@/lib/forms/taught/store';
import type { Lang } from '@/lib/i18n/lang';
import { storageMessages } from '@/lib/i18n/messages/storage';
import { taughtMessages } from '@/lib/i18n/messages/taught';
import type { Phrase } from '@/lib/i18n/phrase';
import { phraseFrom } from '@/lib/i18n/phrase-from';
import type { KeptAsideEntry } from '@/lib/storage/kept-aside';
import { loadKeptAside } from '@/lib/storage/kept-aside';
import { modelOf, splitPaths } from './models';

const NOW = new Date('2026-12-01T08:00:00Z');

/** What the options page shows: a kept-aside reason, a file refusal, in one language. */
const shown = (said: Phrase | KeptAsideEntry['reason'], lang: Lang = 'vi') =>
  typeof said === 'string' ? said : phraseFrom([taughtMessages, storageMessages], lang, said);
const II_06A = formByCode('II.06a/VPCP/KSTT')!;

function structure(paths = splitPaths()): TaughtStructure {
  const model = modelOf(paths);
  return {
    fingerprint: headerFingerprint(model, II_06A.code),
    form: formVersionId(II_06A),
    code: II_06A.code,
    columns: prefillCorrespondence(II_06A, model),
    taughtAt: NOW.toISOString(),
  };
}
const split = structure();
const other = structure(splitPaths().slice(0, 13));

beforeEach(() => fakeBrowser.reset());

describe('the stored taught structures', () => {
  it('read the shape from before versions (migration 0 → 1) and the current one alike', () => {
    const v0 = { [split.fingerprint]: split };
    const v1 = { schema: 1, structures: v0 };
    expect(readTaughtRecord(v0, NOW)).toEqual({ structures: v0, bad: [] });
    expect(readTaughtRecord(v1, NOW)).toEqual({ structures: v0, bad: [] });
  });

  it('keep a damaged structure aside and the others untouched through the next write', async () => {
    const damaged = { ...other, columns: [{ number: 'một', header: 'STT', form: 1 }] };
    await browser.storage.local.set({
      [TAUGHT_KEY]: { schema: 1, structures: { [split.fingerprint]: split, [other.fingerprint]: damaged } },
    });
    expect(Object.keys(await loadTaught(NOW))).toEqual([split.fingerprint]);

    const third = structure(splitPaths().slice(0, 12));
    await saveTaught([third], NOW);
    expect(await loadTaught(NOW)).toEqual({ [split.fingerprint]: split, [third.fingerprint]: third });
    const kept = await loadKeptAside();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: TAUGHT_KEY, item: other.fingerprint, record: damaged });
    expect(shown(kept[0].reason)).toContain('columns.0.number');
    expect(shown(kept[0].reason, 'en')).toBe('Wrong structure at: columns.0.number.');
  });

  it('keep aside one stored under another fingerprint, or naming a form version not shipped', () => {
    const { structures, bad } = readTaughtRecord(
      {
        schema: 1,
        structures: {
          [other.fingerprint]: split,
          [split.fingerprint]: { ...split, form: 'II.06a/VPCP/KSTT@09/2030' },
        },
      },
      NOW,
    );
    expect(structures).toEqual({});
    expect(bad.map((b) => shown(b.reason))).toEqual([
      expect.stringContaining('được lưu ở'),
      expect.stringContaining('không có mẫu II.06a/VPCP/KSTT@09/2030'),
    ]);
  });

  it('written by a newer version: kept aside whole, none read, none overwritten unseen', async () => {
    const newer = { schema: 7, structures: { [split.fingerprint]: split } };
    expect(readTaughtRecord(newer, NOW).structures).toEqual({});
    await browser.storage.local.set({ [TAUGHT_KEY]: newer });
    await saveTaught([other], NOW);
    expect((await loadKeptAside())[0]).toMatchObject({ key: TAUGHT_KEY, record: newer });
    expect(Object.keys(await loadTaught(NOW))).toEqual([other.fingerprint]);
  });

  it('remove one by its fingerprint, the others staying', async () => {
    await saveTaught([split, other], NOW);
    await removeTaught(split.fingerprint, NOW);
    expect(Object.keys(await loadTaught(NOW))).toEqual([other.fingerprint]);
  });
});

describe('the taught-structures file', () => {
  const good = JSON.stringify(taughtFile([split, other], NOW));

  it('reads back what was exported', () => {
    expect(readTaughtFile(good)).toEqual({ ok: true, structures: [split, other] });
  });

  const refused: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /không phải JSON/],
    [
      'another file',
      JSON.stringify({ format: 'tro-ly-bao-cao', drafts: [] }),
      /không phải tệp cấu trúc biểu/,
    ],
    ['a newer schema', JSON.stringify({ ...taughtFile([split], NOW), schema: 2 }), /phiên bản mới hơn/],
    [
      'a damaged structure',
      JSON.stringify(taughtFile([{ ...split, fingerprint: '../../etc' }], NOW)),
      /Tệp bị hỏng.*structures\.0\.fingerprint/,
    ],
    [
      'a column the form does not have',
      JSON.stringify(taughtFile([{ ...split, columns: [{ number: 1, header: 'STT', form: 99 }] }], NOW)),
      /Cấu trúc thứ 1: Mẫu .* không có cột \(99\)/,
    ],
    ['the same structure twice', JSON.stringify(taughtFile([split, split], NOW)), /trùng dấu nhận dạng/],
    ['far too large', `{"format":"${TAUGHT_FILE_FORMAT}","x":"${'a'.repeat(1_000_001)}"}`, /quá lớn/],
    [
      'a hostile prototype key',
      `{"format":"${TAUGHT_FILE_FORMAT}","schema":1,"structures":[{"__proto__":{"polluted":1}}]}`,
      /Tệp bị hỏng/,
    ],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses ${what} with a Vietnamese reason, changing nothing`, () => {
      const read = readTaughtFile(text);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(shown(read.error)).toMatch(message);
        expect(shown(read.error)).toMatch(/Không có gì bị thay đổi\.$/);
        expect(shown(read.error, 'en')).toMatch(/^[\x20-\x7e’]+ Nothing was changed\.$/);
      }
      expect(({} as { polluted?: number }).polluted).toBeUndefined();
    });
  }

  it('says why in English too, the reason inside it as well', () => {
    const damaged = readTaughtFile(JSON.stringify(taughtFile([{ ...split, fingerprint: '../../etc' }], NOW)));
    const column = readTaughtFile(
      JSON.stringify(taughtFile([{ ...split, columns: [{ number: 1, header: 'STT', form: 99 }] }], NOW)),
    );
    if (damaged.ok || column.ok) throw new Error('read');
    expect(shown(damaged.error, 'en')).toBe(
      'The file is damaged. Wrong structure at: structures.0.fingerprint. Nothing was changed.',
    );
    expect(shown(column.error, 'en')).toBe(
      `Structure 1: Form ${split.form} has no column (99). Nothing was changed.`,
    );
  });
});
