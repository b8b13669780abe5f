import { useEffect, useRef, useState } from 'preact/hooks';
import { LookupLink } from '@/components/fields/LookupLink';
import { useOwnFields } from '@/lib/fields/catalogue';
import { NO_OWN_FIELDS, type OwnFields } from '@/lib/fields/own-migrate';
import { type FieldLevel, FieldLevel as Levels } from '@/lib/fields/own-schema';
import { addOwnField, loadOwnFields, onOwnFieldsChanged, removeOwnField } from '@/lib/fields/own-store';
import { levelOfUnit } from '@/lib/fields/panel-tools';
import type { Lang } from '@/lib/i18n/lang';
import type { Text } from '@/lib/i18n/message';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { panelMessages } from '@/lib/i18n/messages/panel';
import type { Pair } from '@/lib/i18n/phrase';
import { textIn, translator } from '@/lib/i18n/translator';
import { loadProfile } from '@/lib/profile';
import { useLang } from '../useLang';
import { StatusLine } from './StatusLine';

// "Danh mục của tôi": field names the user taught the extension, with the level that handles each.
// They are no longer flagged on this machine, travel in the backup, and can be removed here. The
// portal lookup is at hand for a name the user is not sure of. Records that could not be read are
// listed, kept, and never silently dropped.

export function OwnFieldsSection() {
  const lang = useLang();
  const t = translator(optionsMessages, lang);
  const [fields, show] = useState<OwnFields>(NO_OWN_FIELDS);
  // The import preview on this page checks field names too: with the user's own names.
  const setFields = (next: OwnFields) => {
    useOwnFields(next.entries);
    show(next);
  };
  const [name, setName] = useState('');
  const [level, setLevel] = useState<FieldLevel>('moi-cap');
  const [status, setStatus] = useState<(Pair & { error?: boolean }) | null>(null);
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

  // The portal link's status is a message of the panel's catalogue, which it shares with the panel.
  const said = (text: Text) =>
    setStatus({ vi: textIn(panelMessages, 'vi', text), en: textIn(panelMessages, 'en', text) });

  const done = (reply: Awaited<ReturnType<typeof addOwnField>>, ok: Pair) => {
    if (!reply.ok) return setStatus({ vi: reply.error, en: reply.errorEn, error: true });
    setFields(reply.fields);
    setStatus(ok);
  };

  const add = async () => {
    const shown = name.trim();
    const said = (l: Lang) =>
      translator(optionsMessages, l)('options.own.added', {
        name: shown,
        level: translator(optionsMessages, l)(`options.own.level.${level}`),
      });
    done(await addOwnField(shown, level), { vi: said('vi'), en: said('en') });
    setName('');
  };

  return (
    <section aria-labelledby="tlbc-own-fields-title">
      <h2 id="tlbc-own-fields-title">{t('options.own.title')}</h2>
      <p>{t('options.own.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) add();
        }}
      >
        <label>
          {t('options.own.name')}{' '}
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
          {t('options.own.level')}{' '}
          <select
            data-testid="tlbc-own-field-level"
            value={level}
            onChange={(event) => {
              picked.current = true;
              setLevel(event.currentTarget.value as FieldLevel);
            }}
          >
            {Levels.options.map((l) => (
              <option key={l} value={l}>
                {t(`options.own.level.${l}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" data-testid="tlbc-own-field-save" disabled={!name.trim()}>
          {t('options.own.add')}
        </button>{' '}
        {name.trim() && (
          <LookupLink
            name={name.trim()}
            label={t('options.own.lookup')}
            title={t('options.own.lookupHint')}
            onStatus={said}
          />
        )}
      </form>
      {fields.entries.length > 0 ? (
        <ul>
          {fields.entries.map((field) => (
            <li key={field.name} data-testid="tlbc-own-field" data-name={field.name} data-level={field.level}>
              {field.name}{' '}
              <span class="muted">
                · {t(`options.own.level.${field.level}`)} · {t('options.own.mine')}
              </span>{' '}
              <LookupLink
                name={field.name}
                label={t('options.own.lookup')}
                title={t('options.own.lookupHint')}
                onStatus={said}
              />{' '}
              <button
                type="button"
                data-testid="tlbc-own-field-remove"
                onClick={async () =>
                  done(await removeOwnField(field.name), {
                    vi: translator(optionsMessages, 'vi')('options.own.removed', { name: field.name }),
                    en: translator(optionsMessages, 'en')('options.own.removed', { name: field.name }),
                  })
                }
              >
                {t('options.own.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options.own.none')}</p>
      )}
      {fields.aside.length > 0 && (
        <div data-testid="tlbc-own-fields-aside" role="note">
          <p>{t('options.own.aside', { count: fields.aside.length })}</p>
          <ul>
            {fields.aside.map((a, i) => (
              <li key={i}>{lang === 'en' ? a.reasonEn : a.reason}</li>
            ))}
          </ul>
        </div>
      )}
      {status && <StatusLine testid="tlbc-own-field-status" text={status[lang]} error={status.error} />}
    </section>
  );
}
