import { browser } from 'wxt/browser';
import { isMessage, OPEN_REQUEST } from './messages';

// The background's part: the panel asks for the report page of its own tab (sender.tab), which the
// background opens next to it. Opening an extension page needs no permission.

export function openReportPages(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { tab?: { id?: number; index: number } }) => {
      const tab = sender.tab;
      if (!isMessage(message, OPEN_REQUEST) || tab?.id === undefined) return undefined;
      return browser.tabs
        .create({ url: browser.runtime.getURL(`/structure-report.html?tab=${tab.id}`), index: tab.index + 1 })
        .then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
    },
  );
}
