import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguageSwitch as LanguageSetting } from '@/components/LanguageSwitch';
import { ProfileSection } from '@/components/options/ProfileSection';
import { ReportView } from '@/components/structure-report/ReportView';
import { useLang } from '@/components/useLang';
import { withLocalNumbers } from '@/lib/i18n/numbers';
import { loadSettings, saveSettings } from '@/lib/settings-store';

// The options page's language: one select writes Settings.lang, and every section follows it.

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function Page() {
  const lang = useLang();
  return (
    <main>
      <LanguageSetting lang={lang} />
      <ProfileSection />
    </main>
  );
}

describe('the language setting', () => {
  it('writes Settings.lang, keeps the other settings, and the sections follow', async () => {
    await saveSettings({ ...(await loadSettings()), dock: 'left' });
    render(<Page />, root);
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Đơn vị của bạn'));
    const select = root.querySelector<HTMLSelectElement>('[data-testid="tlbc-language"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Tiếng Việt', 'English']);
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Your unit'));
    expect(await loadSettings()).toMatchObject({ lang: 'en', dock: 'left' });
    expect(select.value).toBe('en');
    expect(root.textContent).toContain('Commune People’s Committee');
    expect(root.textContent).not.toMatch(/Cấp đơn vị|Nhắc hạn/);
  });
});

describe('the structure report in English', () => {
  it('says what the file holds and why a tab has none in English', () => {
    const report = { format: 'x', version: 1, createdAt: '2027-03-12T02:00:00Z', page: { host: 'h' } };
    render(<ReportView reply={{ ok: true, report } as never} lang="en" />, root);
    expect(root.textContent).toContain('It does not hold figures');
    expect(root.querySelector('strong')?.textContent).toBe('not');
    expect(root.textContent).not.toMatch(/Tệp|Lưu/);
    render(
      <ReportView reply={{ ok: false, error: 'Không mở được.', errorEn: 'Cannot open.' }} lang="en" />,
      root,
    );
    expect(root.textContent).toBe('Cannot open.');
  });
});

describe('numbers in messages', () => {
  it('are written as each language writes them', () => {
    const text = { key: 'k', params: { count: 36_600, max: 50_000, name: 'x' } };
    expect(withLocalNumbers(text, 'vi').params).toEqual({ count: '36.600', max: '50.000', name: 'x' });
    expect(withLocalNumbers(text, 'en').params).toEqual({ count: '36,600', max: '50,000', name: 'x' });
  });
});
