import { useState } from 'preact/hooks';
import type { TaughtColumn } from '@/lib/forms/taught/schema';
import type { Said, TeachEditor } from '@/lib/page/teach';

// The panel's correspondence editor (issue 16, item 3), loaded with the teach kit: one line per page
// column, its header as shown and which column of the known form it is ("không có trong mẫu" if none),
// prefilled from the header words. Like the rest of the panel it acts on the user's own clicks and
// choices only: a page script can reach this DOM, so what is confirmed is the component's own state,
// changed by trusted events, never values read back from the page.

const STYLE = `.teach{margin:6px 0;padding:6px;border:1px solid #c9d3df;border-radius:4px;background:#f7f9fc}
.teach ol{margin:4px 0;padding-left:18px;max-height:260px;overflow:auto}
.teach li{margin:3px 0}.teach label{display:block;font-size:12px}
.teach select{max-width:100%;font:inherit;font-size:12px}.teach .row{display:flex;gap:6px;margin-top:4px}
.teach .error{color:#b00020}`;

const T = {
  open: { vi: 'Dạy cấu trúc biểu này…', en: 'Teach this table’s structure…' },
  edit: { vi: 'Sửa cấu trúc đã dạy…', en: 'Edit the taught structure…' },
  intro: {
    vi: 'Mỗi cột trên trang là cột nào của mẫu',
    en: 'Which column of the form each page column is',
  },
  none: { vi: 'Không có trong mẫu', en: 'Not in the form' },
  confirm: { vi: 'Xác nhận cấu trúc', en: 'Confirm the structure' },
  cancel: { vi: 'Đóng', en: 'Close' },
  refused: {
    vi: 'Đã bỏ qua một thao tác không phải của người dùng (do trang web tạo ra): không có gì thay đổi.',
    en: 'Ignored an action the user did not make (the web page made it): nothing changed.',
  },
};

export function TeachStructure({ editor }: { editor: TeachEditor }) {
  const lang = editor.lang();
  const [open, setOpen] = useState(false);
  const [columns, setColumns] = useState<TaughtColumn[]>(editor.columns);
  const [status, setStatus] = useState<Said | null>(editor.said ?? null);
  const [busy, setBusy] = useState(false);
  const user = (act: () => void) => (event: Event) => {
    if (event.isTrusted === true) act();
    else setStatus({ ...T.refused, error: true });
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
          {(editor.taught ? T.edit : T.open)[lang]}
        </button>
      )}
      {open && (
        <>
          <p>
            {T.intro[lang]} {editor.formLabel}:
          </p>
          <ol>
            {columns.map((column, i) => (
              <li key={column.number} data-testid="tlbc-teach-column" data-number={column.number}>
                <label>
                  ({column.number}) {column.header}
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
                        setStatus({ ...T.refused, error: true });
                      }
                    }}
                  >
                    <option value="">{T.none[lang]}</option>
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
              {T.confirm[lang]}
            </button>
            <button type="button" data-testid="tlbc-teach-cancel" onClick={user(() => setOpen(false))}>
              {T.cancel[lang]}
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
