import { useEffect, useState } from 'preact/hooks';
import { requestStructure, type StructureReply } from '@/lib/structure-report/request';
import { ReportView } from './ReportView';

// The page the panel's "Xuất cấu trúc trang" opens (structure-report.html?tab=N): the report of tab N.

export function ReportPage({ tabId }: { tabId: number | null }) {
  const [reply, setReply] = useState<StructureReply | null>(null);
  useEffect(() => {
    requestStructure(tabId).then(setReply);
  }, [tabId]);
  return (
    <main>
      <h1>Trợ lý Báo cáo — Cấu trúc trang</h1>
      {reply ? <ReportView reply={reply} /> : <p aria-busy="true">Đang đọc cấu trúc trang…</p>}
    </main>
  );
}
