import { useState } from 'preact/hooks';
import { ReportView } from '@/components/structure-report/ReportView';
import { activeTabId, requestStructure, type StructureReply } from '@/lib/structure-report/request';

// "Xuất cấu trúc trang" in the popup: asks the content script of the active tab for the page's
// structure (no figures), shows it, and saves it on request. For pages the extension cannot read.

export function StructureExport() {
  const [reply, setReply] = useState<StructureReply | null>(null);
  const [busy, setBusy] = useState(false);
  const ask = async () => {
    setBusy(true);
    setReply(await requestStructure(await activeTabId()));
    setBusy(false);
  };
  return (
    <section class="structure">
      <button
        type="button"
        data-testid="tlbc-structure-export"
        disabled={busy}
        title="Describe the open page's structure (without its figures) for the maintainers"
        onClick={(event) => event.isTrusted && ask()}
      >
        Xuất cấu trúc trang
      </button>
      <span class="muted"> khi trang không hiện bảng kiểm tra hoặc nhận sai biểu</span>
      {reply && <ReportView reply={reply} />}
    </section>
  );
}
