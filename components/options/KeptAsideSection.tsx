import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { storageMessages } from '@/lib/i18n/messages/storage';
import { textIn, translator } from '@/lib/i18n/translator';
import {
  discardKeptAside,
  KEPT_ASIDE_KEY,
  type KeptAsideEntry,
  loadKeptAside,
} from '@/lib/storage/kept-aside';
import { storedItemOf } from '@/lib/storage/keys';
import { useLang } from '../useLang';
import { downloadJson } from './download';

// Stored records this version could not read (profile, settings, an applied dispatch): kept as found
// rather than overwritten, listed here with why, to download or discard. Hidden when there are none.

export function KeptAsideSection() {
  const lang = useLang();
  const t = translator(optionsMessages, lang);
  const [entries, setEntries] = useState<KeptAsideEntry[]>([]);
  const reload = useCallback(() => loadKeptAside().then(setEntries, () => {}), []);

  useEffect(() => {
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && KEPT_ASIDE_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [reload]);

  if (!entries.length) return null;
  return (
    <section aria-labelledby="tlbc-kept-aside-title" data-testid="tlbc-kept-aside">
      <h2 id="tlbc-kept-aside-title">{t('options.aside.title')}</h2>
      <p>{t('options.aside.intro')}</p>
      <ul>
        {entries.map((entry) => {
          const storedItem = storedItemOf(entry.key);
          return (
            <li
              key={`${entry.key}|${entry.item ?? ''}|${entry.at}`}
              data-testid="tlbc-kept-aside-row"
              data-key={entry.key}
              data-item={entry.item ?? ''}
            >
              {storedItem ? textIn(storageMessages, lang, { key: storedItem.label }) : entry.key}
              {entry.item ? ` (${entry.item})` : ''}:{' '}
              {typeof entry.reason === 'string' ? entry.reason : textIn(storageMessages, lang, entry.reason)}{' '}
              <button
                type="button"
                title={t('options.aside.downloadHint')}
                onClick={() => downloadJson(`tlbc-de-rieng-${entry.at.slice(0, 10)}.json`, entry)}
              >
                {t('options.aside.download')}
              </button>{' '}
              <button
                type="button"
                data-testid="tlbc-kept-aside-discard"
                title={t('options.aside.discardHint')}
                onClick={() => discardKeptAside(entry).then(reload, () => {})}
              >
                {t('options.aside.discard')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
