import { browser } from 'wxt/browser';
import { formatMessage } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { messagingMessages } from '../i18n/messages/messaging';
import type { Shown } from '../panel/strings';
import { BUILDER_FILE, BUILDER_GLOBAL, isMessage, OPEN_REQUEST, REPORT_REQUEST } from './messages';
import type { StructureReport } from './report';

// The content script's side of the structure report. The builder is loaded only when a report is
// asked for: it is as big as a good part of the content script, and most pages never need it.

type Builder = (doc: Document, extension: string) => Promise<StructureReport>;

async function build(doc: Document): Promise<StructureReport> {
  await import(/* @vite-ignore */ browser.runtime.getURL(BUILDER_FILE));
  const builder = (globalThis as Record<string, unknown>)[BUILDER_GLOBAL] as Builder;
  return builder(doc, browser.runtime.getManifest().version);
}

/**
 * Answers the popup's and the report page's requests for this page's structure (top frame only).
 * Returns the unsubscribe, so an orphaned content script stops answering.
 */
export function answerStructureRequests(doc: Document): () => void {
  if (window.top !== window) return () => {};
  const listener = (message: unknown, sender: { id?: string }) => {
    if (!isMessage(message, REPORT_REQUEST) || sender.id !== browser.runtime.id) return undefined;
    return build(doc).then(
      (report) => ({ ok: true, report }),
      (error) => {
        const said = (lang: Lang) =>
          formatMessage(messagingMessages[lang]['messaging.structureFailed'], lang, { error: String(error) });
        return { ok: false, error: said('vi'), errorEn: said('en') };
      },
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The panel's button: the background opens the report page for this tab, where the user saves it. */
export async function openStructureReport(): Promise<Shown> {
  const reply = await browser.runtime.sendMessage({ type: OPEN_REQUEST }).catch(() => null);
  return { key: reply?.ok ? 'page.structureOpened' : 'page.structureNotOpened' };
}
