import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  deleteDraft,
  getDraft,
  listDraftsResult,
  listRevisions,
  onDraftsChanged,
  renameDraft,
  restoreRevision,
  undeleteDraft,
} from '@/lib/drafts/client';
import { draftColumns, periodLabel, savedAtLabel } from '@/lib/drafts/labels';
import type { Draft, DraftSummary, Revision } from '@/lib/drafts/schema';
import { QuarantineSection } from './QuarantineSection';
import { StatusLine } from './StatusLine';

// The drafts list on the options page: open (read-only values and earlier versions), rename, delete
// with an inline confirmation (no window.confirm: it blocks the page) and an undo; below it, the drafts
// this version cannot read (QuarantineSection).

interface Status {
  text: string;
  textEn: string;
  error?: boolean;
  /** The draft a delete removed, offered back by "Hoàn tác". */
  undoId?: string;
}

function describe(d: Pick<DraftSummary, 'form' | 'period' | 'unit'>): string {
  return `${d.form} · ${periodLabel(d.period)} · ${d.unit || '(chưa rõ đơn vị)'}`;
}

export function DraftsSection() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const reply = await listDraftsResult();
    if (reply.ok) setDrafts(reply.drafts);
    else setStatus({ text: reply.error, textEn: reply.errorEn, error: true });
  }, []);

  useEffect(() => {
    reload();
    return onDraftsChanged(reload);
  }, [reload]);

  const report = (reply: { ok: true } | { ok: false; error: string; errorEn: string }, ok: Status) => {
    setStatus(reply.ok ? ok : { text: reply.error, textEn: reply.errorEn, error: true });
    reload();
  };

  const remove = async (draft: DraftSummary) => {
    const reply = await deleteDraft(draft.id);
    if (openId === draft.id) setOpenId(null);
    report(reply, {
      text: `Đã xoá bản nháp ${describe(draft)}.`,
      textEn: `Deleted the draft ${describe(draft)}.`,
      undoId: draft.id,
    });
  };

  const undo = async (id: string) => {
    const reply = await undeleteDraft(id);
    report(reply, { text: 'Đã khôi phục bản nháp vừa xoá.', textEn: 'The deleted draft is back.' });
  };

  return (
    <section aria-labelledby="tlbc-drafts-title">
      <h2 id="tlbc-drafts-title" title="Drafts">
        Bản nháp đã lưu
      </h2>
      {status && (
        <StatusLine testid="tlbc-drafts-status" text={status.text} en={status.textEn} error={status.error}>
          {' '}
          {status.undoId && (
            <button
              type="button"
              data-testid="tlbc-draft-undo"
              onClick={() => undo(status.undoId!)}
              title="Undo"
            >
              Hoàn tác
            </button>
          )}
        </StatusLine>
      )}
      {drafts === null ? (
        <p>Đang tải…</p>
      ) : drafts.length === 0 ? (
        <p title="No drafts yet. Save one from a report page (“Lưu nháp”) or import a file.">
          Chưa có bản nháp nào. Lưu từ trang báo cáo (nút “Lưu nháp”) hoặc nhập từ tệp.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th title="Form">Biểu mẫu</th>
              <th title="Period">Kỳ báo cáo</th>
              <th title="Unit">Đơn vị</th>
              <th title="Name">Tên</th>
              <th title="Last saved">Lưu lần cuối</th>
              <th title="Earlier versions kept">Phiên bản cũ</th>
              <th>
                <span class="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                open={openId === draft.id}
                onToggle={() => setOpenId(openId === draft.id ? null : draft.id)}
                onRename={async (name) =>
                  report(await renameDraft(draft.id, name), {
                    text: `Đã đổi tên thành “${name.trim()}”.`,
                    textEn: `Renamed to “${name.trim()}”.`,
                  })
                }
                onDelete={() => remove(draft)}
              />
            ))}
          </tbody>
        </table>
      )}
      {openId && <DraftDetail id={openId} onStatus={report} />}
      <QuarantineSection />
    </section>
  );
}

