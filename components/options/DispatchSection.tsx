import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortForm } from '@/lib/forms/code';
import type { Lang } from '@/lib/i18n/lang';
import type { Text } from '@/lib/i18n/message';
import { type DispatchKey, dispatchMessages } from '@/lib/i18n/messages/dispatch';
import { withLocalNumbers } from '@/lib/i18n/numbers';
import { type Translate, textIn, translator } from '@/lib/i18n/translator';
import { viDate } from '@/lib/periods/dates';
import { type ParsedDispatch, parseDispatch } from '@/lib/periods/dispatch';
import { flagText } from '@/lib/periods/dispatch-flags';
import { applyDispatch, DISPATCHES_KEY, loadApplied, removeApplied } from '@/lib/periods/dispatch-store';
import { LEVEL_LABELS } from '@/lib/periods/levels';
import type { AppliedDispatches } from '@/lib/periods/schedule';
import { periodLabel } from '@/lib/periods/windows';
import { useLang } from '../useLang';

// Paste this period's dispatch (công văn), check what was read, apply it: the popup, badge and
// reminders then use its dates instead of the estimated ones. What was not understood is listed.

type T = Translate<DispatchKey>;

/** A message of the dispatch code in the page's language: numbers as it writes them, a period by name. */
function say(text: Text<DispatchKey>, lang: Lang): string {
  const local = withLocalNumbers(text, lang);
  const period = text.params?.period;
  const params =
    period === undefined ? local.params : { ...local.params, period: periodLabel(String(period), lang) };
  return textIn(dispatchMessages, lang, { ...local, params });
}

interface Status {
  said: Text<DispatchKey>[];
  error?: boolean;
}

export function DispatchSection() {
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedDispatch | null>(null);
  const [applied, setApplied] = useState<AppliedDispatches>({});
  const lang = useLang();
  const t: T = translator(dispatchMessages, lang);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    const reload = () => loadApplied().then(setApplied, () => {});
    reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DISPATCHES_KEY in changes) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const parse = () => {
    const result = parseDispatch(text);
    if (result.refused) {
      setParsed(null);
      setStatus({ said: [result.refused], error: true });
      return;
    }
    setParsed(result);
    setStatus(result.items.length ? null : { said: [{ key: 'dispatch.nothingRead' }], error: true });
  };

  const apply = async () => {
    if (!parsed) return;
    try {
      const result = await applyDispatch(parsed);
      const flagged = parsed.items.filter((i) => i.flags?.length).length;
      const confirm: Text<DispatchKey>[] =
        result.ok && flagged ? [{ key: 'dispatch.flagged', params: { count: flagged } }] : [];
      setStatus({ said: [result.message, ...confirm], error: !result.ok });
    } catch {
      setStatus({ said: [{ key: 'dispatch.notSaved' }], error: true });
    }
  };

  return (
    <section aria-labelledby="tlbc-dispatch-title">
      <h2 id="tlbc-dispatch-title">{t('dispatch.title')}</h2>
      <p>{t('dispatch.intro')}</p>
      <textarea
        data-testid="tlbc-dispatch-text"
        rows={10}
        cols={80}
        value={text}
        aria-label={t('dispatch.textLabel')}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button type="button" data-testid="tlbc-dispatch-parse" onClick={parse} disabled={!text.trim()}>
          {t('dispatch.read')}
        </button>
      </p>
      {parsed && <ParsedView parsed={parsed} t={t} lang={lang} onApply={apply} />}
      {status && (
        <p role="status" data-testid="tlbc-dispatch-status" class={status.error ? 'error' : ''}>
          {status.said.map((text) => say(text, lang)).join(' ')}
        </p>
      )}
      <AppliedList applied={applied} t={t} lang={lang} />
    </section>
  );
}

function ParsedView(props: { parsed: ParsedDispatch; t: T; lang: Lang; onApply: () => void }) {
  const { parsed, t, lang, onApply } = props;
  return (
    <div data-testid="tlbc-dispatch-result">
      <p>
        {t('dispatch.period')}{' '}
        <strong>{parsed.period ? periodLabel(parsed.period, lang) : t('dispatch.periodUnknown')}</strong>
        {parsed.window &&
          ` ${t('dispatch.window', { from: viDate(parsed.window.from), to: viDate(parsed.window.to) })}`}
      </p>
      {parsed.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('dispatch.unit')}</th>
              <th>{t('dispatch.form')}</th>
              <th>{t('dispatch.due')}</th>
            </tr>
          </thead>
          <tbody>
            {parsed.items.flatMap((item) =>
              item.forms.map((form) => (
                <tr
                  key={`${item.level}|${form}|${item.due}`}
                  data-testid="tlbc-dispatch-item"
                  data-level={item.level}
                  data-form={form}
                  data-from={item.from}
                  data-to={item.to}
                  data-due={item.due}
                  data-assumed={item.formsAssumed ? 'true' : undefined}
                  data-flags={item.flags?.join(' ')}
                >
                  <td>{LEVEL_LABELS[item.level][lang]}</td>
                  <td>
                    {form}
                    {item.formsAssumed && <span> {t('dispatch.assumed')}</span>}
                  </td>
                  <td>
                    {item.before ? t('dispatch.before', { date: viDate(item.due) }) : viDate(item.due)}
                    {item.flags?.length ? (
                      <strong class="error">
                        {' '}
                        {t('dispatch.confirm', {
                          why: item.flags.map((f) => flagText(f, item.due, lang)).join('; '),
                        })}
                      </strong>
                    ) : null}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {parsed.appendices?.length ? (
        <p data-testid="tlbc-dispatch-appendices">
          {t('dispatch.appendices', { appendices: parsed.appendices.join('; ') })}
        </p>
      ) : null}
      {parsed.unparsed.length > 0 && (
        <div data-testid="tlbc-dispatch-unparsed">
          <p>{t('dispatch.unparsed')}</p>
          <ul>
            {parsed.unparsed.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        data-testid="tlbc-dispatch-apply"
        onClick={onApply}
        disabled={!parsed.items.length}
      >
        {t('dispatch.apply')}
      </button>
    </div>
  );
}

function AppliedList({ applied, t, lang }: { applied: AppliedDispatches; t: T; lang: Lang }) {
  const periods = Object.keys(applied).sort().reverse();
  if (!periods.length) return null;
  return (
    <div>
      <h3>{t('dispatch.applied')}</h3>
      <ul>
        {periods.map((period) => (
          <li key={period} data-testid="tlbc-dispatch-applied" data-period={period}>
            {periodLabel(period, lang)}:{' '}
            {applied[period].items
              .map(
                (i) =>
                  `${LEVEL_LABELS[i.level][lang]} — ${i.forms.map(shortForm).join(', ')}${i.formsAssumed ? ` ${t('dispatch.appliedAssumed')}` : ''}: ${viDate(i.due)}${i.flags?.length ? ` ${t('dispatch.appliedFlagged')}` : ''}`,
              )
              .join('; ')}{' '}
            <button
              type="button"
              data-testid="tlbc-dispatch-remove"
              title={t('dispatch.removeHint')}
              onClick={() => removeApplied(period)}
            >
              {t('dispatch.remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
