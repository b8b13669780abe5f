import { useState } from 'preact/hooks';
import { ReportView } from '@/components/structure-report/ReportView';
import type { Lang } from '@/lib/i18n/lang';
import { popupMessages } from '@/lib/i18n/messages/popup';
import { translator } from '@/lib/i18n/translator';
import { activeTabId, requestStructure, type StructureReply } from '@/lib/structure-report/request';

// "Xuất cấu trúc trang" in the popup: asks the content script of the active tab for the page's
// structure (no figures), shows it, and saves it on request. For pages the extension cannot read.

export function StructureExport({ lang }: { lang: Lang }) {
  const t = translator(popupMessages, lang);
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
        title={t('popup.structure.tip')}
        onClick={(event) => event.isTrusted && ask()}
      >
        {t('popup.structure.export')}
      </button>
      <span class="muted">{t('popup.structure.when')}</span>
      {reply && <ReportView reply={reply} />}
    </section>
  );
}
