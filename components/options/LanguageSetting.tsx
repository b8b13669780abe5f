import { Lang } from '@/lib/i18n/lang';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { translator } from '@/lib/i18n/translator';
import { loadSettings, saveSettings } from '@/lib/settings-store';

// "Ngôn ngữ / Language": both names at once, so a user who cannot read the page's language still finds
// it. Writes Settings.lang; every open page follows the storage change.

async function choose(lang: Lang): Promise<void> {
  const settings = await loadSettings();
  if (settings.lang !== lang) await saveSettings({ ...settings, lang });
}

export function LanguageSetting({ lang }: { lang: Lang }) {
  const t = translator(optionsMessages, lang);
  return (
    <p class="language">
      <label>
        {t('options.lang')}{' '}
        <select
          data-testid="tlbc-language"
          value={lang}
          onChange={(e) => choose(e.currentTarget.value as Lang).catch(() => {})}
        >
          {Lang.options.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`options.lang.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
