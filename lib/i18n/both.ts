import type { Lang } from './lang';
import type { MessageTable, Params } from './message';
import { localParams } from './numbers';
import { type Catalogue, translator } from './translator';

// A message in both languages at once, for answers that cross messaging as a Vietnamese/English pair
// (the draft store's `error`/`errorEn`): the page shows the one of its language. Numbers are written
// as each language writes them.

export function inBoth<T extends MessageTable>(
  catalogue: Catalogue<T>,
  key: Extract<keyof T, string>,
  params?: Params,
): Record<Lang, string> {
  return {
    vi: translator(catalogue, 'vi')(key, localParams(params, 'vi')),
    en: translator(catalogue, 'en')(key, localParams(params, 'en')),
  };
}
