import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listDrafts } from '@/lib/drafts/client';
import { shortForm } from '@/lib/forms/code';
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/lang';
import { popupMessages } from '@/lib/i18n/messages/popup';
import { translator } from '@/lib/i18n/translator';
import { calendarDate, viDate } from '@/lib/periods/dates';
import { loadApplied } from '@/lib/periods/dispatch-store';
import { type DraftInfo, type DueReport, daysText, dueReports, nextDeadline } from '@/lib/periods/due';
import { isDistrictLevel, LEVEL_LABELS } from '@/lib/periods/levels';
import type { AppliedDispatches } from '@/lib/periods/schedule';
import { periodLabel } from '@/lib/periods/windows';
import { loadProfile, type Profile } from '@/lib/profile';
import { REPORT_SITE } from '@/lib/sites';
import { LanguageSwitch } from '../LanguageSwitch';
import { useLangSetting } from '../useLang';
import { SiteChecks } from './SiteChecks';
import { StructureExport } from './StructureExport';
import './popup.css';

// The toolbar popup: the reports the user's unit has due now, most urgent first, each with its days
// left, its draft and a link to the reporting site. "Today" is read from the popup's own clock; the
// words follow the extension's language setting, which the switch at the bottom changes.

interface Loaded {
  profile: Profile;
  applied: AppliedDispatches;
  drafts: DraftInfo[];
  draftsError: boolean;
}

export interface PopupProps {
  /** The clock; tests and the e2e harness fake it. */
  now?: () => Date;
  loadDrafts?: () => Promise<DraftInfo[]>;
}

const openOptions = () => browser.runtime.openOptionsPage().catch(() => {});

export function Popup({ now = () => new Date(), loadDrafts = listDrafts }: PopupProps) {
  const lang = useLangSetting();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    (async () => {
      const [profile, applied] = await Promise.all([loadProfile(), loadApplied()]);
      let drafts: DraftInfo[] = [];
      let draftsError = false;
      try {
        drafts = await loadDrafts();
      } catch {
        draftsError = true;
      }
      setLoaded({ profile, applied, drafts, draftsError });
    })();
  }, [loadDrafts]);

  const t = translator(popupMessages, lang ?? DEFAULT_LANG);
  useEffect(() => {
    if (lang) document.title = t('popup.title');
  }, [lang]);

  if (!lang) return <main aria-busy="true" />;
  if (!loaded) return <main aria-busy="true">{t('popup.loading')}</main>;
  const { profile, applied, drafts, draftsError } = loaded;
  const today = calendarDate(now());
  // The switch beside the title, where a reader of the other language looks first.
  const header = (
    <header>
      <h1>{t('popup.title')}</h1>
      <LanguageSwitch lang={lang} />
    </header>
  );
  const footer = (
    <>
      <SiteChecks lang={lang} />
      <StructureExport lang={lang} />
    </>
  );

  if (!profile.level) {
    return (
      <main data-testid="tlbc-popup-empty">
        {header}
        <p>{t('popup.noLevel')}</p>
        <button type="button" data-testid="tlbc-open-options" onClick={openOptions}>
          {t('popup.openOptions')}
        </button>
        {footer}
      </main>
    );
  }

  const reports = dueReports(profile, applied, today, drafts);
  return (
    <main>
      {header}
      <p class="muted">
        {t('popup.today', { unit: profile.unit || LEVEL_LABELS[profile.level][lang], date: viDate(today) })}
      </p>
      {reports.length ? (
        <ul class="deadlines">
          {reports.map((r) => (
            <DeadlineItem key={`${r.period}|${r.form}|${r.due}`} report={r} lang={lang} />
          ))}
        </ul>
      ) : (
        <NothingDue profile={profile} applied={applied} today={today} lang={lang} />
      )}
      {draftsError && <p class="muted">{t('popup.draftsError')}</p>}
      {footer}
      <p>
        <button type="button" onClick={openOptions}>
          {t('popup.options')}
        </button>
      </p>
    </main>
  );
}

const DRAFT_TEXT = {
  none: 'popup.draft.none',
  saved: 'popup.draft.saved',
  findings: 'popup.draft.findings',
} as const;

function DeadlineItem({ report: r, lang }: { report: DueReport; lang: Lang }) {
  const t = translator(popupMessages, lang);
  const findings = r.findings
    ? t('popup.findings', {
        errors: t('popup.errors', { count: r.findings.errors }),
        warnings: t('popup.warnings', { count: r.findings.warnings }),
      })
    : '';
  return (
    <li
      data-testid="tlbc-deadline"
      data-form={r.form}
      data-period={r.period}
      data-due={r.due}
      data-status={r.status}
      data-draft={r.draft === 'none' ? 'no' : 'yes'}
    >
      <span class="days">{daysText(r.daysLeft, lang)}</span>
      <strong title={r.form}>{t('popup.form', { form: shortForm(r.form) })}</strong> ·{' '}
      {periodLabel(r.period, lang)}
      <div>
        {t(r.before ? 'popup.dueBefore' : 'popup.due', { date: viDate(r.due) })}
        {r.estimated && <span class="muted"> {t('popup.estimated')}</span>}
      </div>
      <div class="muted">
        {t(DRAFT_TEXT[r.draft])}
        {findings} ·{' '}
        <a href={REPORT_SITE} target="_blank" rel="noreferrer">
          {t('popup.openSite')}
        </a>
      </div>
    </li>
  );
}

function NothingDue({
  profile,
  applied,
  today,
  lang,
}: {
  profile: Profile;
  applied: AppliedDispatches;
  today: string;
  lang: Lang;
}) {
  const t = translator(popupMessages, lang);
  const next = profile.level && nextDeadline(profile.level, applied, today);
  return (
    <div data-testid="tlbc-popup-nothing-due">
      <p>{t('popup.nothingDue')}</p>
      {next ? (
        <p class="muted">
          {t(next.estimated ? 'popup.nextEstimated' : 'popup.next', {
            period: periodLabel(next.period, lang),
            date: viDate(next.due),
          })}
        </p>
      ) : (
        profile.level && isDistrictLevel(profile.level) && <p class="muted">{t('popup.districtsGone')}</p>
      )}
    </div>
  );
}
