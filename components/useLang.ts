import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { watchLang } from '@/lib/i18n/language';
import type { MessageTable } from '@/lib/i18n/message';
import { type Catalogue, type Translate, translator } from '@/lib/i18n/translator';

// The extension's language on an extension page (popup, options, structure report), following a
// switch made on any page at once. The page's own `lang` attribute follows too (screen readers).

/** The language, or null until read: a page that must not flash the other language waits for it. */
export function useLangSetting(): Lang | null {
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(
    () =>
      watchLang((next) => {
        document.documentElement.lang = next;
        setLang(next);
      }),
    [],
  );
  return lang;
}

/** The language, Vietnamese until read. */
export function useLang(): Lang {
  return useLangSetting() ?? DEFAULT_LANG;
}

/** `t(key, params)` of one catalogue in the page's language. */
export function useT<T extends MessageTable>(catalogue: Catalogue<T>): Translate<Extract<keyof T, string>> {
  const lang = useLang();
  return useMemo(() => translator(catalogue, lang), [catalogue, lang]);
}
