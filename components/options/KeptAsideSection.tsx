import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  discardKeptAside,
  KEPT_ASIDE_KEY,
  type KeptAsideEntry,
  loadKeptAside,
} from '@/lib/storage/kept-aside';
import { storedItemOf } from '@/lib/storage/keys';
import { downloadJson } from './download';

// Stored records this version could not read (profile, settings, an applied dispatch): kept as found
// rather than overwritten, listed here with why, to download or discard. Hidden when there are none.

export function KeptAsideSection() {
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
      <h2 id="tlbc-kept-aside-title" title="Stored records that could not be read">
        Bản ghi không đọc được (đã để riêng)
      </h2>
      <p title="They were kept as found instead of being overwritten; the other records are unaffected.">
        Các bản ghi này được giữ nguyên như khi tìm thấy thay vì bị ghi đè; các bản ghi khác không bị ảnh
        hưởng.
      </p>
      <ul>
        {entries.map((entry) => (
          <li
            key={`${entry.key}|${entry.item ?? ''}|${entry.at}`}
            data-testid="tlbc-kept-aside-row"
            data-key={entry.key}
            data-item={entry.item ?? ''}
          >
            {storedItemOf(entry.key)?.label.vi ?? entry.key}
            {entry.item ? ` (${entry.item})` : ''}: {entry.reason}{' '}
            <button
              type="button"
              title="Download it as found"
              onClick={() => downloadJson(`tlbc-de-rieng-${entry.at.slice(0, 10)}.json`, entry)}
            >
              Tải về
            </button>{' '}
            <button
              type="button"
              data-testid="tlbc-kept-aside-discard"
              title="Delete it for good"
              onClick={() => discardKeptAside(entry).then(reload, () => {})}
            >
              Xóa hẳn
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
