import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Aggregate, aggregateDrafts, type Level } from '@/lib/drafts/aggregate';
import { getDraft, listDraftsResult, onDraftsChanged, saveDraft } from '@/lib/drafts/client';
import { formColumnIdentities } from '@/lib/drafts/form-columns';
import { draftId } from '@/lib/drafts/key';
import { periodLabel, savedAtLabel } from '@/lib/drafts/labels';
import type { Draft, DraftInput, DraftSummary } from '@/lib/drafts/schema';
import { formByCode } from '@/lib/forms/catalogue';
import type { Lang } from '@/lib/i18n/lang';
import { type AggregateKey, aggregateMessages } from '@/lib/i18n/messages/aggregate';
import { type Translate, textIn, translator } from '@/lib/i18n/translator';
import { periodOfWindow, periodLabel as standardPeriodLabel } from '@/lib/periods/windows';
import { loadProfile } from '@/lib/profile';
import { useLang } from '../useLang';
import { PeriodSelect } from './PeriodSelect';
import { StatusLine } from './StatusLine';
import { pairOf, type Said, sayIn } from './said';

// Options page: build an II.06 draft (the aggregate) from chosen II.06a drafts of one period, each put
// under its level group (Cấp tỉnh / Cấp huyện / Cấp xã). "Tổng hợp" only shows a preview; nothing is
// saved before "Lưu thành bản nháp II.06", and the II.06a drafts are only read.

const SOURCE_FORM = 'II.06a/VPCP/KSTT';
const TARGET_FORM = 'II.06/VPCP/KSTT';

type Failure = { ok: false; error: string; errorEn: string };
type ListReply = { ok: true; drafts: DraftSummary[] } | Failure;
type GetReply = { ok: true; draft: Draft | null } | Failure;
type SaveReply = { ok: true } | Failure;

export interface AggregateSectionProps {
  /** Every draft's summary (lib/drafts/client). */
  list?: () => Promise<ListReply>;
  /** One draft with its rows. */
  get?: (id: string) => Promise<GetReply>;
  save?: (draft: DraftInput) => Promise<SaveReply>;
  /** The aggregating unit's name to start from (the stored profile's unit). */
  defaultUnit?: () => Promise<string>;
  /** Calls back when the drafts change; returns the function that stops listening. */
  onChange?: (callback: () => void) => () => void;
}

type T = Translate<AggregateKey>;

export const LEVELS: Level[] = ['tinh', 'huyen', 'xa'];

// Words that name a unit's level; the one written first wins ("UBND xã A, huyện B" is a commune,
// "Phòng Tư pháp huyện B" a district body). "thị xã" is longer than "xã" and starts earlier, so wins.
const LEVEL_WORDS: [RegExp, Level][] = [
  [/(?<!\p{L})(xã|phường|thị trấn|đặc khu)(?!\p{L})/u, 'xa'],
  [/(?<!\p{L})(huyện|thị xã|thành phố|quận)(?!\p{L})/u, 'huyen'],
  [/(?<!\p{L}|văn )phòng(?!\p{L})/u, 'huyen'],
  [/(?<!\p{L})(sở|ban|ngành|tỉnh)(?!\p{L})/u, 'tinh'],
];

/** The level group a unit's figures most likely go under, from its name; communes when it says nothing. */
export function guessLevel(unit: string): Level {
  const text = unit.normalize('NFC').toLocaleLowerCase('vi');
  let best: { at: number; length: number; level: Level } | null = null;
  for (const [pattern, level] of LEVEL_WORDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const better =
      !best || match.index < best.at || (match.index === best.at && match[0].length > best.length);
    if (better) best = { at: match.index, length: match[0].length, level };
  }
  return best?.level ?? 'xa';
}

/** "Quý I/2025 (15/12/2024 – 14/3/2025)" for a standard window, else just the dates. */
function periodName(period: string, lang: Lang): string {
  const dates = periodLabel(period);
  const [from, to] = period.split('/');
  const id = from && to ? periodOfWindow({ from, to }) : null;
  return id ? `${standardPeriodLabel(id, lang)} (${dates})` : dates;
}

interface Status {
  said: Said;
  error?: boolean;
}

interface Choice {
  on: boolean;
  level: Level;
}

interface Built extends Aggregate {
  period: string;
  /** The drafts summed, for the saved draft's name and the status. */
  count: number;
  /** Drafts that could not be read, said alongside the problems. */
  missing: string[];
  /** Set once this preview has been saved. */
  saved?: boolean;
}

const profileUnit = async () => (await loadProfile()).unit;

