import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/lang';
import { popupMessages } from '@/lib/i18n/messages/popup';
import { translator } from '@/lib/i18n/translator';
import { REPORT_HOSTS, type Settings, withSite } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-store';

type PopupKey = keyof typeof popupMessages.vi;

// Switching the in-page checks off (and on again) for one site, remembered across visits.

export function SiteChecks({ lang }: { lang: Lang }) {
  const t = translator(popupMessages, lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  // The message's key, so it follows a language switch.
  const [error, setError] = useState<PopupKey | ''>('');

  useEffect(() => {
    loadSettings().then(setSettings, () => setError('popup.sites.readError'));
  }, []);

  if (!settings) return error ? <p class="muted">{t(error)}</p> : null;

  const toggle = async (host: string, enabled: boolean) => {
    try {
      // Read afresh: another page may have changed the settings (the language) since this one loaded.
      const next = withSite(await loadSettings(), host, enabled);
      await saveSettings(next);
      setSettings(next);
      setError('');
    } catch {
      setError('popup.sites.saveError');
    }
  };

  return (
    <fieldset class="sites">
      <legend>{t('popup.sites.legend')}</legend>
      {REPORT_HOSTS.map((host) => (
        <label key={host}>
          <input
            type="checkbox"
            data-testid="tlbc-site-checks"
            data-host={host}
            checked={!settings.disabledSites.includes(host)}
            onChange={(event) => toggle(host, event.currentTarget.checked)}
          />{' '}
          {host}
        </label>
      ))}
      {error && <p class="muted">{t(error)}</p>}
    </fieldset>
  );
}
