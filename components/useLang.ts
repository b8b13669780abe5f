import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/lang';
import type { MessageTable } from '@/lib/i18n/message';
import { type Catalogue, type Translate, translator } from '@/lib/i18n/translator';
import { loadSettings, onSettingsChanged } from '@/lib/settings-store';

// The language of the options and report pages: Settings.lang, followed as another page changes it.
// A stand-in until the shared language setting (lib/i18n/language.ts) lands.

export function useLang(): Lang {
  const [lang, setLang] = useState<Lang>('vi');
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setLang(s.lang),
      () => {},
    );
    const stop = onSettingsChanged((s) => setLang(s.lang));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return lang;
}

/** `t(key, params)` of one catalogue in the page's language. */
export function useT<T extends MessageTable>(catalogue: Catalogue<T>): Translate<Extract<keyof T, string>> {
  const lang = useLang();
  return useMemo(() => translator(catalogue, lang), [catalogue, lang]);
}
