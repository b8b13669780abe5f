import { LookupLink } from '@/components/fields/LookupLink';
import { FIELD_LEVEL_LABELS, type FieldLevel } from '@/lib/fields/own-schema';
import type { StatusPair, FieldTools as Tools } from '@/lib/fields/panel-tools';

// Under a field-name or field-level finding: the portal lookup, and "thêm vào danh mục của tôi" with
// the level the name belongs to. Only the user's own clicks act. No component state (and no hooks in
// the content script's bundle): the disclosure and the chosen level live in the DOM.

const LEVELS: FieldLevel[] = ['xa', 'tinh', 'moi-cap'];

export function FieldTools(props: {
  name: string;
  lang: 'vi' | 'en';
  tools?: Tools;
  say(s: StatusPair): void;
}) {
  const { name, lang, tools, say } = props;
  const vi = lang === 'vi';
  return (
    <div class="field-tools">
      <LookupLink name={name} lang={lang} onStatus={say} />
      {tools && (
        <details>
          <summary data-testid="tlbc-own-field-add">
            {vi ? 'Thêm vào danh mục của tôi' : 'Add to my field names'}
          </summary>
          <select aria-label={vi ? 'Cấp giải quyết' : 'Level'} data-testid="tlbc-own-field-level">
            {LEVELS.map((l) => (
              <option key={l} value={l} selected={l === tools.level()}>
                {FIELD_LEVEL_LABELS[l][lang]}
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
            {vi ? 'Thêm' : 'Add'}
          </button>
        </details>
      )}
    </div>
  );
}
