import { useState } from 'preact/hooks';
import { backupFileName } from '@/lib/drafts/backup';
import { exportBackup, importBackup } from '@/lib/drafts/client';
import { importOwnFields, withOwnFields } from '@/lib/fields/own-backup';

// Backup of every draft as one JSON file. Export downloads through an object URL and <a download>, so
// the extension needs no "downloads" permission; import sends the file's text to the background,
// which validates it and merges all or nothing.

interface Status {
  text: string;
  textEn: string;
  error?: boolean;
}

export function BackupSection() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const onExport = async () => {
    const reply = await exportBackup();
    if (!reply.ok) return setStatus({ text: reply.error, textEn: reply.errorEn, error: true });
    const backup = await withOwnFields(reply.backup);
    const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = backupFileName(new Date());
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke after the click has been handled, or the download may not start.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const n = reply.backup.drafts.length;
    setStatus({
      text: `Đã xuất ${n} bản nháp vào tệp ${link.download}.`,
      textEn: `Exported ${n} drafts to ${link.download}.`,
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
      setStatus({
        text: `Đã nhập ${reply.imported} bản nháp (${reply.added} mới, ${reply.merged} gộp với bản đã có, ${reply.unchanged} trùng).${own.vi}`,
        textEn: `Imported ${reply.imported} drafts (${reply.added} new, ${reply.merged} merged with existing ones, ${reply.unchanged} already present).${own.en}`,
      });
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
        <p
          role="status"
          data-testid="tlbc-backup-status"
          data-state={status.error ? 'error' : 'ok'}
          class={status.error ? 'error' : undefined}
          title={status.textEn}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