export function AggregateSection({
  list = listDraftsResult,
  get = getDraft,
  save = saveDraft,
  defaultUnit = profileUnit,
  onChange = onDraftsChanged,
}: AggregateSectionProps) {
  const lang = useLang();
  const t: T = translator(aggregateMessages, lang);
  const def = formByCode(TARGET_FORM);
  const [all, setAll] = useState<DraftSummary[] | null>(null);
  const [period, setPeriod] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [unit, setUnit] = useState('');
  // Read at save time: a click right after typing may come before the next render.
  const unitInput = useRef<HTMLInputElement>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const reply = await list();
    if (reply.ok) setAll(reply.drafts);
    else setStatus({ said: pairOf(reply), error: true });
  }, [list]);

  useEffect(() => {
    reload();
    return onChange(reload);
  }, [reload, onChange]);

  useEffect(() => {
    let live = true;
    defaultUnit()
      .then((name) => {
        if (live && name) setUnit((current) => current || name);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [defaultUnit]);

  const drafts = useMemo(() => (all === null ? null : all.filter((d) => d.form === SOURCE_FORM)), [all]);
  // Newest period first.
  const periods = useMemo(
    () => [...new Set((drafts ?? []).map((d) => d.period))].sort((a, b) => b.localeCompare(a)),
    [drafts],
  );
  const chosenPeriod = periods.includes(period) ? period : (periods[0] ?? '');
  const ofPeriod = useMemo(
    () =>
      (drafts ?? [])
        .filter((d) => d.period === chosenPeriod)
        .sort((a, b) => a.unit.localeCompare(b.unit, 'vi')),
    [drafts, chosenPeriod],
  );
  const fallback = (d: DraftSummary): Choice => ({ on: false, level: guessLevel(d.unit) });
  const choiceOf = (d: DraftSummary): Choice => choices[d.id] ?? fallback(d);
  const ticked = ofPeriod.filter((d) => choiceOf(d).on);

  /** Any change to what goes in makes the preview stale: it goes, so an old one is never saved. */
  const stale = () => {
    setBuilt(null);
    setStatus((prev) => (prev?.error ? prev : null));
  };

  const choose = (d: DraftSummary, change: Partial<Choice>) => {
    setChoices((prev) => ({ ...prev, [d.id]: { ...(prev[d.id] ?? fallback(d)), ...change } }));
    stale();
  };

  const tickAll = (on: boolean) => {
    setChoices((prev) => {
      const next = { ...prev };
      for (const d of ofPeriod) next[d.id] = { ...(prev[d.id] ?? fallback(d)), on };
      return next;
    });
    stale();
  };

  const run = async () => {
    if (ticked.length === 0) {
      setStatus({ said: { key: 'aggregate.tickOne' }, error: true });
      return;
    }
    setBusy(true);
    const replies = await Promise.all(ticked.map((d) => get(d.id)));
    setBusy(false);
    const sources: Parameters<typeof aggregateDrafts>[0] = [];
    const missing: string[] = [];
    replies.forEach((reply, i) => {
      const summary = ticked[i]!;
      if (reply.ok && reply.draft) {
        sources.push({
          unit: reply.draft.unit,
          rows: reply.draft.rows,
          level: choiceOf(summary).level,
          ...(reply.draft.columns ? { columns: reply.draft.columns } : {}),
        });
      } else {
        missing.push(summary.unit || summary.id);
      }
    });
    const result = aggregateDrafts(sources, def);
    setBuilt({ ...result, period: chosenPeriod, count: sources.length, missing });
    setStatus(
      sources.length === 0
        ? { said: { key: 'aggregate.noneRead' }, error: true }
        : { said: { key: 'aggregate.done', params: { count: sources.length } } },
    );
  };

  const onSave = async () => {
    if (!built || built.count === 0) return;
    const unitName = (unitInput.current?.value ?? unit).trim();
    if (unitName === '') {
      setStatus({ said: { key: 'aggregate.needUnit' }, error: true });
      return;
    }
    setBusy(true);
    const reply = await save({
      form: TARGET_FORM,
      period: built.period,
      unit: unitName,
      rows: built.rows,
      // The draft's name, in the language it was made in (a name the user may change).
      name: t('aggregate.draftName', { count: built.count }),
      // What each column is, as a draft saved on the page records it (issue 16, item 2).
      ...(def ? formColumnIdentities(def, built.rows) : {}),
    });
    setBusy(false);
    if (reply.ok) setBuilt({ ...built, saved: true });
    setStatus(
      reply.ok
        ? {
            said: {
              key: 'aggregate.savedDraft',
              params: {
                draft: `${TARGET_FORM} · ${periodLabel(built.period)} · ${unitName}`,
                count: built.rows.length,
              },
            },
          }
        : { said: pairOf(reply), error: true },
    );
  };

  // Saving over an existing II.06 of the same period and unit keeps the old one as an earlier version.
  const replaces =
    built !== null &&
    !built.saved &&
    unit.trim() !== '' &&
    (all ?? []).some((d) => d.id === draftId(TARGET_FORM, built.period, unit.trim()));

  return (
    <section aria-labelledby="tlbc-aggregate-title">
      <h2 id="tlbc-aggregate-title">{t('aggregate.title')}</h2>
      {drafts === null ? (
        !status?.error && <p>{t('aggregate.loading')}</p>
      ) : drafts.length === 0 ? (
        <p data-testid="tlbc-aggregate-empty">{t('aggregate.empty')}</p>
      ) : (
        <>
          <PeriodSelect
            testid="tlbc-aggregate-period"
            label={t('aggregate.period')}
            value={chosenPeriod}
            choices={periods.map((p) => ({ value: p, label: periodName(p, lang) }))}
            onChange={(p) => {
              setPeriod(p);
              stale();
            }}
          />
          <table>
            <thead>
              <tr>
                <th>{t('aggregate.pick')}</th>
                <th>{t('aggregate.unit')}</th>
                <th>{t('aggregate.saved')}</th>
                <th>{t('aggregate.level')}</th>
              </tr>
            </thead>
            <tbody>
              {ofPeriod.map((d) => {
                const choice = choiceOf(d);
                const name = d.unit || t('aggregate.noUnit');
                return (
                  <tr key={d.id}>
                    <td>
                      <input
                        type="checkbox"
                        data-testid="tlbc-aggregate-source"
                        data-id={d.id}
                        aria-label={t('aggregate.include', { unit: name })}
                        checked={choice.on}
                        onChange={(e) => choose(d, { on: (e.currentTarget as HTMLInputElement).checked })}
                      />
                    </td>
                    <td>{name}</td>
                    <td>{savedAtLabel(d.savedAt)}</td>
                    <td>
                      <select
                        data-testid="tlbc-aggregate-level"
                        data-id={d.id}
                        aria-label={t('aggregate.levelOf', { unit: name })}
                        value={choice.level}
                        onChange={(e) =>
                          choose(d, { level: (e.currentTarget as HTMLSelectElement).value as Level })
                        }
                      >
                        {LEVELS.map((l) => (
                          <option key={l} value={l}>
                            {t(`aggregate.level.${l}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <button type="button" onClick={() => tickAll(true)}>
              {t('aggregate.tickAll')}
            </button>{' '}
            <button type="button" onClick={() => tickAll(false)}>
              {t('aggregate.untickAll')}
            </button>
          </p>
          <label>
            {t('aggregate.aggregatingUnit')}{' '}
            <input
              data-testid="tlbc-aggregate-unit"
              ref={unitInput}
              value={unit}
              placeholder={t('aggregate.unitExample')}
              onInput={(e) => setUnit((e.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button
            type="button"
            data-testid="tlbc-aggregate-run"
            disabled={busy || ticked.length === 0}
            onClick={run}
          >
            {t('aggregate.run')}
          </button>
          {ticked.length === 0 && <span data-testid="tlbc-aggregate-hint"> {t('aggregate.tickFirst')}</span>}
        </>
      )}
      {status && (
        <StatusLine
          testid="tlbc-aggregate-status"
          text={sayIn(aggregateMessages, lang, status.said)}
          error={status.error}
        />
      )}
      {built && built.count > 0 && (
        <Preview built={built} columns={def?.countColumns ?? []} t={t} lang={lang}>
          {replaces && <p data-testid="tlbc-aggregate-replaces">{t('aggregate.replaces')}</p>}
          <button type="button" data-testid="tlbc-aggregate-save" disabled={busy} onClick={onSave}>
            {t('aggregate.save')}
          </button>
        </Preview>
      )}
    </section>
  );
}

const KIND_LABEL: Record<string, AggregateKey> = {
  group: 'aggregate.kind.group',
  subtotal: 'aggregate.kind.subtotal',
  total: 'aggregate.kind.total',
};

function Preview(props: { built: Built; columns: number[]; t: T; lang: Lang; children?: ComponentChildren }) {
  const { built, columns, t, lang } = props;
  const kind = (k: string) => (KIND_LABEL[k] ? t(KIND_LABEL[k]) : undefined);
  return (
    <div data-testid="tlbc-aggregate-preview">
      <h3>{t('aggregate.preview', { period: periodLabel(built.period) })}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('aggregate.fieldHeading')}</th>
            {columns.map((c) => (
              <th key={c}>({c})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {built.rows.map((row) => (
            <tr
              key={`${row.group ?? ''}|${row.key}`}
              data-testid="tlbc-aggregate-row"
              data-kind={row.kind}
              data-group={row.group ?? ''}
              data-label={row.label}
            >
              <th scope="row" title={kind(row.kind)}>
                {row.kind === 'group' || row.kind === 'subtotal' || row.kind === 'total' ? (
                  <strong>{row.label}</strong>
                ) : (
                  row.label
                )}
              </th>
              {columns.map((c) => (
                <td key={c} data-col={c}>
                  {row.values[String(c)] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {(built.problems.length > 0 || built.missing.length > 0) && (
        <ul>
          {built.missing.map((unit) => (
            <li key={`missing-${unit}`} data-testid="tlbc-aggregate-problem">
              {t('aggregate.missing', { unit })}
            </li>
          ))}
          {built.problems.map((p, i) => (
            <li key={`${p.unit}-${p.label}-${p.col}-${i}`} data-testid="tlbc-aggregate-problem">
              {textIn(aggregateMessages, lang, p.text)}
            </li>
          ))}
        </ul>
      )}
      {props.children}
    </div>
  );
}
