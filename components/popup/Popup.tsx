import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listDrafts } from '@/lib/drafts/client';
import { shortForm } from '@/lib/forms/code';
import { calendarDate, viDate } from '@/lib/periods/dates';
import { loadApplied } from '@/lib/periods/dispatch-store';
import { type DraftInfo, type DueReport, daysText, dueReports, nextDeadline } from '@/lib/periods/due';
import { isDistrictLevel, LEVEL_LABELS } from '@/lib/periods/levels';
import type { AppliedDispatches } from '@/lib/periods/schedule';
import { periodLabel } from '@/lib/periods/windows';
import { loadProfile, type Profile } from '@/lib/profile';
import { REPORT_SITE } from '@/lib/sites';
import { SiteChecks } from './SiteChecks';
import { StructureExport } from './StructureExport';
import './popup.css';

// The toolbar popup: the reports the user's unit has due now, most urgent first, each with its days
// left, its draft and a link to the reporting site. "Today" is read from the popup's own clock.

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

  if (!loaded) return <main aria-busy="true">Đang tải…</main>;
  const { profile, applied, drafts, draftsError } = loaded;
  const today = calendarDate(now());

  if (!profile.level) {
    return (
      <main data-testid="tlbc-popup-empty">
        <h1>Trợ lý Báo cáo</h1>
        <p title="Set your unit's level in the settings to see your reports and deadlines.">
          Chưa chọn cấp đơn vị. Hãy khai báo đơn vị của bạn trong Cài đặt để xem các báo cáo phải gửi và thời
          hạn.
        </p>
        <button type="button" data-testid="tlbc-open-options" onClick={openOptions}>
          Mở Cài đặt
        </button>
        <SiteChecks />
        <StructureExport />
      </main>
    );
  }

  const reports = dueReports(profile, applied, today, drafts);
  return (
    <main>
      <h1>Trợ lý Báo cáo</h1>
      <p class="muted">
        {profile.unit || LEVEL_LABELS[profile.level].vi} · hôm nay {viDate(today)}
      </p>
      {reports.length ? (
        <ul class="deadlines">
          {reports.map((r) => (
            <DeadlineItem key={`${r.period}|${r.form}|${r.due}`} report={r} />
          ))}
        </ul>
      ) : (
        <NothingDue profile={profile} applied={applied} today={today} />
      )}
      {draftsError && (
        <p class="muted">Không đọc được danh sách bản nháp; trạng thái bản nháp có thể chưa đúng.</p>
      )}
      <SiteChecks />
      <StructureExport />
      <p>
        <button type="button" onClick={openOptions}>
          Cài đặt
        </button>
      </p>
    </main>
  );
}

const DRAFT_TEXT = {
  none: 'Chưa có bản nháp',
  saved: 'Đã lưu bản nháp',
  findings: 'Đã lưu bản nháp, còn lỗi cần xem',
};

function DeadlineItem({ report: r }: { report: DueReport }) {
  const findings = r.findings ? ` (${r.findings.errors} lỗi, ${r.findings.warnings} cảnh báo)` : '';
  return (
    <li
      data-testid="tlbc-deadline"
      data-form={r.form}
      data-period={r.period}
      data-due={r.due}
      data-status={r.status}
      data-draft={r.draft === 'none' ? 'no' : 'yes'}
    >
      <span class="days" title={daysText(r.daysLeft, 'en')}>
        {daysText(r.daysLeft)}
      </span>
      <strong title={r.form}>Biểu {shortForm(r.form)}</strong> · {periodLabel(r.period)}
      <div>
        Hạn gửi: {r.before ? 'trước ngày ' : ''}
        {viDate(r.due)}
        {r.estimated && (
          <span
            class="muted"
            title="Estimated from earlier dispatches; paste this period's dispatch in the settings."
          >
            {' '}
            (dự kiến — dán công văn kỳ này trong Cài đặt để có hạn chính thức)
          </span>
        )}
      </div>
      <div class="muted">
        {DRAFT_TEXT[r.draft]}
        {findings} ·{' '}
        <a href={REPORT_SITE} target="_blank" rel="noreferrer">
          Mở Hệ thống báo cáo
        </a>
      </div>
    </li>
  );
}

function NothingDue({
  profile,
  applied,
  today,
}: {
  profile: Profile;
  applied: AppliedDispatches;
  today: string;
}) {
  const next = profile.level && nextDeadline(profile.level, applied, today);
  return (
    <div data-testid="tlbc-popup-nothing-due">
      <p>Không có báo cáo nào đến hạn.</p>
      {next ? (
        <p class="muted">
          Kỳ tiếp theo: {periodLabel(next.period)}, hạn {next.estimated ? 'dự kiến ' : ''}
          {viDate(next.due)}.
        </p>
      ) : (
        profile.level &&
        isDistrictLevel(profile.level) && (
          <p class="muted">
            Từ 1/7/2025 chính quyền địa phương còn hai cấp, cấp huyện không còn báo cáo các kỳ sau. Nếu đơn vị
            của bạn đã chuyển, hãy chọn lại cấp đơn vị trong Cài đặt.
          </p>
        )
      )}
    </div>
  );
}
