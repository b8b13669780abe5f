import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/lang';
import { watchLang } from '@/lib/i18n/language';

/**
 * The extension's language for an extension page (popup, options, structure report), following a
 * switch made on any page at once; null until read, so a page does not flash the other language.
 * The page's own `lang` attribute follows too (screen readers, hyphenation).
 */
export function useLang(): Lang | null {
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
