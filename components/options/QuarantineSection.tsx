import { useCallback, useEffect, useState } from 'preact/hooks';
import { makeBackup, quarantineFileName } from '@/lib/drafts/backup';
import { listQuarantine, onDraftsChanged } from '@/lib/drafts/client';
import { periodLabel, savedAtLabel } from '@/lib/drafts/labels';
import { describeQuarantined, type QuarantineEntry } from '@/lib/drafts/quarantine';
import { downloadJson } from './download';

// Drafts this version of the extension cannot read (a failed migration, or written by a newer version
// before a downgrade). They used to vanish without a word; here the user sees what they are and why,
// and can download them as they are, in a backup file that brings them back into quarantine.

const UNKNOWN = <span title="unreadable">(không đọc được)</span>;

export function QuarantineSection() {
  const [entries, setEntries] = useState<QuarantineEntry[]>([]);
  const [error, setError] = useState<{ text: string; textEn: string } | null>(null);

  const reload = useCallback(async () => {
    const reply = await listQuarantine();
    if (reply.ok) {
      setEntries(reply.entries);
      setError(null);
    } else setError({ text: reply.error, textEn: reply.errorEn });
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
      <p role="status" class="error" data-testid="tlbc-quarantine-status" title={error.textEn}>
        {error.text}
      </p>
    );
  }
  if (entries.length === 0) return null;
  return (
    <section data-testid="tlbc-quarantine" aria-labelledby="tlbc-quarantine-title">
      <h3 id="tlbc-quarantine-title" title="Drafts this version cannot read">
        Bản nháp không đọc được ({entries.length})
      </h3>
      <p title="This version of the extension cannot read these records. They are kept exactly as they were found, included in backups, and read again once a version that can read them is installed.">
        Phiên bản tiện ích này không đọc được các bản ghi dưới đây. Chúng được giữ nguyên như khi tìm thấy, có
        trong bản sao lưu, và sẽ tự quay lại danh sách khi cài phiên bản đọc được chúng.
      </p>
      <table>
        <thead>
          <tr>
            <th title="What">Loại</th>
            <th title="Form">Biểu mẫu</th>
            <th title="Period">Kỳ báo cáo</th>
            <th title="Unit">Đơn vị</th>
            <th title="Saved">Lưu lúc</th>
            <th title="Why it cannot be read">Lý do không đọc được</th>
            <th>
              <span class="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const what = describeQuarantined(entry);
            return (
              <tr key={entry.seq} data-testid="tlbc-quarantine-row" data-store={entry.store}>
                <td>{what.kind === 'draft' ? 'Bản nháp' : 'Phiên bản cũ'}</td>
                <td>{what.form ?? UNKNOWN}</td>
                <td>{what.period ? (what.periodIsKey ? periodLabel(what.period) : what.period) : UNKNOWN}</td>
                <td>{what.unit ?? UNKNOWN}</td>
                <td>{what.savedAt ? savedAtLabel(what.savedAt) : UNKNOWN}</td>
                <td data-testid="tlbc-quarantine-reason">{entry.reason}</td>
                <td>
                  <button
                    type="button"
                    data-testid="tlbc-quarantine-export"
                    onClick={() => download([entry])}
                    title="Download this record as it is (JSON)"
                  >
                    Tải xuống
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        data-testid="tlbc-quarantine-export-all"
        onClick={() => download(entries)}
        title="Download them all as they are (JSON)"
      >
        Tải xuống tất cả (JSON)
      </button>
    </section>
  );
}
