import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import type { Lang } from '@/lib/i18n/lang';
import { currentLang, setLang, watchLang } from '@/lib/i18n/language';
import { saveProfile } from '@/lib/profile';
import { loadSettings, saveSettings } from '@/lib/settings-store';

// The one language setting: Vietnamese until the user switches, whatever the browser speaks; a switch
// on one page reaches every other page without a reload.

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the language setting', () => {
  it('is Vietnamese by default, also in a browser set to English', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(await currentLang()).toBe('vi');
  });

  it('switches without touching the other settings', async () => {
    await saveSettings({
      disabledSites: ['baocao.quangngai.gov.vn'],
      dock: 'left',
      collapsed: true,
      lang: 'vi',
    });
    await setLang('en');
    expect(await loadSettings()).toEqual({
      disabledSites: ['baocao.quangngai.gov.vn'],
      dock: 'left',
      collapsed: true,
      lang: 'en',
    });
  });

  it('tells a page the language now and each switch after, until it stops listening', async () => {
    const heard: Lang[] = [];
    const stop = watchLang((lang) => heard.push(lang));
    await vi.waitFor(() => expect(heard).toEqual(['vi']));
    await setLang('en');
    await vi.waitFor(() => expect(heard).toEqual(['vi', 'en']));
    // Another setting changing is not a language switch.
    await saveSettings({ ...(await loadSettings()), dock: 'left' });
    stop();
    await setLang('vi');
    expect(heard).toEqual(['vi', 'en']);
  });
});

describe('the popup', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const show = async () => {
    await saveProfile({ level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true });
    render(<Popup now={() => new Date('2025-03-19T02:00:00Z')} loadDrafts={async () => []} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="tlbc-deadline"]')).not.toBeNull());
  };
  const first = () => root.querySelector('[data-testid="tlbc-deadline"]')!.textContent;

  it('switches its own words to English from its switch, and back', async () => {
    await show();
    expect(first()).toContain('Quá hạn 2 ngày');
    const select = root.querySelector<HTMLSelectElement>('[data-testid="tlbc-language"]')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(first()).toContain('2 days overdue'));
    expect(first()).toContain('Form II.05a · Q1 2025');
    expect(first()).toContain('Due: 17/03/2025');
    expect(root.textContent).not.toMatch(/Hạn gửi|Cài đặt|Kiểm tra số liệu/);
    expect(document.documentElement.lang).toBe('en');
    expect((await loadSettings()).lang).toBe('en');
    select.value = 'vi';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(first()).toContain('Quá hạn 2 ngày'));
  });

  it('follows a switch made on another page, and a site switched off afterwards keeps it', async () => {
    await show();
    await setLang('en');
    await vi.waitFor(() => expect(first()).toContain('2 days overdue'));
    const box = root.querySelector<HTMLInputElement>('[data-testid="tlbc-site-checks"]')!;
    box.click();
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([box.dataset.host]));
    expect((await loadSettings()).lang).toBe('en');
  });
});
