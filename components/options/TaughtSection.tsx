import { useCallback, useEffect, useState } from 'preact/hooks';
import { formOfVersionId } from '@/lib/forms/catalogue';
import { readTaughtFile, taughtFile, taughtFileName } from '@/lib/forms/taught/file';
import type { TaughtStructure } from '@/lib/forms/taught/schema';
import { loadTaught, onTaughtChanged, removeTaught, saveTaught } from '@/lib/forms/taught/store';
import { downloadJson } from './download';

// The structures the user taught on report pages (lib/forms/taught): listed, exported as one small
// file for another office, imported from such a file (validated whole: a bad file changes nothing),
// removed one by one (that page is checked generically again).

interface Status {
  text: string;
  textEn: string;
  error?: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString('vi-VN');

function summary(structure: TaughtStructure): string {
  const form = formOfVersionId(structure.form);
  const mapped = structure.columns.filter((c) => c.form !== null).length;
  const basis = form ? ` theo ${form.basis.document}` : '';
  return `${structure.code}${basis}: ${structure.columns.length} cột trên trang, ${mapped} cột ứng với mẫu; dạy ngày ${day(structure.taughtAt)}`;
}

export function TaughtSection() {
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
    setStatus({
      text: `Đã xuất ${structures.length} cấu trúc biểu vào tệp ${name}.`,
      textEn: `Exported ${structures.length} structures to ${name}.`,
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
      const read = readTaughtFile(text);
      if (!read.ok) return setStatus({ text: read.error, textEn: read.errorEn, error: true });
      const had = new Set(structures.map((s) => s.fingerprint));
      const replaced = read.structures.filter((s) => had.has(s.fingerprint)).length;
      await saveTaught(read.structures);
      const n = read.structures.length;
      setStatus({
        text: `Đã nhập ${n} cấu trúc biểu (${n - replaced} mới, ${replaced} thay cấu trúc đã có).`,
        textEn: `Imported ${n} structures (${n - replaced} new, ${replaced} replacing existing ones).`,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ text: `Không nhập được: ${message}`, textEn: `Could not import: ${message}`, error: true });
    } finally {
      setBusy(false);
      // Choosing the same file again must fire another change.
      input.value = '';
    }
  };

  const onRemove = async (structure: TaughtStructure) => {
    await removeTaught(structure.fingerprint);
    setStatus({
      text: `Đã gỡ cấu trúc ${structure.code}: biểu có tiêu đề này được kiểm tra theo cấu trúc chung.`,
      textEn: `Removed the ${structure.code} structure: a table with this header is checked generically.`,
    });
  };

  return (
    <section aria-labelledby="tlbc-taught-title" data-testid="tlbc-taught">
      <h2 id="tlbc-taught-title" title="Taught form structures">
        Cấu trúc biểu đã dạy
      </h2>
      <p title="Structures you confirmed in the panel for tables whose header differs from the known forms. Export them to give to another office; import a file received.">
        Cấu trúc bạn đã xác nhận trong bảng kiểm tra cho các biểu có tiêu đề khác mẫu. Xuất ra tệp để gửi đơn
        vị khác; nhập tệp nhận được để dùng ngay.
      </p>
      {structures.length === 0 ? (
        <p data-testid="tlbc-taught-empty" title="No structure taught yet.">
          Chưa có cấu trúc nào.
        </p>
      ) : (
        <ul>
          {structures.map((structure) => (
            <li
              key={structure.fingerprint}
              data-testid="tlbc-taught-row"
              data-fingerprint={structure.fingerprint}
            >
              {summary(structure)}{' '}
              <button
                type="button"
                data-testid="tlbc-taught-remove"
                title="Remove: this table is checked generically again"
                onClick={() => onRemove(structure)}
              >
                Gỡ
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
        title="Export to a file"
      >
        Xuất tệp cấu trúc
      </button>{' '}
      <label>
        Nhập tệp cấu trúc:{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="tlbc-taught-import"
          disabled={busy}
          onChange={(event) => onImport(event.currentTarget)}
        />
      </label>
      {status && (
        <p
          role="status"
          data-testid="tlbc-taught-status"
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
