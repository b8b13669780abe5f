import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel/Panel';
import { notes } from '@/lib/fields/panel-tools';
import { PORTAL_SEARCH_URL } from '@/lib/fields/portal';
import type { PanelActions, PanelView } from '@/lib/panel/view';

// The panel's field findings offer the national portal's lookup and "thêm vào danh mục của tôi";
// the structure report has its button. Clicks a page script makes up (untrusted) do nothing.

const idle = new Proxy({}, { get: () => () => {} }) as PanelActions;

function view(status = ''): PanelView {
  return {
    form: 'II.06a/VPCP/KSTT',
    period: null,
    periodLabel: '',
    unit: '',
    state: 'editable',
    counts: { error: 1, warning: 1, info: 0 },
    findings: [
      {
        key: 'a',
        rowLabel: 'Quản lý chợ',
        columnLabel: '',
        finding: {
          rule: 'field-name',
          severity: 'warning',
          row: 0,
          col: 2,
          message: 'm',
          text: { key: 'm' },
        },
      },
      {
        key: 'b',
        rowLabel: 'Hộ tịch',
        columnLabel: '(5)',
        finding: { rule: 'sum', severity: 'error', row: 1, col: 3, message: 's', text: { key: 's' } },
      },
    ],
    notice: '',
    status,
    offers: [],
    hiddenOffers: false,
    canUndo: false,
    busy: false,
    lang: 'vi',
    collapsed: false,
    dock: 'right',
  };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/**
 * A click as the user's own (happy-dom has no isTrusted). Whether the panel let the link open is
 * noted; the test DOM then never follows it (tests do not reach the real portal).
 */
function trustedClick(el: Element): { opened: boolean } {
  const seen = { opened: false };
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  const stop = (e: Event) => {
    seen.opened = !e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('click', stop);
  el.dispatchEvent(event);
  document.removeEventListener('click', stop);
  return seen;
}

const all = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

describe('field tools in the panel', () => {
  it('a field finding links to the portal’s procedure search in a new tab; other findings do not', () => {
    render(<Panel view={view()} on={idle} />, root);
    const links = all('tlbc-field-lookup') as HTMLAnchorElement[];
    expect(links).toHaveLength(1);
    expect(links[0].closest('[data-testid="tlbc-finding"]')?.getAttribute('data-rule')).toBe('field-name');
    expect(links[0].getAttribute('href')).toBe(PORTAL_SEARCH_URL);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0].textContent).toBe('Tra cứu trên Cổng DVCQG');
  });

  it('a click the page made up neither copies, nor opens, nor adds anything', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const add = vi.fn(async () => ({ vi: 'x', en: 'x' }));
    const exportStructure = vi.fn(async () => ({ vi: 'x', en: 'x' }));
    const tools = { notes: notes(), fields: { add, level: () => 'xa' as const }, exportStructure };
    render(<Panel view={view()} on={idle} tools={tools} />, root);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    all('tlbc-field-lookup')[0].dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    all('tlbc-own-field-xa')[0].click();
    all('tlbc-structure-export')[0].click();
    await Promise.resolve();
    expect(writeText).not.toHaveBeenCalled();
    expect(add).not.toHaveBeenCalled();
    expect(exportStructure).not.toHaveBeenCalled();
  });

  it('offers the user’s unit level first when adding a name, as buttons (no <select>: autofill)', () => {
    const tools = { notes: notes(), fields: { add: vi.fn(), level: () => 'tinh' as const } };
    render(<Panel view={view()} on={idle} tools={tools} />, root);
    const group = all('tlbc-own-field-tinh')[0].closest('fieldset') as HTMLFieldSetElement;
    expect(group.getAttribute('aria-label')).toBe('Cấp giải quyết');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Cấp tỉnh (sở, ban, ngành)',
      'Cấp xã',
      'Mọi cấp',
    ]);
    expect(root.querySelector('select')).toBeNull();
  });

  it('what a helper did shows in the status line until the next action says something else', async () => {
    const tools = { notes: notes() };
    render(<Panel view={view('Đã lưu bản nháp.')} on={idle} tools={tools} />, root);
    const status = () => all('tlbc-status')[0].textContent;
    tools.notes.say({ vi: 'Đã chép «Quản lý chợ».', en: 'Copied.' });
    await vi.waitFor(() => expect(status()).toBe('Đã chép «Quản lý chợ».'));
    render(<Panel view={{ ...view('Đã lưu bản nháp.'), lang: 'en' }} on={idle} tools={tools} />, root);
    expect(status()).toBe('Copied.');
    render(<Panel view={view('Đã điền 3 ô.')} on={idle} tools={tools} />, root);
    expect(status()).toBe('Đã điền 3 ô.');
  });

  it('the user’s own click copies the name and says so; adding sends the level chosen', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const add = vi.fn(async () => ({ vi: 'Đã thêm «Quản lý chợ».', en: 'Added.' }));
    const exportStructure = vi.fn(async () => ({ vi: 'Đã mở cấu trúc trang.', en: 'Opened.' }));
    const tools = { notes: notes(), fields: { add, level: () => 'xa' as const }, exportStructure };
    render(<Panel view={view()} on={idle} tools={tools} />, root);
    const status = () => all('tlbc-status')[0].textContent;
    expect(trustedClick(all('tlbc-field-lookup')[0]).opened).toBe(true); // the link itself opens the portal
    expect(writeText).toHaveBeenCalledWith('Quản lý chợ');
    await vi.waitFor(() => expect(status()).toContain('Đã chép «Quản lý chợ»'));
    trustedClick(all('tlbc-own-field-moi-cap')[0]);
    expect(add).toHaveBeenCalledWith('Quản lý chợ', 'moi-cap');
    await vi.waitFor(() => expect(status()).toBe('Đã thêm «Quản lý chợ».'));
    trustedClick(all('tlbc-structure-export')[0]);
    await vi.waitFor(() => expect(status()).toBe('Đã mở cấu trúc trang.'));
  });

  it('when the browser refuses the clipboard, the status says to type the name', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      configurable: true,
    });
    const tools = { notes: notes() };
    render(<Panel view={view()} on={idle} tools={tools} />, root);
    trustedClick(all('tlbc-field-lookup')[0]);
    await vi.waitFor(() => expect(all('tlbc-status')[0].textContent).toContain('hãy gõ «Quản lý chợ»'));
  });
});
