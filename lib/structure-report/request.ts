import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { structureReportMessages } from '../i18n/messages/structure-report';
import { REPORT_REQUEST } from './messages';
import { STRUCTURE_FORMAT, type StructureReport } from './report';

// Extension pages asking a tab's content script for its page-structure report. `tabs.query` and
// `tabs.sendMessage` work without the "tabs" permission (tabs come back without their address, which
// is not needed here): a tab of another site simply has no content script to answer.

export type StructureReply =
  | { ok: true; report: StructureReport }
  | { ok: false; error: string; errorEn: string };

/** Enough of the reply to trust its shape before showing it; the report itself is plain JSON. */
const ReportReply = z.union([
  z.object({
    ok: z.literal(true),
    report: z.object({ format: z.literal(STRUCTURE_FORMAT), version: z.number() }),
  }),
  z.object({ ok: z.literal(false), error: z.string(), errorEn: z.string() }),
]);

const NOT_A_REPORT_PAGE: StructureReply = {
  ok: false,
  error: structureReportMessages.vi['structureReport.notReportPage'],
  errorEn: structureReportMessages.en['structureReport.notReportPage'] as string,
};

/** The active tab of the window this page is in. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}

export async function requestStructure(tabId: number | null): Promise<StructureReply> {
  if (tabId === null) return NOT_A_REPORT_PAGE;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: REPORT_REQUEST }, { frameId: 0 });
    const checked = ReportReply.safeParse(reply);
    if (!checked.success) return NOT_A_REPORT_PAGE;
    return reply as StructureReply;
  } catch {
    return NOT_A_REPORT_PAGE;
  }
}

/** "cau-truc-trang-baocao.quangngai.gov.vn-2027-03-12.json" */
export function structureFileName(report: StructureReport): string {
  return `cau-truc-trang-${report.page.host || 'trang'}-${report.createdAt.slice(0, 10)}.json`;
}
