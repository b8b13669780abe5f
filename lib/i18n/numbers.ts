import { formatNumber } from '../numbers';
import type { Lang } from './lang';
import type { Params, Text } from './message';

// Numbers in a message's params written as the language writes them ("50.001" in Vietnamese, "50,001"
// in English). `count` too: a written count still picks the right plural, since only 1 is `one` and
// it is written "1" in both languages (a count of thousands, unreadable as a number, is `other`).

/** Vietnamese as the forms write it (lib/numbers: "1.245", "1,2450" where a decimal could misread). */
const WRITE: Record<Lang, (n: number) => string> = {
  vi: formatNumber,
  en: (n) => n.toLocaleString('en-GB', { maximumFractionDigits: 20 }),
};

export function localParams(params: Params | undefined, lang: Lang): Params | undefined {
  if (!params) return params;
  const local: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    local[name] = typeof value === 'number' ? WRITE[lang](value) : value;
  }
  return local;
}

export function withLocalNumbers<T extends Text>(text: T, lang: Lang): T {
  return text.params ? { ...text, params: localParams(text.params, lang) } : text;
}
