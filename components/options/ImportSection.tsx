import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { saveDraft } from '@/lib/drafts/client';
import type { ImportResult } from '@/lib/drafts/import/import-file';
import { importSpreadsheet } from '@/lib/drafts/import/import-file';
import { LIMITS, PREVIEW_ITEMS, tooLargeFile } from '@/lib/drafts/import/limits';
import type { MappingHow } from '@/lib/drafts/import/map-columns';
import { previewModel } from '@/lib/drafts/import/preview-model';
import { recentQuarters } from '@/lib/drafts/import/recent-quarters';
import type { DraftInput } from '@/lib/drafts/schema';
import { allForms } from '@/lib/forms/catalogue';
import type { FormDef } from '@/lib/forms/schema';
import { formatNumber } from '@/lib/numbers';
import { checkAll } from '@/lib/rules/engine';
import type { Finding } from '@/lib/rules/finding';
import type { TableModel } from '@/lib/table/model';

// Options page: import an .xlsx / .csv file as a draft. Choose a file, see how its columns map to the
// form and what the checks would say, then save it for a form, period and unit. Nothing is saved
// before the user presses "Lưu". A large file is read in slices behind a progress bar, and the
// preview lists at most PREVIEW_ITEMS problems and findings, counting the rest.

type SaveReply = { ok: true } | { ok: false; error: string; errorEn: string };

export interface ImportSectionProps {
  /** Saves through the background store (lib/drafts/client). */
  save?: (draft: DraftInput) => Promise<SaveReply>;
  /** The checks the preview shows (the rule engine's, with no page context by default). */
  check?: (model: TableModel, def: FormDef) => Finding[];
  now?: () => Date;
}

const HOW: Record<MappingHow, [string, string]> = {
  numbering: ['theo dòng đánh số cột', 'by the column-numbering row'],
  header: ['theo tên cột', 'by the column name'],
  group: ['theo tên cột và nhóm cột phía trên', 'by the column name and the group above'],
  order: ['theo thứ tự cột (đoán, hãy kiểm tra)', 'by column order (a guess, please check)'],
  fuzzy: ['theo tên gần giống (hãy kiểm tra)', 'by a similar name (please check)'],
  user: ['do bạn chọn', 'chosen by you'],
  remembered: ['theo lần nhập trước của tệp cùng tiêu đề', 'as for the last file with this header'],
  merged: ['cột gộp, hãy chọn cột', 'a merged column: choose where it goes'],
  none: ['không thuộc biểu, bỏ qua', 'not part of the form, ignored'],
};

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
    const next = await importSpreadsheet(loaded.name, loaded.data, form, {
      onProgress: (fraction) => {
        if (id === loads.current) setProgress(fraction);
      },
    });
    if (id !== loads.current) return;
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

  const onSave = async () => {
    if (!imported) return;
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
    });
    setBusy(false);
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
        (1)…(13). <span lang="en">An .xlsx or .csv file with a header row or a column-numbering row.</span>
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
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="tlbc-import-file"
          onChange={onFile}
        />
      </label>
      {imported && (
        <div data-testid="tlbc-import-preview">
          <h3>
            Đối chiếu cột <span lang="en">(Column mapping)</span>
          </h3>
          <table>
            <thead>
              <tr>
                <th>Cột trong tệp (File column)</th>
                <th>Cột của biểu (Form column)</th>
                <th>Cách xác định (Decided)</th>
              </tr>
            </thead>
            <tbody>
              {imported.mapping
                .filter((m) => m.header !== '')
                .map((m) => (
                  <tr
                    key={m.fileColumn}
                    data-testid="tlbc-import-mapping"
                    data-col={m.number ?? ''}
                    data-how={m.how}
                  >
                    <td>{m.header}</td>
                    <td>{m.number === null ? '—' : `(${m.number})`}</td>
                    <td>
                      {HOW[m.how][0]} <span lang="en">({HOW[m.how][1]})</span>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
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
