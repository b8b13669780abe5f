import { useEffect, useRef, useState } from 'preact/hooks';
import { LookupLink } from '@/components/fields/LookupLink';
import { useOwnFields } from '@/lib/fields/catalogue';
import { NO_OWN_FIELDS, type OwnFields } from '@/lib/fields/own-migrate';
import { FIELD_LEVEL_LABELS, type FieldLevel, FieldLevel as Levels } from '@/lib/fields/own-schema';
import { addOwnField, loadOwnFields, onOwnFieldsChanged, removeOwnField } from '@/lib/fields/own-store';
import type { StatusPair } from '@/lib/fields/panel-tools';
import { levelOfUnit } from '@/lib/fields/panel-tools';
import { loadProfile } from '@/lib/profile';
import { StatusLine } from './StatusLine';

// "Danh mục của tôi": field names the user taught the extension, with the level that handles each.
// They are no longer flagged on this machine, travel in the backup, and can be removed here. The
// portal lookup is at hand for a name the user is not sure of. Records that could not be read are
// listed, kept, and never silently dropped.

export function OwnFieldsSection() {
  const [fields, show] = useState<OwnFields>(NO_OWN_FIELDS);
  // The import preview on this page checks field names too: with the user's own names.
  const setFields = (next: OwnFields) => {
    useOwnFields(next.entries);
    show(next);
  };
  const [name, setName] = useState('');
  const [level, setLevel] = useState<FieldLevel>('moi-cap');
  const [status, setStatus] = useState<(StatusPair & { error?: boolean }) | null>(null);
  // The unit's level is offered first, unless the user already picked one.
  const picked = useRef(false);

  useEffect(() => {
    loadOwnFields().then(setFields, () => {});
    loadProfile().then(
      (p) => setLevel(levelOfUnit(p.level)),
      () => {},
    );
    return onOwnFieldsChanged(setFields);
  }, []);

  const done = (reply: Awaited<ReturnType<typeof addOwnField>>, ok: StatusPair) => {
    if (!reply.ok) return setStatus({ vi: reply.error, en: reply.errorEn, error: true });
    setFields(reply.fields);
    setStatus(ok);
  };

  const add = async () => {
    const shown = name.trim();
    done(await addOwnField(shown, level), {
      vi: `Đã thêm «${shown}» (${FIELD_LEVEL_LABELS[level].vi}) vào danh mục của tôi.`,
      en: `Added «${shown}» (${FIELD_LEVEL_LABELS[level].en}) to my field names.`,
    });
    setName('');
  };

  return (
    <section aria-labelledby="tlbc-own-fields-title">
      <h2 id="tlbc-own-fields-title" title="My field names">
        Danh mục lĩnh vực của tôi
      </h2>
      <p title="Field names the published catalogue lacks, added by you. On this machine they are not flagged. Not sure which field a procedure belongs to? Look it up on the National Public Service Portal.">
        Tên lĩnh vực danh mục đã công bố chưa có, do bạn thêm: trên máy này các tên này không bị báo là lạ.
        Chưa chắc một thủ tục thuộc lĩnh vực nào? Tra cứu trên Cổng Dịch vụ công quốc gia (tên được chép sẵn
        để dán vào ô tìm kiếm).
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) add();
        }}
      >
        <label>
          Tên lĩnh vực{' '}
          <input
            type="text"
            size={40}
            maxLength={200}
            data-testid="tlbc-own-field-name"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </label>{' '}
        <label>
          Cấp{' '}
          <select
            data-testid="tlbc-own-field-level"
            value={level}
            onChange={(event) => {
              picked.current = true;
              setLevel(event.currentTarget.value as FieldLevel);
            }}
          >
            {Levels.options.map((l) => (
              <option key={l} value={l} title={FIELD_LEVEL_LABELS[l].en}>
                {FIELD_LEVEL_LABELS[l].vi}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" data-testid="tlbc-own-field-save" disabled={!name.trim()}>
          Thêm vào danh mục của tôi
        </button>{' '}
        {name.trim() && <LookupLink name={name.trim()} onStatus={setStatus} />}
      </form>
      {fields.entries.length > 0 ? (
        <ul>
          {fields.entries.map((field) => (
            <li key={field.name} data-testid="tlbc-own-field" data-name={field.name} data-level={field.level}>
              {field.name} <span class="muted">· {FIELD_LEVEL_LABELS[field.level].vi} · của tôi</span>{' '}
              <LookupLink name={field.name} onStatus={setStatus} />{' '}
              <button
                type="button"
                data-testid="tlbc-own-field-remove"
                onClick={async () =>
                  done(await removeOwnField(field.name), {
                    vi: `Đã bỏ «${field.name}» khỏi danh mục của tôi.`,
                    en: `Removed «${field.name}» from my field names.`,
                  })
                }
              >
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Chưa có tên nào.</p>
      )}
      {fields.aside.length > 0 && (
        <div data-testid="tlbc-own-fields-aside" role="note">
          <p title="These entries could not be read. They are kept unchanged; a newer version of the extension may read them.">
            {fields.aside.length} mục không đọc được, được giữ nguyên (không bị xoá):
          </p>
          <ul>
            {fields.aside.map((a, i) => (
              <li key={i} title={a.reasonEn}>
                {a.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status && (
        <StatusLine testid="tlbc-own-field-status" text={status.vi} en={status.en} error={status.error} />
      )}
    </section>
  );
}
