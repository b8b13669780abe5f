import { Lang } from '@/lib/i18n/lang';
import { loadSettings, saveSettings } from '@/lib/settings-store';

// "Ngôn ngữ / Language": both names at once, so a user who cannot read the page's language still finds
// it. Writes Settings.lang; every open page follows the storage change.

const NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

async function choose(lang: Lang): Promise<void> {
  const settings = await loadSettings();
  if (settings.lang !== lang) await saveSettings({ ...settings, lang });
}

export function LanguageSetting({ lang }: { lang: Lang }) {
  return (
    <p class="language">
      <label>
        Ngôn ngữ / Language{' '}
        <select
          data-testid="tlbc-options-lang"
          value={lang}
          onChange={(e) => choose(e.currentTarget.value as Lang).catch(() => {})}
        >
          {Lang.options.map((l) => (
            <option key={l} value={l} lang={l}>
              {NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
