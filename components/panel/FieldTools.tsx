import { LookupLink } from '@/components/fields/LookupLink';
import type { FieldLevel } from '@/lib/fields/own-schema';
import { LEVEL_KEYS, type FieldTools as Tools } from '@/lib/fields/panel-tools';
import { type Lang, type Shown, t } from '@/lib/panel/strings';

// Under a field-name or field-level finding: the portal lookup, and "thêm vào danh mục của tôi" with
// the level the name belongs to. Only the user's own clicks act. No component state (and no hooks in
// the content script's bundle): the disclosure and the chosen level live in the DOM.

const LEVELS: FieldLevel[] = ['xa', 'tinh', 'moi-cap'];

export function FieldTools(props: { name: string; lang: Lang; tools?: Tools; say(s: Shown): void }) {
  const { name, lang, tools, say } = props;
  return (
    <div class="field-tools">
      <LookupLink
        name={name}
        label={t('panel.lookup', lang)}
        title={t('panel.lookupHint', lang)}
        onStatus={say}
      />
      {tools && (
        <details>
          <summary data-testid="tlbc-own-field-add">{t('panel.ownFieldAdd', lang)}</summary>
          <select aria-label={t('panel.ownFieldLevel', lang)} data-testid="tlbc-own-field-level">
            {LEVELS.map((l) => (
              <option key={l} value={l} selected={l === tools.level()}>
                {t(LEVEL_KEYS[l], lang)}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            data-testid="tlbc-own-field-confirm"
            onClick={(event) => {
              if (!event.isTrusted) return;
              const select = event.currentTarget.parentElement?.querySelector('select');
              tools.add(name, (select?.value ?? tools.level()) as FieldLevel).then(say);
            }}
          >
            {t('panel.ownFieldConfirm', lang)}
          </button>
        </details>
      )}
    </div>
  );
}
