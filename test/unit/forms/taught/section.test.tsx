import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TaughtSection } from '@/components/options/TaughtSection';
import { formByCode, formVersionId } from '@/lib/forms/catalogue';
import { taughtFile } from '@/lib/forms/taught/file';
import { headerFingerprint } from '@/lib/forms/taught/fingerprint';
import { prefillCorrespondence } from '@/lib/forms/taught/prefill';
import type { TaughtStructure } from '@/lib/forms/taught/schema';
import { saveTaught } from '@/lib/forms/taught/store';
import { loadSettings, saveSettings } from '@/lib/settings-store';
import { modelOf, splitPaths } from './models';

// The options page's taught structures in the language of the page, following a switch: the list,
// and why a file was refused, its reason included.

const NOW = new Date('2026-12-01T08:00:00Z');
const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const model = modelOf(splitPaths());
const split: TaughtStructure = {
  fingerprint: headerFingerprint(model, II_06A.code),
  form: formVersionId(II_06A),
  code: II_06A.code,
  columns: prefillCorrespondence(II_06A, model),
  taughtAt: NOW.toISOString(),
};

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

const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);

function chooseFile(content: string) {
  const input = byTestId('tlbc-taught-import') as HTMLInputElement;
  const file = new File([content], 'cau-truc.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the taught structures on the English options page', () => {
  it('are listed in English, and a refused file says why in English, then in Vietnamese after a switch', async () => {
    await saveTaught([split], NOW);
    await saveSettings({ ...(await loadSettings()), lang: 'en' });
    render(<TaughtSection />, root);
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Taught form structures'));
    await vi.waitFor(() =>
      expect(byTestId('tlbc-taught-row')?.textContent).toMatch(
        /^II\.06a\/VPCP\/KSTT under TT 01\/2020\/TT-VPCP: 14 columns on the page, \d+ matching the form; taught on /,
      ),
    );
    expect(byTestId('tlbc-taught-remove')?.textContent).toBe('Remove');

    chooseFile(JSON.stringify(taughtFile([{ ...split, fingerprint: '../../etc' }], NOW)));
    await vi.waitFor(() =>
      expect(byTestId('tlbc-taught-status')?.textContent).toBe(
        'The file is damaged. Wrong structure at: structures.0.fingerprint. Nothing was changed.',
      ),
    );
    expect(byTestId('tlbc-taught-status')?.getAttribute('data-state')).toBe('error');
    expect(root.textContent).not.toMatch(/[ạảãáàặẳẵắằậẩẫấầđ]|object Object/i);

    await saveSettings({ ...(await loadSettings()), lang: 'vi' });
    await vi.waitFor(() =>
      expect(byTestId('tlbc-taught-status')?.textContent).toBe(
        'Tệp bị hỏng. Sai cấu trúc ở: structures.0.fingerprint. Không có gì bị thay đổi.',
      ),
    );
    expect(root.querySelector('h2')?.textContent).toBe('Cấu trúc biểu đã dạy');
  });
});
