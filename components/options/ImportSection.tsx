import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveDraft } from '@/lib/drafts/client';
import { formColumnIdentities } from '@/lib/drafts/form-columns';
import { LIMITS, PREVIEW_ITEMS, tooLargeFile } from '@/lib/drafts/import/limits';
import { recentQuarters } from '@/lib/drafts/import/recent-quarters';
import { rememberedFor, rememberMapping } from '@/lib/drafts/import/remembered';
import {
  type FindingsView,
  localSession,
  type PreviewSession,
  type ViewResult,
} from '@/lib/drafts/import/session';
import { workerSession } from '@/lib/drafts/import/worker-session';
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
import { findingWords } from '@/lib/rules/finding-words';
import type { TableModel } from '@/lib/table/model';
import { useLang } from '../useLang';
import { ImportMapping } from './ImportMapping';
import { PeriodSelect } from './PeriodSelect';
import { pairOf, type Said } from './said';

// Options page: import an .xlsx / .csv file as a draft. Choose a file, see how its columns map to the
// form and what the checks would say, correct the mapping (the checks follow at once), then save it
// for a form, period and unit. Nothing is saved before the user presses "Lưu"; the mapping saved with
// it is offered again, with its sheet, for the next file with the same header. The file is read, mapped
// and checked in a worker (lib/drafts/import/preview-worker.ts) behind a progress bar, so 50 000 rows
// do not freeze the page; the preview lists at most PREVIEW_ITEMS problems and findings, counting the rest.

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

/** The first PREVIEW_ITEMS of a list, and a line counting the others (of `total`, when only those came). */
function Bounded<T>({
  items,
  total = items.length,
  t,
  children,
}: {
  items: T[];
  total?: number;
  t: ImportT;
  children: (item: T, index: number) => ComponentChildren;
}) {
  const rest = total - PREVIEW_ITEMS;
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
  const [result, setResult] = useState<ViewResult | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  /** How far the read is; 'checking' once it is read and the rows are being checked (no measure of it). */
  const [progress, setProgress] = useState<number | 'checking' | null>(null);
  const [findings, setFindings] = useState<FindingsView | null>(null);
  const [remembered, setRemembered] = useState(false);
  // A file chosen while another is still being read wins: the older read's result is dropped; so does
  // a correction made while the one before it is still being worked out.
  const loads = useRef(0);
  const views = useRef(0);
  const sessionRef = useRef<PreviewSession | null>(null);
  // The default checks run in the worker; checks handed in (tests) and pages without workers run here.
  const session = () =>
    (sessionRef.current ??=
      check === checkFile && typeof Worker !== 'undefined'
        ? workerSession(() => localSession(checkFile))
        : localSession(check ?? null));
  useEffect(() => () => sessionRef.current?.close(), []);

  const def = FORMS.find((f) => f.code === formCode) ?? FORMS[0];
  const imported = result?.ok ? result.view : null;

  const load = async (loaded: Loaded, form: FormDef) => {
    const id = ++loads.current;
    setBusy(true);
    setResult(null);
    setProgress(0);
    setStatus({ said: { key: 'import.reading', params: { file: loaded.name } } });
    const remembered = await rememberedFor(form.code).catch(() => []);
    const next = await session().load(loaded.name, loaded.data, form, remembered, (fraction) => {
      if (id === loads.current) setProgress(fraction);
    });
    if (id !== loads.current) return;
    let checked: FindingsView | null = null;
    if (next.ok) {
      setProgress('checking');
      setStatus({ said: { key: 'import.checking' } });
      await nextTask();
      checked = await session().check();
      if (id !== loads.current) return;
    }
    setRemembered(next.ok && next.view.remembered);
    setBusy(false);
    setProgress(null);
    setFindings(checked);
    setResult(next);
    setStatus(
      next.ok
        ? { said: { key: 'import.read', params: { count: next.view.rowCount, file: loaded.name } } }
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

  /** The preview under a corrected mapping or another sheet: rows and checks come back together. */
  const show = async (pending: Promise<ViewResult>, sheet?: string) => {
    const id = ++views.current;
    const file = loads.current;
    setBusy(true);
    const next = await pending;
    const checked = next.ok ? await session().check() : null;
    if (id !== views.current || file !== loads.current) return;
    setBusy(false);
    if (!next.ok) {
      const said = (l: Lang) =>
        sheet === undefined
          ? pairOf(next)[l]
          : importT(l)('import.sheetProblem', { sheet, problem: pairOf(next)[l] });
      setStatus({ said: { vi: said('vi'), en: said('en') }, error: true });
      return;
    }
    if (sheet !== undefined) setRemembered(false);
    setResult(next);
    setFindings(checked);
  };

  const onTarget = (fileColumn: number, number: number | null) => {
    if (!imported) return;
    const mapping = imported.mapping.map((m) =>
      m.fileColumn === fileColumn
        ? { ...m, number, how: m.how === 'merged' && number === null ? m.how : ('user' as const) }
        : m,
    );
    void show(session().remap(mapping));
  };

  const onSheet = (name: string) => {
    if (!imported?.sheetNames.includes(name)) return;
    void show(session().sheet(name), name);
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
    setBusy(true);
    const rows = await session().rows();
    if (!rows) {
      // The preview's rows are gone (the worker broke and the page could not take over): never an empty draft.
      setBusy(false);
      setStatus({ said: { key: 'import.rowsGone' }, error: true });
      return;
    }
    const reply = await save({
      form: def.code,
      period: periodKey,
      unit: unitName,
      rows,
      ...(findings ? { findings: { errors: findings.errors, warnings: findings.warnings } } : {}),
      // What each column is, as a draft saved on the page records it (issue 16, item 2).
      ...formColumnIdentities(def, rows),
    });
    setBusy(false);
    if (reply.ok) await rememberMapping(def.code, imported.mapping, imported.sheet).catch(() => {});
    const quarter = quarters.choices.find((q) => q.key === periodKey);
    setStatus(
      reply.ok
        ? {
            said: {
              vi: importT('vi')('import.saved', {
                draft: `${def.code} · ${quarter?.label ?? periodKey} · ${unitName}`,
                count: rows.length,
              }),
              en: importT('en')('import.saved', {
                draft: `${def.code} · ${quarter?.labelEn ?? periodKey} · ${unitName}`,
                count: rows.length,
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
          {imported.sheetNames.length > 1 && (
            <label>
              {t('import.sheet')}{' '}
              <select
                data-testid="tlbc-import-sheet"
                value={imported.sheet}
                onChange={(e) => onSheet((e.currentTarget as HTMLSelectElement).value)}
              >
                {imported.sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {remembered && <p data-testid="tlbc-import-remembered">{t('import.remembered')}</p>}
          <ImportMapping imported={imported} def={def} t={t} onChange={onTarget} />
          <p>{t('import.rows', { count: imported.rowCount, sheet: imported.sheet })}</p>
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
          ) : findings.total === 0 ? (
            <p>{t('import.noFindings')}</p>
          ) : (
            <Bounded items={findings.shown} total={findings.total} t={t}>
              {(f, i) => (
                <li
                  key={`${f.rule}-${f.row}-${f.col}-${i}`}
                  data-testid="tlbc-import-finding"
                  data-rule={f.rule}
                  data-severity={f.severity}
                >
                  {f.label !== undefined && <strong>{f.label}: </strong>}
                  {lang === 'en' ? findingWords(f.text, 'en') : f.message}
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
      {progress === 'checking' && <progress data-testid="tlbc-import-progress" data-phase="checking" />}
      {typeof progress === 'number' && (
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
