import { useState } from 'preact/hooks';
import { backupFileName, type ImportCounts } from '@/lib/drafts/backup';
import { exportBackup, importBackup } from '@/lib/drafts/client';
import { importOwnFields, withOwnFields } from '@/lib/fields/own-backup';
import { backupMessages } from '@/lib/i18n/messages/backup';
import { translator } from '@/lib/i18n/translator';
import { useLang } from '../useLang';
import { downloadJson } from './download';
import { JsonFileInput } from './JsonFileInput';
import { StatusLine } from './StatusLine';
import { pairOf, type Said, sayIn } from './said';

// Backup of every draft as one JSON file (download.ts); import sends the file's text to the background,
// which validates it and merges all or nothing.

interface Status {
  said: Said[];
  error?: boolean;
}

/** What an import did; the parts about unreadable records and lone revisions only when they happened. */
function importedStatus(counts: ImportCounts): Said[] {
  const { imported, added, merged, unchanged, adopted, quarantined } = counts;
  const said: Said[] = [{ key: 'backup.imported', params: { count: imported, added, merged, unchanged } }];
  if (adopted) said.push({ key: 'backup.adopted', params: { count: adopted } });
  if (quarantined) said.push({ key: 'backup.quarantined', params: { count: quarantined } });
  return said;
}

export function BackupSection() {
  const lang = useLang();
  const t = translator(backupMessages, lang);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const onExport = async () => {
    const reply = await exportBackup();
    if (!reply.ok) return setStatus({ said: [pairOf(reply)], error: true });
    const name = backupFileName(new Date());
    downloadJson(name, await withOwnFields(reply.backup));
    const n = reply.backup.drafts.length;
    const q = reply.backup.quarantine.length;
    setStatus({
      said: [
        q
          ? { key: 'backup.exportedWithAside', params: { count: n, aside: q, file: name } }
          : { key: 'backup.exported', params: { count: n, file: name } },
      ],
    });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const text = await file.text().catch(() => null);
      if (text === null) {
        return setStatus({
          said: [{ key: 'backup.unreadableFile', params: { file: file.name } }],
          error: true,
        });
      }
      const reply = await importBackup(text);
      if (!reply.ok) return setStatus({ said: [pairOf(reply)], error: true });
      const own = await importOwnFields(text);
      setStatus({ said: [...importedStatus(reply), ...(own ? [own] : [])] });
    } finally {
      setBusy(false);
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="tlbc-backup-title">
      <h2 id="tlbc-backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <button type="button" data-testid="tlbc-backup-export" onClick={onExport}>
        {t('backup.export')}
      </button>{' '}
      <JsonFileInput
        label={t('backup.import')}
        testid="tlbc-backup-import"
        disabled={busy}
        onChoose={onImport}
      />
      {status && (
        <StatusLine
          testid="tlbc-backup-status"
          text={status.said.map((said) => sayIn(backupMessages, lang, said)).join(' ')}
          error={status.error}
          withState
        />
      )}
    </section>
  );
}
