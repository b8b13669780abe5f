import { useState } from 'preact/hooks';
import { Lang } from '@/lib/i18n/lang';
import { setLang } from '@/lib/i18n/language';
import { languageMessages } from '@/lib/i18n/messages/language';
import { translator } from '@/lib/i18n/translator';

// The extension's one language switch, in the popup and on the options page: it writes the setting,
// and every open page (these two, the structure report, the panel) follows at once.

export function LanguageSwitch({ lang }: { lang: Lang }) {
  const [failed, setFailed] = useState(false);
  const t = translator(languageMessages, lang);
  const choose = (next: string) => {
    const parsed = Lang.safeParse(next);
    if (parsed.success)
      setLang(parsed.data).then(
        () => setFailed(false),
        () => setFailed(true),
      );
  };
  return (
    <label class="language">
      {t('language.label')}{' '}
      <select
        data-testid="tlbc-language"
        value={lang}
        onChange={(event) => choose(event.currentTarget.value)}
      >
        {Lang.options.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
      {failed && <span class="muted"> {t('language.saveError')}</span>}
    </label>
  );
}
