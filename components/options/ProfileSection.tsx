import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVEL_LABELS, UNIT_LEVELS, type UnitLevel } from '@/lib/periods/levels';
import { EMPTY_PROFILE, loadProfile, type Profile, saveProfile } from '@/lib/profile';
import { StatusLine } from './StatusLine';

// Who the user reports as: the level decides which forms and deadlines the popup shows. Every change
// is saved at once (the unit name as it is typed, so nothing waits for the field to lose focus) and
// confirmed in words.

export function ProfileSection() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [status, setStatus] = useState<{ text: string; textEn: string; error?: boolean } | null>(null);
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
      setStatus({ text: 'Đã lưu thông tin đơn vị.', textEn: 'Unit profile saved.' });
    } catch {
      setStatus({
        text: 'Không lưu được thông tin đơn vị, hãy thử lại.',
        textEn: 'Could not save.',
        error: true,
      });
    }
  };

  if (!profile) return <p>Đang tải…</p>;
  return (
    <section aria-labelledby="tlbc-profile-title">
      <h2 id="tlbc-profile-title" title="Your unit">
        Đơn vị của bạn
      </h2>
      {!profile.level && (
        <p title="Choose your unit's level so the extension can show your reports and deadlines.">
          Hãy chọn cấp đơn vị để tiện ích biết bạn phải gửi những báo cáo nào và khi nào.
        </p>
      )}
      <p>
        <label>
          Cấp đơn vị{' '}
          <select
            data-testid="tlbc-profile-level"
            value={profile.level ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              save({ level: value ? (value as UnitLevel) : null });
            }}
          >
            <option value="">— Chọn cấp đơn vị —</option>
            {UNIT_LEVELS.map((level) => (
              <option key={level} value={level} title={LEVEL_LABELS[level].en}>
                {LEVEL_LABELS[level].vi}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          Tên đơn vị{' '}
          <input
            type="text"
            data-testid="tlbc-profile-unit"
            value={profile.unit}
            placeholder="Ví dụ: UBND xã Tịnh Khê"
            size={40}
            onInput={(e) => save({ unit: e.currentTarget.value })}
            onChange={(e) => save({ unit: e.currentTarget.value.trim() })}
          />
        </label>
      </p>
      <p>
        <label title="Reminders 3 days before, 1 day before and on the day">
          <input
            type="checkbox"
            data-testid="tlbc-profile-reminders"
            checked={profile.remindersOn}
            onChange={(e) => save({ remindersOn: e.currentTarget.checked })}
          />{' '}
          Nhắc hạn báo cáo (trước 3 ngày, trước 1 ngày và đúng ngày hạn)
        </label>
      </p>
      {status && (
        <StatusLine testid="tlbc-profile-status" text={status.text} en={status.textEn} error={status.error} />
      )}
    </section>
  );
}
