import { useEffect, useState } from 'preact/hooks';
import { REPORT_HOSTS, type Settings, withSite } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-store';

// Switching the in-page checks off (and on again) for one site, remembered across visits.

export function SiteChecks() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    loadSettings().then(setSettings, () => setError('Không đọc được cài đặt.'));
  }, []);

  if (!settings) return error ? <p class="muted">{error}</p> : null;

  const toggle = async (host: string, enabled: boolean) => {
    const next = withSite(settings, host, enabled);
    try {
      await saveSettings(next);
      setSettings(next);
      setError('');
    } catch {
      setError('Không lưu được cài đặt: bộ nhớ trình duyệt có thể đã đầy.');
    }
  };

  return (
    <fieldset class="sites">
      <legend title="Check figures while typing on these sites">Kiểm tra số liệu khi nhập trên trang</legend>
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
      {error && <p class="muted">{error}</p>}
    </fieldset>
  );
}
