import { LookupLink } from '@/components/fields/LookupLink';
import type { FieldLevel } from '@/lib/fields/own-schema';
import { LEVEL_KEYS, type FieldTools as Tools } from '@/lib/fields/panel-tools';
import { type Lang, type Shown, t } from '@/lib/panel/strings';

// Under a field-name or field-level finding: the portal lookup, and "thêm vào danh mục của tôi" with
// one button per level, the user's unit level first. Only the user's own clicks act. No component
// state (and no hooks in the content script's bundle): the disclosure lives in the DOM. Buttons, not a
// <select>: Chromium's autofill reads every form field of the page again (12–14 ms on a 500-row
// report) each time a <select> comes or goes, as findings do while the user types (a <fieldset> does
// not wake it).

const LEVELS: FieldLevel[] = ['xa', 'tinh', 'moi-cap'];
const byUserFirst = (level: FieldLevel) => [level, ...LEVELS.filter((l) => l !== level)];

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
          <fieldset aria-label={t('panel.ownFieldLevel', lang)}>
            {byUserFirst(tools.level()).map((l) => (
              <button
                key={l}
                type="button"
                data-testid={`tlbc-own-field-${l}`}
                onClick={(event) => {
                  if (event.isTrusted) tools.add(name, l).then(say);
                }}
              >
                {t(LEVEL_KEYS[l], lang)}
              </button>
            ))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