function DraftRow(props: {
  draft: DraftSummary;
  open: boolean;
  onToggle: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}) {
  const { draft } = props;
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <tr
      data-testid="tlbc-draft-row"
      data-id={draft.id}
      data-form={draft.form}
      data-period={draft.period}
      data-unit={draft.unit}
    >
      <td>{draft.form}</td>
      <td data-testid="tlbc-draft-period">{periodLabel(draft.period)}</td>
      <td>{draft.unit}</td>
      <td>
        {renaming ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              // Read from the form itself: the last keystroke may not have re-rendered yet.
              const name = new FormData(event.currentTarget).get('name');
              setRenaming(false);
              props.onRename(String(name ?? ''));
            }}
          >
            <input
              data-testid="tlbc-draft-name"
              name="name"
              aria-label="Tên bản nháp"
              defaultValue={draft.name}
            />
            <button type="submit">Lưu tên</button>
          </form>
        ) : (
          draft.name
        )}
      </td>
      <td data-testid="tlbc-draft-saved">{savedAtLabel(draft.savedAt)}</td>
      <td data-testid="tlbc-draft-revisions">{draft.revisions}</td>
      <td>
        <button
          type="button"
          data-testid="tlbc-draft-open"
          aria-expanded={props.open}
          onClick={props.onToggle}
        >
          {props.open ? 'Đóng' : 'Mở'}
        </button>
        <button
          type="button"
          data-testid="tlbc-draft-rename"
          onClick={() => setRenaming(!renaming)}
          title="Rename"
        >
          Đổi tên
        </button>
        {confirming ? (
          <span>
            Xoá bản nháp này?{' '}
            <button
              type="button"
              data-testid="tlbc-draft-delete-confirm"
              onClick={() => {
                setConfirming(false);
                props.onDelete();
              }}
            >
              Xoá
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Không
            </button>
          </span>
        ) : (
          <button
            type="button"
            data-testid="tlbc-draft-delete"
            onClick={() => setConfirming(true)}
            title="Delete"
          >
            Xoá
          </button>
        )}
      </td>
    </tr>
  );
}

/** One draft's values as a read-only table, and its earlier versions with a restore button each. */
function DraftDetail(props: {
  id: string;
  onStatus: (reply: { ok: true } | { ok: false; error: string; errorEn: string }, ok: Status) => void;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [revisions, setRevisions] = useState<Revision[]>([]);

  const load = useCallback(async () => {
    const [got, revs] = await Promise.all([getDraft(props.id), listRevisions(props.id)]);
    setDraft(got.ok ? got.draft : null);
    setRevisions(revs.ok ? revs.revisions : []);
  }, [props.id]);

  useEffect(() => {
    load();
    return onDraftsChanged(load);
  }, [load]);

  if (!draft) return null;
  const columns = draftColumns(draft.rows);
  return (
    <div data-testid="tlbc-draft-detail">
      <h3>{describe(draft)}</h3>
      <table data-testid="tlbc-draft-values">
        <thead>
          <tr>
            <th>Lĩnh vực</th>
            {columns.map((c) => (
              <th key={c}>({c})</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td key={c}>{row.values[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h4 title="Earlier versions">Phiên bản cũ ({revisions.length})</h4>
      <ul>
        {revisions.map((revision) => (
          <li key={revision.seq} data-testid="tlbc-draft-revision">
            Lần lưu {revision.draft.revision}, {savedAtLabel(revision.draft.savedAt)}{' '}
            <button
              type="button"
              data-testid="tlbc-draft-restore"
              onClick={async () =>
                props.onStatus(await restoreRevision(props.id, revision.seq!), {
                  text: `Đã khôi phục lần lưu ${revision.draft.revision}; bản đang dùng trước đó được giữ làm phiên bản cũ.`,
                  textEn: `Restored save ${revision.draft.revision}; the version it replaced is kept as an earlier version.`,
                })
              }
            >
              Khôi phục
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
