import { useState } from 'preact/hooks';
import { backupFileName, type ImportCounts } from '@/lib/drafts/backup';
import { exportBackup, importBackup } from '@/lib/drafts/client';
import { importOwnFields, withOwnFields } from '@/lib/fields/own-backup';
import { downloadJson } from './download';
import { StatusLine } from './StatusLine';

// Backup of every draft as one JSON file (download.ts); import sends the file's text to the background,
// which validates it and merges all or nothing.

interface Status {
  text: string;
  textEn: string;
  error?: boolean;
}

/** What an import did; the parts about unreadable records and lone revisions only when they happened. */
function importedStatus(counts: ImportCounts): Status {
  const { imported, added, merged, unchanged, adopted, quarantined } = counts;
  let text = `Đã nhập ${imported} bản nháp (${added} mới, ${merged} gộp với bản đã có, ${unchanged} trùng).`;
  let textEn = `Imported ${imported} drafts (${added} new, ${merged} merged with existing ones, ${unchanged} already present).`;
  if (adopted) {
    text += ` ${adopted} bản nháp được dựng lại từ phiên bản cũ không kèm bản nháp.`;
    textEn += ` ${adopted} drafts were rebuilt from earlier versions that came without their draft.`;
  }
  if (quarantined) {
    text += ` ${quarantined} bản không đọc được được giữ nguyên ở mục “Bản nháp không đọc được”.`;
    textEn += ` ${quarantined} unreadable records are kept as they are under “Drafts that cannot be read”.`;
  }
  return { text, textEn };
}

export function BackupSection() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const onExport = async () => {
    const reply = await exportBackup();
    if (!reply.ok) return setStatus({ text: reply.error, textEn: reply.errorEn, error: true });
    const name = backupFileName(new Date());
    downloadJson(name, await withOwnFields(reply.backup));
    const n = reply.backup.drafts.length;
    const q = reply.backup.quarantine.length;
    setStatus({
      text: `Đã xuất ${n} bản nháp${q ? `, kèm ${q} bản không đọc được,` : ''} vào tệp ${name}.`,
      textEn: `Exported ${n} drafts${q ? `, with ${q} unreadable records,` : ''} to ${name}.`,
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
          text: `Không đọc được tệp ${file.name}. Không có gì bị thay đổi.`,
          textEn: `Could not read ${file.name}. Nothing was changed.`,
          error: true,
        });
      }
      const reply = await importBackup(text);
      if (!reply.ok) return setStatus({ text: reply.error, textEn: reply.errorEn, error: true });
      const own = await importOwnFields(text);
      const status = importedStatus(reply);
      setStatus({ ...status, text: status.text + own.vi, textEn: status.textEn + own.en });
    } finally {
      setBusy(false);
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="tlbc-backup-title">
      <h2 id="tlbc-backup-title" title="Backup">
        Sao lưu
      </h2>
      <p title="Save every draft and its earlier versions to one file, or bring them back from such a file. Importing never deletes anything.">
        Lưu mọi bản nháp (kèm các phiên bản cũ) vào một tệp, hoặc nhập lại từ tệp đó. Nhập không bao giờ xoá
        bản nháp nào: bản trùng được giữ cả hai, bản mới hơn được dùng.
      </p>
      <button type="button" data-testid="tlbc-backup-export" onClick={onExport} title="Export backup">
        Xuất bản sao lưu
      </button>{' '}
      <label>
        Nhập bản sao lưu:{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="tlbc-backup-import"
          disabled={busy}
          onChange={(event) => onImport(event.currentTarget)}
        />
      </label>
      {status && (
        <StatusLine
          testid="tlbc-backup-status"
          text={status.text}
          en={status.textEn}
          error={status.error}
          withState
        />
      )}
    </section>
  );
}
