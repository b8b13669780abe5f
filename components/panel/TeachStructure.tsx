import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TaughtColumn } from '@/lib/forms/taught/schema';
import { teachMessages } from '@/lib/i18n/messages/teach';
import { translator } from '@/lib/i18n/translator';
import { type Said, said, type TeachEditor } from '@/lib/page/teach';
import { onSettingsChanged } from '@/lib/settings-store';

// The panel's correspondence editor (issue 16, item 3), loaded with the teach kit: one line per page
// column, its header as shown and which column of the known form it is ("not in the form" if none),
// prefilled from the header words. Like the rest of the panel it acts on the user's own clicks and
// choices only: a page script can reach this DOM, so what is confirmed is the component's own state,
// changed by trusted events, never values read back from the page.

const STYLE = `.teach{margin:6px 0;padding:6px;border:1px solid #c9d3df;border-radius:4px;background:#f7f9fc}
.teach ol{margin:4px 0;padding-left:18px;max-height:260px;overflow:auto}
.teach li{margin:3px 0}.teach label{display:block;font-size:12px}
.teach select{max-width:100%;font:inherit;font-size:12px}.teach .row{display:flex;gap:6px;margin-top:4px}
.teach .error{color:#b00020}`;

export function TeachStructure({ editor }: { editor: TeachEditor }) {
  const [lang, setLang] = useState(editor.lang());
  // The kit mounts the editor once per header: a language switched on any page (the panel's own
  // switch too) reaches it here, not through the panel's re-render. Subscribed as it mounts (a layout
  // effect), so a switch in its first frame is not missed.
  useLayoutEffect(() => onSettingsChanged((settings) => setLang(settings.lang)), []);
  const t = translator(teachMessages, lang);
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<TaughtColumn[]>(editor.columns);
  const [status, setStatus] = useState<Said | null>(editor.said ?? null);
  const [busy, setBusy] = useState(false);
  // The same header re-attached (the save's storage change and the confirm's re-check, in either
  // order) is the same editor: what the confirm said reaches it by a later one too.
  useEffect(() => {
    if (editor.said) setStatus(editor.said);
  }, [editor.said]);
  const user = (act: () => void) => (event: Event) => {
    if (event.isTrusted === true) act();
    else setStatus(said({ key: 'teach.refused' }, true));
  };
  const choose = (i: number, value: string) =>
    setColumns(columns.map((c, j) => (j === i ? { ...c, form: value === '' ? null : Number(value) } : c)));
  const confirm = async () => {
    setBusy(true);
    const result = await editor.confirm(columns);
    setBusy(false);
    setStatus(result);
    if (!result.error) setOpen(false);
  };

  return (
    <div class="teach" data-testid="tlbc-teach" data-taught={editor.taught ? 'yes' : 'no'}>
      <style>{STYLE}</style>
      {!open && (
        <button
          type="button"
          data-testid="tlbc-teach-open"
          onClick={user(() => {
            setColumns(editor.columns);
            setStatus(null);
            setOpen(true);
          })}
        >
          {t(editor.taught ? 'teach.edit' : 'teach.open')}
        </button>
      )}
      {open && (
        <>
          <p>{t('teach.intro', { form: editor.formLabel })}</p>
          <ol>
            {columns.map((column, i) => (
              <li key={column.number} data-testid="tlbc-teach-column" data-number={column.number}>
                <label>
                  ({column.number}) {column.header || t('teach.emptyHeader')}
                  <br />
                  <select
                    data-testid="tlbc-teach-select"
                    value={column.form === null ? '' : String(column.form)}
                    onChange={(event) => {
                      const select = event.currentTarget;
                      if (event.isTrusted === true) choose(i, select.value);
                      else {
                        // Put back what the user chose: the page's change is not taken.
                        select.value = column.form === null ? '' : String(column.form);
                        setStatus(said({ key: 'teach.refused' }, true));
                      }
                    }}
                  >
                    <option value="">{t('teach.none')}</option>
                    {editor.options.map((option) => (
                      <option key={option.number} value={String(option.number)}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ol>
          <div class="row">
            <button type="button" data-testid="tlbc-teach-confirm" disabled={busy} onClick={user(confirm)}>
              {t('teach.confirm')}
            </button>
            <button type="button" data-testid="tlbc-teach-cancel" onClick={user(() => setOpen(false))}>
              {t('teach.cancel')}
            </button>
          </div>
        </>
      )}
      {status && (
        <p data-testid="tlbc-teach-status" class={status.error ? 'error' : undefined} aria-live="polite">
          {status[lang]}
        </p>
      )}
    </div>
  );
}
