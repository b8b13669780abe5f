import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StructureExport } from '@/components/popup/StructureExport';
import { openReportPages } from '@/lib/structure-report/open-page';
import type { StructureReport } from '@/lib/structure-report/report';
import { requestStructure } from '@/lib/structure-report/request';

// The popup asks the active tab's content script for its structure (tabs.sendMessage, no "tabs"
// permission), shows the file's content, and saves it only on the user's own click.

const REPORT = {
  format: 'tro-ly-bao-cao-structure',
  version: 1,
  extension: '0.1.0',
  createdAt: '2027-03-12T02:00:00.000Z',
  page: { host: 'baocao.quangngai.gov.vn', path: '/bao-cao/nhap-lieu/ii06a' },
  decision: { kind: 'unsupported', reason: 'canvas' },
} as unknown as StructureReport;

function trustedClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});
const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('asking a tab for its structure', () => {
  it('asks the top frame of the tab and accepts only a report-shaped answer', async () => {
    const send = vi.fn(async () => ({ ok: true, report: REPORT }));
    browser.tabs.sendMessage = send as unknown as typeof browser.tabs.sendMessage;
    expect(await requestStructure(7)).toEqual({ ok: true, report: REPORT });
    expect(send).toHaveBeenCalledWith(7, { type: 'structure/report' }, { frameId: 0 });
    send.mockResolvedValueOnce({ ok: true, report: { format: 'khác' } } as never);
    expect(await requestStructure(7)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Thẻ đang mở'),
    });
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await requestStructure(7)).toMatchObject({ ok: false });
  });

  it('the popup shows the file’s content and saves it as a download on a trusted click', async () => {
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    const send = vi.fn(async () => ({ ok: true, report: REPORT }));
    browser.tabs.sendMessage = send as unknown as typeof browser.tabs.sendMessage;
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:report');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<StructureExport lang="vi" />, root);
    byTestId('tlbc-structure-export')!.click(); // made up by a script: nothing
    expect(send).not.toHaveBeenCalled();
    trustedClick(byTestId('tlbc-structure-export')!);
    await vi.waitFor(() => expect(byTestId('tlbc-structure-preview')).toBeTruthy());
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'structure/report' }, { frameId: 0 });
    const preview = byTestId('tlbc-structure-preview') as HTMLTextAreaElement;
    expect(JSON.parse(preview.value)).toEqual(REPORT);
    expect(saved).toEqual([]);
    trustedClick(byTestId('tlbc-structure-save')!);
    await vi.waitFor(() => expect(byTestId('tlbc-structure-status')).toBeTruthy());
    expect(saved).toEqual(['cau-truc-trang-baocao.quangngai.gov.vn-2027-03-12.json']);
  });

  it('says plainly when the tab is not a page of the reporting systems', async () => {
    browser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Receiving end does not exist.');
    }) as unknown as typeof browser.tabs.sendMessage;
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    render(<StructureExport lang="vi" />, root);
    trustedClick(byTestId('tlbc-structure-export')!);
    await vi.waitFor(() =>
      expect(byTestId('tlbc-structure-error')?.textContent).toContain('Hệ thống báo cáo'),
    );
  });

  it('the background opens the report page next to the panel’s tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    openReportPages();
    const listeners = fakeBrowser.runtime.onMessage as unknown as {
      trigger(...a: unknown[]): Promise<unknown[]>;
    };
    const [reply] = await listeners.trigger({ type: 'structure/open' }, { tab: { id: 12, index: 3 } });
    expect(reply).toEqual({ ok: true });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/structure-report\.html\?tab=12$/),
      index: 4,
    });
  });
});
