import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { saveDraft } from '@/lib/drafts/client';
import { formColumnIdentities } from '@/lib/drafts/form-columns';
import type { ImportedSheet, ImportResult } from '@/lib/drafts/import/import-file';
import { importSheet, importSpreadsheet, remap } from '@/lib/drafts/import/import-file';
import { LIMITS, PREVIEW_ITEMS, tooLargeFile } from '@/lib/drafts/import/limits';
import { previewModel } from '@/lib/drafts/import/preview-model';
import { recentQuarters } from '@/lib/drafts/import/recent-quarters';
import { applyRemembered, findRemembered, rememberMapping } from '@/lib/drafts/import/remembered';
import type { DraftInput } from '@/lib/drafts/schema';
import { allForms } from '@/lib/forms/catalogue';
import type { FormDef } from '@/lib/forms/schema';
import { formatNumber } from '@/lib/numbers';
import { checkAll } from '@/lib/rules/engine';
import type { Finding } from '@/lib/rules/finding';
import type { TableModel } from '@/lib/table/model';
import { ImportMapping } from './ImportMapping';

// Options page: import an .xlsx / .csv file as a draft. Choose a file, see how its columns map to the
// form and what the checks would say, correct the mapping (the checks follow at once), then save it
// for a form, period and unit. Nothing is saved before the user presses "Lưu"; the mapping saved with
// it is offered again for the next file with the same header. A large file is read in slices behind a
// progress bar, and the preview lists at most PREVIEW_ITEMS problems and findings, counting the rest.

type SaveReply = { ok: true } | { ok: false; error: string; errorEn: string };

export interface ImportSectionProps {
  /** Saves through the background store (lib/drafts/client). */
  save?: (draft: DraftInput) => Promise<SaveReply>;
  /** The checks the preview shows (the rule engine's, with no page context by default). */
  check?: (model: TableModel, def: FormDef) => Finding[];
  now?: () => Date;
}

const FORMS = allForms.filter((f) => !f.outline);

const checkFile = (model: TableModel, def: FormDef): Finding[] => checkAll(model, def, {});

interface Status {
  text: string;
  textEn: string;
  error?: boolean;
}

interface Loaded {
  name: string;
  data: ArrayBuffer;
}

/** One macrotask, so the status set just before a long synchronous step is painted first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The first PREVIEW_ITEMS of a list, and a line counting the others. */
function Bounded<T>({
  items,
  children,
}: {
  items: T[];
  children: (item: T, index: number) => ComponentChildren;
}) {
  const rest = items.length - PREVIEW_ITEMS;
  return (
    <ul>
      {items.slice(0, PREVIEW_ITEMS).map(children)}
      {rest > 0 && (
        <li data-testid="tlbc-import-more" data-count={rest}>
          … và {formatNumber(rest)} mục nữa <span lang="en">(and {rest} more)</span>
        </li>
      )}
    </ul>
  );
}

