import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '@/lib/i18n/catalogues';
import { Lang } from '@/lib/i18n/lang';
import type { Message, MessageTable } from '@/lib/i18n/message';

// Every catalogue, every language: the keys of the Vietnamese source and no others, the same
// placeholders, plural messages with exactly the categories the language distinguishes, and no key
// claimed by two catalogues. A translation that drops `{count}` or a key would otherwise show up only
// as a wrong sentence on someone's screen.

const LANGS = Lang.options;
const sentences = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((s) => s !== undefined);
const placeholders = (message: Message) =>
  [...new Set(sentences(message).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
const areaOf = (key: string) => key.slice(0, key.indexOf('.'));

/** What is wrong with one catalogue, as readable lines. */
function problemsOf(catalogue: Record<Lang, MessageTable>): string[] {
  const problems: string[] = [];
  const source = catalogue.vi;
  const keys = Object.keys(source);
  const areas = new Set(keys.map(areaOf));
  if (areas.size !== 1 || areas.has('')) problems.push(`keys of several areas: ${[...areas].join(', ')}`);
  for (const lang of LANGS) {
    const table = catalogue[lang];
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of keys) if (!(key in table)) problems.push(`${lang}: no ${key}`);
    for (const key of Object.keys(table)) if (!(key in source)) problems.push(`${lang}: ${key} is not in vi`);
    for (const [key, message] of Object.entries(table)) {
      if (!(key in source)) continue;
      if (sentences(message).some((s) => !s.trim())) problems.push(`${lang}: ${key} is empty`);
      const want = placeholders(source[key]).join(',');
      if (placeholders(message).join(',') !== want) problems.push(`${lang}: ${key} has not {${want}}`);
      if ((typeof message === 'string') !== (typeof source[key] === 'string'))
        problems.push(`${lang}: ${key} is plural in one language only`);
      if (typeof message === 'string') continue;
      const forms = Object.keys(message).sort().join(',');
      const expected = ['one', 'other']
        .filter((c) => categories.includes(c as Intl.LDMLPluralRule))
        .join(',');
      if (forms !== expected) problems.push(`${lang}: ${key} has forms ${forms}, ${lang} needs ${expected}`);
    }
  }
  return problems;
}

describe('message catalogues', () => {
  it.each(CATALOGUES.map((c) => [Object.keys(c.vi)[0], c]))('%s… is complete in every language', (_, c) => {
    expect(problemsOf(c)).toEqual([]);
  });

  it('no key belongs to two catalogues, nor an area to two', () => {
    const keys = CATALOGUES.flatMap((c) => Object.keys(c.vi));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const areas = CATALOGUES.map((c) => areaOf(Object.keys(c.vi)[0]));
    expect(areas.filter((a, i) => areas.indexOf(a) !== i)).toEqual([]);
  });

  it('catches a missing key, a dropped placeholder and a plural English cannot read', () => {
    const vi = { 'x.a': 'Còn {count} ô', 'x.b': { other: '{count} lỗi' }, 'x.c': 'Cột {col}' };
    const en = { 'x.a': 'Cells left', 'x.b': { other: '{count} errors' } };
    expect(problemsOf({ vi, en } as never)).toEqual([
      'en: no x.c',
      'en: x.a has not {count}',
      'en: x.b has forms other, en needs one,other',
    ]);
    const viOne = { 'x.b': { one: '{count} lỗi', other: '{count} lỗi' } };
    expect(
      problemsOf({ vi: viOne, en: { 'x.b': { one: '{count} error', other: '{count} errors' } } }),
    ).toEqual(['vi: x.b has forms one,other, vi needs other']);
  });
});
