import { useEffect, useState } from 'preact/hooks';
import { structureReportMessages } from '@/lib/i18n/messages/structure-report';
import { translator } from '@/lib/i18n/translator';
import { requestStructure, type StructureReply } from '@/lib/structure-report/request';
import { useLang } from '../useLang';
import { ReportView } from './ReportView';

// The page the panel's "Xuất cấu trúc trang" opens (structure-report.html?tab=N): the report of tab N.

export function ReportPage({ tabId }: { tabId: number | null }) {
  const lang = useLang();
  const t = translator(structureReportMessages, lang);
  const [reply, setReply] = useState<StructureReply | null>(null);
  useEffect(() => {
    requestStructure(tabId).then(setReply);
  }, [tabId]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(structureReportMessages, lang)('structureReport.title');
  }, [lang]);
  return (
    <main>
      <h1>{t('structureReport.title')}</h1>
      {reply ? (
        <ReportView reply={reply} lang={lang} />
      ) : (
        <p aria-busy="true">{t('structureReport.reading')}</p>
      )}
    </main>
  );
}