export function ImportSection({
  save = saveDraft,
  check = checkFile,
  now = () => new Date(),
}: ImportSectionProps) {
  const quarters = useMemo(() => recentQuarters(now()), [now]);
  const [formCode, setFormCode] = useState(FORMS[0].code);
  const [period, setPeriod] = useState(quarters.selected);
  const [unit, setUnit] = useState('');
  // Read at save time: a click right after typing may come before the next render.
  const unitInput = useRef<HTMLInputElement>(null);
  const periodSelect = useRef<HTMLSelectElement>(null);
  const [file, setFile] = useState<Loaded | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [remembered, setRemembered] = useState(false);
  // A file chosen while another is still being read wins: the older read's result is dropped.
  const loads = useRef(0);

  const def = FORMS.find((f) => f.code === formCode) ?? FORMS[0];
  const imported = result?.ok ? result : null;

  const load = async (loaded: Loaded, form: FormDef) => {
    const id = ++loads.current;
    setBusy(true);
    setResult(null);
    setProgress(0);
    setStatus({ text: `Đang đọc “${loaded.name}”…`, textEn: `Reading “${loaded.name}”…` });
    const read = await importSpreadsheet(loaded.name, loaded.data, form, {
      onProgress: (fraction) => {
        if (id === loads.current) setProgress(fraction);
      },
    });
    if (id !== loads.current) return;
    let next = read;
    let offered = false;
    if (read.ok) {
      const remembered = await findRemembered(form.code, read.mapping).catch(() => null);
      if (id !== loads.current) return;
      if (remembered) {
        next = remap(read, applyRemembered(read.mapping, remembered), form);
        offered = true;
      }
    }
    setRemembered(offered);
    let checked: Finding[] | null = null;
    if (next.ok && check) {
      setProgress(null);
      setStatus({ text: 'Đang kiểm tra số liệu…', textEn: 'Checking the figures…' });
      await nextTask();
      if (id !== loads.current) return;
      checked = check(previewModel(next.rows, form), form);
    }
    setBusy(false);
    setProgress(null);
    setFindings(checked);
    setResult(next);
    setStatus(
      next.ok
        ? {
            text: `Đã đọc ${formatNumber(next.rows.length)} dòng từ “${loaded.name}”. Kiểm tra rồi bấm Lưu.`,
            textEn: `Read ${next.rows.length} rows from “${loaded.name}”. Check, then press Save.`,
          }
        : { text: next.error, textEn: next.errorEn, error: true },
    );
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    // Before reading a byte: a file of gigabytes must not be loaded into the page at all.
    if (chosen.size > LIMITS.fileBytes) {
      const refusal = tooLargeFile(chosen.size);
      loads.current++;
      setResult(null);
      setFile(null);
      setStatus({ text: refusal.error, textEn: refusal.errorEn, error: true });
      return;
    }
    let data: ArrayBuffer;
    try {
      data = await chosen.arrayBuffer();
    } catch {
      setResult(null);
      setStatus({
        text: 'Không đọc được tệp đã chọn.',
        textEn: 'Could not read the chosen file.',
        error: true,
      });
      return;
    }
    const loaded = { name: chosen.name, data };
    setFile(loaded);
    await load(loaded, def);
  };

  const onForm = async (code: string) => {
    setFormCode(code);
    const form = FORMS.find((f) => f.code === code);
    if (file && form) await load(file, form);
  };

  /** The preview under a corrected mapping or another sheet: rows and checks follow at once. */
  const show = (next: ImportedSheet) => {
    setResult(next);
    setFindings(check ? check(previewModel(next.rows, def), def) : null);
  };

  const onTarget = (fileColumn: number, number: number | null) => {
    if (!imported) return;
    const mapping = imported.mapping.map((m) =>
      m.fileColumn === fileColumn
        ? { ...m, number, how: m.how === 'merged' && number === null ? m.how : ('user' as const) }
        : m,
    );
    show(remap(imported, mapping, def));
  };

  const onSheet = (name: string) => {
    if (!imported) return;
    const sheet = imported.sheets.find((s) => s.name === name);
    if (!sheet) return;
    const read = { kind: imported.kind, sheets: imported.sheets, encoding: imported.encoding, notes: [] };
    const next = importSheet(read, sheet, def);
    if (!next.ok) {
      setStatus({
        text: `Trang tính “${name}”: ${next.error}`,
        textEn: `Sheet “${name}”: ${next.errorEn}`,
        error: true,
      });
      return;
    }
    setRemembered(false);
    show(next);
  };

  const onSave = async () => {
    if (!imported) return;
    if (imported.undecided.length > 0) {
      setStatus({
        text: `Chưa lưu: hãy chọn cột của biểu cho cột gộp “${imported.undecided[0].header}”.`,
        textEn: `Not saved: choose the form column for the merged column “${imported.undecided[0].header}”.`,
        error: true,
      });
      return;
    }
    const unitName = (unitInput.current?.value ?? unit).trim();
    const periodKey = periodSelect.current?.value ?? period;
    if (unitName === '') {
      setStatus({ text: 'Hãy nhập tên đơn vị báo cáo.', textEn: 'Enter the reporting unit.', error: true });
      return;
    }
    const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
    const warnings = findings?.filter((f) => f.severity === 'warning').length ?? 0;
    setBusy(true);
    const reply = await save({
      form: def.code,
      period: periodKey,
      unit: unitName,
      rows: imported.rows,
      ...(findings ? { findings: { errors, warnings } } : {}),
      // What each column is, as a draft saved on the page records it (issue 16, item 2).
      ...formColumnIdentities(def, imported.rows),
    });
    setBusy(false);
    if (reply.ok) await rememberMapping(def.code, imported.mapping).catch(() => {});
    const quarter = quarters.choices.find((q) => q.key === periodKey);
    setStatus(
      reply.ok
        ? {
            text: `Đã lưu bản nháp ${def.code} · ${quarter?.label ?? periodKey} · ${unitName} (${formatNumber(imported.rows.length)} dòng).`,
            textEn: `Saved the draft ${def.code} · ${quarter?.labelEn ?? periodKey} · ${unitName} (${imported.rows.length} rows).`,
          }
        : { text: reply.error, textEn: reply.errorEn, error: true },
    );
  };

  return (
    <section aria-labelledby="tlbc-import-title">
      <h2 id="tlbc-import-title">
        Nhập bản nháp từ Excel/CSV <span lang="en">(Import a draft from Excel/CSV)</span>
      </h2>
      <p>
        Tệp .xlsx hoặc .csv có dòng tiêu đề (“Lĩnh vực”, “Tổng số”, “Trực tuyến”…) hoặc dòng đánh số cột
        (1)…(13), kể cả tệp thống kê xuất từ phần mềm một cửa (“Tồn kỳ trước”, “Đã xử lý”, “Trực tuyến toàn
        trình”…). Tệp .xls cũ: hãy mở bằng Excel và lưu lại dạng .xlsx.{' '}
        <span lang="en">
          An .xlsx or .csv file with a header row or a column-numbering row, one-stop system exports included.
          Old .xls: save it as .xlsx in Excel.
        </span>
      </p>
      <label>
        Biểu mẫu <span lang="en">(Form)</span>{' '}
        <select
          data-testid="tlbc-import-form"
          value={formCode}
          onChange={(e) => onForm((e.currentTarget as HTMLSelectElement).value)}
        >
          {FORMS.map((f) => (
            <option key={f.code} value={f.code}>
              {f.code}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Tệp <span lang="en">(File)</span>{' '}
        <input
          type="file"
          accept=".xlsx,.csv,.txt,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="tlbc-import-file"
          onChange={onFile}
        />
      </label>
      {imported && (
        <div data-testid="tlbc-import-preview">
          <h3>
            Đối chiếu cột <span lang="en">(Column mapping)</span>
          </h3>
          {imported.sheets.length > 1 && (
            <label>
              Trang tính <span lang="en">(Sheet)</span>{' '}
              <select
                data-testid="tlbc-import-sheet"
                value={imported.sheet}
                onChange={(e) => onSheet((e.currentTarget as HTMLSelectElement).value)}
              >
                {imported.sheets.map((sh) => (
                  <option key={sh.name} value={sh.name}>
                    {sh.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {remembered && (
            <p data-testid="tlbc-import-remembered">
              Đã áp dụng cách đối chiếu cột bạn đã lưu cho tệp có cùng tiêu đề; hãy kiểm tra lại.{' '}
              <span lang="en">
                (The mapping you saved for a file with this header was applied; check it.)
              </span>
            </p>
          )}
          <ImportMapping imported={imported} def={def} onChange={onTarget} />
          <p>
            {formatNumber(imported.rows.length)} dòng, trang tính “{imported.sheet}”.{' '}
            <span lang="en">
              ({imported.rows.length} rows, sheet “{imported.sheet}”.)
            </span>
          </p>
          {imported.encoding && (
            <p data-testid="tlbc-import-encoding" data-encoding={imported.encoding}>
              Bảng mã của tệp: {imported.encoding} <span lang="en">(File encoding: {imported.encoding})</span>
            </p>
          )}
          {imported.problems.length > 0 && (
            <Bounded items={imported.problems}>
              {(p, i) => (
                <li
                  key={`${p.row}-${p.col}-${i}`}
                  data-testid="tlbc-import-problem"
                  data-severity={p.severity}
                >
                  {p.message} <span lang="en">{p.messageEn}</span>
                </li>
              )}
            </Bounded>
          )}
          {findings === null ? (
            <p>Chưa có bộ kiểm tra số liệu. (Checks are not available.)</p>
          ) : findings.length === 0 ? (
            <p>Không thấy lỗi số liệu. (No problems found.)</p>
          ) : (
            <Bounded items={findings}>
              {(f, i) => (
                <li
                  key={`${f.rule}-${f.row}-${f.col}-${i}`}
                  data-testid="tlbc-import-finding"
                  data-rule={f.rule}
                  data-severity={f.severity}
                >
                  {f.row !== undefined && <strong>{imported.rows[f.row]?.label}: </strong>}
                  {f.message} <span lang="en">{f.messageEn}</span>
                </li>
              )}
            </Bounded>
          )}
          <label>
            Kỳ báo cáo <span lang="en">(Period)</span>{' '}
            <select
              data-testid="tlbc-import-period"
              ref={periodSelect}
              value={period}
              onChange={(e) => setPeriod((e.currentTarget as HTMLSelectElement).value)}
            >
              {quarters.choices.map((q) => (
                <option key={q.key} value={q.key}>
                  {q.label} ({q.key.replace('/', ' – ')})
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            Đơn vị báo cáo <span lang="en">(Reporting unit)</span>{' '}
            <input
              type="text"
              data-testid="tlbc-import-unit"
              ref={unitInput}
              value={unit}
              onInput={(e) => setUnit((e.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button type="button" data-testid="tlbc-import-save" disabled={busy} onClick={onSave}>
            Lưu bản nháp <span lang="en">(Save draft)</span>
          </button>
        </div>
      )}
      {progress !== null && (
        <progress data-testid="tlbc-import-progress" max={100} value={Math.round(progress * 100)}>
          {Math.round(progress * 100)} %
        </progress>
      )}
      <p data-testid="tlbc-import-status" aria-live="polite" class={status?.error ? 'error' : undefined}>
        {status && (
          <>
            {status.text} <span lang="en">{status.textEn}</span>
          </>
        )}
      </p>
    </section>
  );
}
