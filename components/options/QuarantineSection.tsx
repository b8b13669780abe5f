import { useCallback, useEffect, useState } from 'preact/hooks';
import { makeBackup, quarantineFileName } from '@/lib/drafts/backup';
import { listQuarantine, onDraftsChanged } from '@/lib/drafts/client';
import { periodLabel, savedAtLabel } from '@/lib/drafts/labels';
import { describeQuarantined, type QuarantineEntry, reasonIn } from '@/lib/drafts/quarantine';
import { draftListMessages } from '@/lib/i18n/messages/draft-list';
import type { Pair } from '@/lib/i18n/phrase';
import { translator } from '@/lib/i18n/translator';
import { useLang } from '../useLang';
import { downloadJson } from './download';
import { pairOf } from './said';

// Drafts this version of the extension cannot read (a failed migration, or written by a newer version
// before a downgrade). They used to vanish without a word; here the user sees what they are and why,
// and can download them as they are, in a backup file that brings them back into quarantine.

export function QuarantineSection() {
  const lang = useLang();
  const t = translator(draftListMessages, lang);
  const UNKNOWN = <span>{t('draftList.quarantine.unknown')}</span>;
  const [entries, setEntries] = useState<QuarantineEntry[]>([]);
  const [error, setError] = useState<Pair | null>(null);

  const reload = useCallback(async () => {
    const reply = await listQuarantine();
    if (reply.ok) {
      setEntries(reply.entries);
      setError(null);
    } else setError(pairOf(reply));
  }, []);

  useEffect(() => {
    reload();
    return onDraftsChanged(reload);
  }, [reload]);

  const download = (chosen: QuarantineEntry[]) =>
    downloadJson(
      quarantineFileName(new Date()),
      makeBackup({ drafts: [], revisions: [], quarantine: chosen }, new Date()),
    );

  if (error) {
    return (
      <p role="status" class="error" data-testid="tlbc-quarantine-status">
        {error[lang]}
      </p>
    );
  }
  if (entries.length === 0) return null;
  return (
    <section data-testid="tlbc-quarantine" aria-labelledby="tlbc-quarantine-title">
      <h3 id="tlbc-quarantine-title">{t('draftList.quarantine.title', { count: entries.length })}</h3>
      <p>{t('draftList.quarantine.intro')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('draftList.quarantine.kind')}</th>
            <th>{t('draftList.form')}</th>
            <th>{t('draftList.period')}</th>
            <th>{t('draftList.unit')}</th>
            <th>{t('draftList.quarantine.savedAt')}</th>
            <th>{t('draftList.quarantine.reason')}</th>
            <th>
              <span class="visually-hidden">{t('draftList.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const what = describeQuarantined(entry);
            return (
              <tr key={entry.seq} data-testid="tlbc-quarantine-row" data-store={entry.store}>
                <td>
                  {what.kind === 'draft'
                    ? t('draftList.quarantine.draft')
                    : t('draftList.quarantine.revision')}
                </td>
                <td>{what.form ?? UNKNOWN}</td>
                <td>{what.period ? (what.periodIsKey ? periodLabel(what.period) : what.period) : UNKNOWN}</td>
                <td>{what.unit ?? UNKNOWN}</td>
                <td>{what.savedAt ? savedAtLabel(what.savedAt) : UNKNOWN}</td>
                <td data-testid="tlbc-quarantine-reason">{reasonIn(entry.reason, lang)}</td>
                <td>
                  <button
                    type="button"
                    data-testid="tlbc-quarantine-export"
                    onClick={() => download([entry])}
                    title={t('draftList.quarantine.downloadHint')}
                  >
                    {t('draftList.quarantine.download')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" data-testid="tlbc-quarantine-export-all" onClick={() => download(entries)}>
        {t('draftList.quarantine.downloadAll')}
      </button>
    </section>
  );
}
