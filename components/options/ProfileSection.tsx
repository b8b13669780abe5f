import { useEffect, useRef, useState } from 'preact/hooks';
import { type OptionsKey, optionsMessages } from '@/lib/i18n/messages/options';
import { translator } from '@/lib/i18n/translator';
import { LEVEL_LABELS, UNIT_LEVELS, type UnitLevel } from '@/lib/periods/levels';
import { EMPTY_PROFILE, loadProfile, type Profile, saveProfile } from '@/lib/profile';
import { useLang } from '../useLang';
import { StatusLine } from './StatusLine';

// Who the user reports as: the level decides which forms and deadlines the popup shows. Every change
// is saved at once (the unit name as it is typed, so nothing waits for the field to lose focus) and
// confirmed in words.

export function ProfileSection() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const lang = useLang();
  const t = translator(optionsMessages, lang);
  const [status, setStatus] = useState<{ key: OptionsKey; error?: boolean } | null>(null);
  // The latest profile, so two changes before a re-render do not undo each other.
  const latest = useRef<Profile>(EMPTY_PROFILE);

  useEffect(() => {
    const show = (p: Profile) => {
      latest.current = p;
      setProfile(p);
    };
    loadProfile().then(show, () => show(EMPTY_PROFILE));
  }, []);

  const save = async (patch: Partial<Profile>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setProfile(next);
    try {
      await saveProfile(next);
      setStatus({ key: 'options.profile.saved' });
    } catch {
      setStatus({ key: 'options.profile.notSaved', error: true });
    }
  };

  if (!profile) return <p>{t('options.loading')}</p>;
  return (
    <section aria-labelledby="tlbc-profile-title">
      <h2 id="tlbc-profile-title">{t('options.profile.title')}</h2>
      {!profile.level && <p>{t('options.profile.intro')}</p>}
      <p>
        <label>
          {t('options.profile.level')}{' '}
          <select
            data-testid="tlbc-profile-level"
            value={profile.level ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              save({ level: value ? (value as UnitLevel) : null });
            }}
          >
            <option value="">{t('options.profile.chooseLevel')}</option>
            {UNIT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level][lang]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t('options.profile.unit')}{' '}
          <input
            type="text"
            data-testid="tlbc-profile-unit"
            value={profile.unit}
            placeholder={t('options.profile.unitExample')}
            size={40}
            onInput={(e) => save({ unit: e.currentTarget.value })}
            onChange={(e) => save({ unit: e.currentTarget.value.trim() })}
          />
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="tlbc-profile-reminders"
            checked={profile.remindersOn}
            onChange={(e) => save({ remindersOn: e.currentTarget.checked })}
          />{' '}
          {t('options.profile.reminders')}
        </label>
      </p>
      {status && <StatusLine testid="tlbc-profile-status" text={t(status.key)} error={status.error} />}
    </section>
  );
}
