import { useCallback, useEffect, useState } from 'preact/hooks';
import { formOfVersionId } from '@/lib/forms/catalogue';
import { readTaughtFile, taughtFile, taughtFileName } from '@/lib/forms/taught/file';
import type { TaughtStructure } from '@/lib/forms/taught/schema';
import { loadTaught, onTaughtChanged, removeTaught, saveTaught } from '@/lib/forms/taught/store';
import type { Lang } from '@/lib/i18n/lang';
import { storageMessages } from '@/lib/i18n/messages/storage';
import { type TaughtKey, taughtMessages } from '@/lib/i18n/messages/taught';
import type { Phrase } from '@/lib/i18n/phrase';
import { phraseFrom } from '@/lib/i18n/phrase-from';
import { translator } from '@/lib/i18n/translator';
import { useLang } from '../useLang';
import { downloadJson } from './download';
import { JsonFileInput } from './JsonFileInput';
import { StatusLine } from './StatusLine';

// The structures the user taught on report pages (lib/forms/taught): listed, exported as one small
// file for another office, imported from such a file (validated whole: a bad file changes nothing),
// removed one by one (that page is checked generically again).

interface Status {
  /** Kept as data, so it follows a language switch; a file's refusal has a storage reason inside. */
  said: Phrase<TaughtKey>;
  error?: boolean;
}

const CATALOGUES = [taughtMessages, storageMessages];

function summary(structure: TaughtStructure, lang: Lang): string {
  const form = formOfVersionId(structure.form);
  const params = {
    code: structure.code,
    count: structure.columns.length,
    mapped: structure.columns.filter((c) => c.form !== null).length,
    day: new Date(structure.taughtAt).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB'),
  };
  const t = translator(taughtMessages, lang);
  return form
    ? t('taught.summaryBasis', { ...params, document: form.basis.document })
    : t('taught.summary', params);
}

export function TaughtSection() {
  const lang = useLang();
  const t = translator(taughtMessages, lang);
  const [structures, setStructures] = useState<TaughtStructure[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(
    () =>
      loadTaught().then(
        (all) => setStructures(Object.values(all)),
        () => {},
      ),
    [],
  );
  useEffect(() => {
    reload();
    return onTaughtChanged(reload);
  }, [reload]);

  const onExport = () => {
    const now = new Date();
    const name = taughtFileName(now);
    downloadJson(name, taughtFile(structures, now));
    setStatus({ said: { key: 'taught.exported', params: { count: structures.length, file: name } } });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text().catch(() => null);
      if (text === null) {
        return setStatus({ said: { key: 'taught.unreadable', params: { file: file.name } }, error: true });
      }
      const read = readTaughtFile(text);
      if (!read.ok) return setStatus({ said: read.error, error: true });
      const had = new Set(structures.map((s) => s.fingerprint));
      const replaced = read.structures.filter((s) => had.has(s.fingerprint)).length;
      await saveTaught(read.structures);
      const n = read.structures.length;
      setStatus({ said: { key: 'taught.imported', params: { count: n, added: n - replaced, replaced } } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ said: { key: 'taught.importFailed', params: { message } }, error: true });
    } finally {
      setBusy(false);
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  const onRemove = async (structure: TaughtStructure) => {
    await removeTaught(structure.fingerprint);
    setStatus({ said: { key: 'taught.removed', params: { code: structure.code } } });
  };

  return (
    <section aria-labelledby="tlbc-taught-title" data-testid="tlbc-taught">
      <h2 id="tlbc-taught-title">{t('taught.title')}</h2>
      <p>{t('taught.intro')}</p>
      {structures.length === 0 ? (
        <p data-testid="tlbc-taught-empty">{t('taught.empty')}</p>
      ) : (
        <ul>
          {structures.map((structure) => (
            <li
              key={structure.fingerprint}
              data-testid="tlbc-taught-row"
              data-fingerprint={structure.fingerprint}
            >
              {summary(structure, lang)}{' '}
              <button
                type="button"
                data-testid="tlbc-taught-remove"
                title={t('taught.removeHint')}
                onClick={() => onRemove(structure)}
              >
                {t('taught.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        data-testid="tlbc-taught-export"
        disabled={structures.length === 0}
        onClick={onExport}
      >
        {t('taught.export')}
      </button>{' '}
      <JsonFileInput
        label={t('taught.import')}
        testid="tlbc-taught-import"
        disabled={busy}
        onChoose={onImport}
      />
      {status && (
        <StatusLine
          testid="tlbc-taught-status"
          text={phraseFrom(CATALOGUES, lang, status.said)}
          error={status.error}
          withState
        />
      )}
    </section>
  );
}
