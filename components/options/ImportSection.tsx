import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { saveDraft } from '@/lib/drafts/client';
import type { ImportedSheet, ImportResult } from '@/lib/drafts/import/import-file';
import { importSheet, importSpreadsheet, remap } from '@/lib/drafts/import/import-file';
import { LIMITS, PREVIEW_ITEMS, tooLargeFile } from '@/lib/drafts/import/limits';
import { previewModel } from '@/lib/drafts/import/preview-model';
import { recentQuarters } from '@/lib/drafts/import/recent-quarters';
import { applyRemembered, findRemembered, rememberMapping } from '@/lib/drafts/import/remembered';
import type { DraftInput } from '@/lib/drafts/schema';
import { allForms } from '@/lib/forms/catalogue';
import type { FormDef } from '@/lib/forms/schema';
import type { Lang } from '@/lib/i18n/lang';
import type { Params } from '@/lib/i18n/message';
import { type ImportKey, importMessages } from '@/lib/i18n/messages/import';
import { localParams } from '@/lib/i18n/numbers';
import { translator } from '@/lib/i18n/translator';
import { checkAll } from '@/lib/rules/engine';
import type { Finding } from '@/lib/rules/finding';
import type { TableModel } from '@/lib/table/model';
import { useLang } from '../useLang';
import { ImportMapping } from './ImportMapping';
import { PeriodSelect } from './PeriodSelect';
import { pairOf, type Said } from './said';

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
  said: Said;
  error?: boolean;
}

export type ImportT = (key: ImportKey, params?: Params) => string;

/** `t` of the import messages, numbers written as the language writes them. */
export function importT(lang: Lang): ImportT {
  const t = translator(importMessages, lang);
  return (key, params) => t(key, localParams(params, lang));
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
  t,
  children,
}: {
  items: T[];
  t: ImportT;
  children: (item: T, index: number) => ComponentChildren;
}) {
  const rest = items.length - PREVIEW_ITEMS;
  return (
    <ul>
      {items.slice(0, PREVIEW_ITEMS).map(children)}
      {rest > 0 && (
        <li data-testid="tlbc-import-more" data-count={rest}>
          {t('import.more', { count: rest })}
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
  const lang = useLang();
  const t = importT(lang);
  const say = (said: Said) => ('key' in said ? t(said.key as ImportKey, said.params) : said[lang]);
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
    setStatus({ said: { key: 'import.reading', params: { file: loaded.name } } });
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
      setStatus({ said: { key: 'import.checking' } });
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
        ? { said: { key: 'import.read', params: { count: next.rows.length, file: loaded.name } } }
        : { said: pairOf(next), error: true },
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
      setStatus({ said: pairOf(refusal), error: true });
      return;
    }
    let data: ArrayBuffer;
    try {
      data = await chosen.arrayBuffer();
    } catch {
      setResult(null);
      setStatus({ said: { key: 'import.unreadable' }, error: true });
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
      const sheetSaid = (l: Lang) =>
        importT(l)('import.sheetProblem', { sheet: name, problem: pairOf(next)[l] });
      setStatus({ said: { vi: sheetSaid('vi'), en: sheetSaid('en') }, error: true });
      return;
    }
    setRemembered(false);
    show(next);
  };

  const onSave = async () => {
    if (!imported) return;
    if (imported.undecided.length > 0) {
      setStatus({
        said: { key: 'import.undecided', params: { header: imported.undecided[0].header } },
        error: true,
      });
      return;
    }
    const unitName = (unitInput.current?.value ?? unit).trim();
    const periodKey = periodSelect.current?.value ?? period;
    if (unitName === '') {
      setStatus({ said: { key: 'import.needUnit' }, error: true });
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
    if (reply.ok) await rememberMapping(def.code, imported.mapping).catch(() => {});
    const quarter = quarters.choices.find((q) => q.key === periodKey);
    setStatus(
      reply.ok
        ? {
            said: {
              vi: importT('vi')('import.saved', {
                draft: `${def.code} · ${quarter?.label ?? periodKey} · ${unitName}`,
                count: imported.rows.length,
              }),
              en: importT('en')('import.saved', {
                draft: `${def.code} · ${quarter?.labelEn ?? periodKey} · ${unitName}`,
                count: imported.rows.length,
              }),
            },
          }
        : { said: pairOf(reply), error: true },
    );
  };

  return (
    <section aria-labelledby="tlbc-import-title">
      <h2 id="tlbc-import-title">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <label>
        {t('import.form')}{' '}
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
        {t('import.file')}{' '}
        <input
          type="file"
          accept=".xlsx,.csv,.txt,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="tlbc-import-file"
          onChange={onFile}
        />
      </label>
      {imported && (
        <div data-testid="tlbc-import-preview">
          <h3>{t('import.mappingTitle')}</h3>
          {imported.sheets.length > 1 && (
            <label>
              {t('import.sheet')}{' '}
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
          {remembered && <p data-testid="tlbc-import-remembered">{t('import.remembered')}</p>}
          <ImportMapping imported={imported} def={def} t={t} onChange={onTarget} />
          <p>{t('import.rows', { count: imported.rows.length, sheet: imported.sheet })}</p>
          {imported.encoding && (
            <p data-testid="tlbc-import-encoding" data-encoding={imported.encoding}>
              {t('import.encoding', { encoding: imported.encoding })}
            </p>
          )}
          {imported.problems.length > 0 && (
            <Bounded items={imported.problems} t={t}>
              {(p, i) => (
                <li
                  key={`${p.row}-${p.col}-${i}`}
                  data-testid="tlbc-import-problem"
                  data-severity={p.severity}
                >
                  {lang === 'en' ? p.messageEn : p.message}
                </li>
              )}
            </Bounded>
          )}
          {findings === null ? (
            <p>{t('import.noChecks')}</p>
          ) : findings.length === 0 ? (
            <p>{t('import.noFindings')}</p>
          ) : (
            <Bounded items={findings} t={t}>
              {(f, i) => (
                <li
                  key={`${f.rule}-${f.row}-${f.col}-${i}`}
                  data-testid="tlbc-import-finding"
                  data-rule={f.rule}
                  data-severity={f.severity}
                >
                  {f.row !== undefined && <strong>{imported.rows[f.row]?.label}: </strong>}
                  {lang === 'en' ? f.messageEn : f.message}
                </li>
              )}
            </Bounded>
          )}
          <PeriodSelect
            testid="tlbc-import-period"
            label={t('import.period')}
            selectRef={periodSelect}
            value={period}
            choices={quarters.choices.map((q) => ({
              value: q.key,
              label: `${lang === 'en' ? q.labelEn : q.label} (${q.key.replace('/', ' – ')})`,
            }))}
            onChange={setPeriod}
          />{' '}
          <label>
            {t('import.unit')}{' '}
            <input
              type="text"
              data-testid="tlbc-import-unit"
              ref={unitInput}
              value={unit}
              onInput={(e) => setUnit((e.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button type="button" data-testid="tlbc-import-save" disabled={busy} onClick={onSave}>
            {t('import.save')}
          </button>
        </div>
      )}
      {progress !== null && (
        <progress data-testid="tlbc-import-progress" max={100} value={Math.round(progress * 100)}>
          {Math.round(progress * 100)} %
        </progress>
      )}
      <p data-testid="tlbc-import-status" aria-live="polite" class={status?.error ? 'error' : undefined}>
        {status && say(status.said)}
      </p>
    </section>
  );
}
