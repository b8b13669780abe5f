import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/lang';
import { structureReportMessages } from '@/lib/i18n/messages/structure-report';
import { translator } from '@/lib/i18n/translator';
import type { StructureReport } from '@/lib/structure-report/report';
import { type StructureReply, structureFileName } from '@/lib/structure-report/request';

// The page-structure report as the user sees it before saving: what it holds and leaves out, the
// file's exact content, and "Lưu tệp", which downloads it through an ordinary download link (no
// "downloads" permission). Nothing is sent anywhere.

function save(report: StructureReport, text: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = structureFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled, or the download may not start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return link.download;
}

export function ReportView({ reply, lang = 'vi' }: { reply: StructureReply; lang?: Lang }) {
  const t = translator(structureReportMessages, lang);
  const [saved, setSaved] = useState('');
  if (!reply.ok) {
    return (
      <p class="error" role="alert" data-testid="tlbc-structure-error">
        {lang === 'en' ? reply.errorEn : reply.error}
      </p>
    );
  }
  const text = JSON.stringify(reply.report, null, 2);
  // "không" / "not" in bold inside the sentence.
  const [before, after] = t('structureReport.intro').split('{not}');
  return (
    <div class="structure-report">
      <p>
        {before}
        <strong>{t('structureReport.not')}</strong>
        {after}
      </p>
      <textarea
        readOnly
        rows={16}
        aria-label={t('structureReport.content')}
        data-testid="tlbc-structure-preview"
        value={text}
      />
      <button
        type="button"
        data-testid="tlbc-structure-save"
        onClick={(event) => event.isTrusted && setSaved(save(reply.report, text))}
      >
        {t('structureReport.save')}
      </button>
      {saved && (
        <p role="status" data-testid="tlbc-structure-status">
          {t('structureReport.saved', { file: saved })}
        </p>
      )}
    </div>
  );
}
