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
import type { Lang } from '@/lib/i18n/lang';
import { draftListMessages } from '@/lib/i18n/messages/draft-list';
import { type Translate, translator } from '@/lib/i18n/translator';
import { useLang } from '../useLang';
import { QuarantineSection } from './QuarantineSection';
import { StatusLine } from './StatusLine';
import { pairOf, type Said, sayIn } from './said';

// The drafts list on the options page: open (read-only values and earlier versions), rename, delete
// with an inline confirmation (no window.confirm: it blocks the page) and an undo; below it, the drafts
// this version cannot read (QuarantineSection).

type T = Translate<keyof typeof draftListMessages.vi>;

interface Status {
  said: Said;
  error?: boolean;
  /** The draft a delete removed, offered back by "Hoàn tác". */
  undoId?: string;
}

function describe(d: Pick<DraftSummary, 'form' | 'period' | 'unit'>, lang: Lang): string {
  const unit = d.unit || translator(draftListMessages, lang)('draftList.noUnit');
  return `${d.form} · ${periodLabel(d.period)} · ${unit}`;
}

type Reply = { ok: true } | { ok: false; error: string; errorEn: string };

export function DraftsSection() {
  const lang = useLang();
  const t: T = translator(draftListMessages, lang);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const reply = await listDraftsResult();
    if (reply.ok) setDrafts(reply.drafts);
    else setStatus({ said: pairOf(reply), error: true });
  }, []);

  useEffect(() => {
    reload();
    return onDraftsChanged(reload);
  }, [reload]);

  const report = (reply: Reply, ok: Status) => {
    setStatus(reply.ok ? ok : { said: pairOf(reply), error: true });
    reload();
  };

  const remove = async (draft: DraftSummary) => {
    const reply = await deleteDraft(draft.id);
    if (openId === draft.id) setOpenId(null);
    report(reply, {
      said: { key: 'draftList.deleted', params: { draft: describe(draft, lang) } },
      undoId: draft.id,
    });
  };

  const undo = async (id: string) => {
    const reply = await undeleteDraft(id);
    report(reply, { said: { key: 'draftList.undeleted' } });
  };

  return (
    <section aria-labelledby="tlbc-drafts-title">
      <h2 id="tlbc-drafts-title">{t('draftList.title')}</h2>
      {status && (
        <StatusLine
          testid="tlbc-drafts-status"
          text={sayIn(draftListMessages, lang, status.said)}
          error={status.error}
        >
          {' '}
          {status.undoId && (
            <button type="button" data-testid="tlbc-draft-undo" onClick={() => undo(status.undoId!)}>
              {t('draftList.undo')}
            </button>
          )}
        </StatusLine>
      )}
      {drafts === null ? (
        <p>{t('draftList.loading')}</p>
      ) : drafts.length === 0 ? (
        <p>{t('draftList.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('draftList.form')}</th>
              <th>{t('draftList.period')}</th>
              <th>{t('draftList.unit')}</th>
              <th>{t('draftList.name')}</th>
              <th>{t('draftList.saved')}</th>
              <th>{t('draftList.revisions')}</th>
              <th>
                <span class="visually-hidden">{t('draftList.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                t={t}
                open={openId === draft.id}
                onToggle={() => setOpenId(openId === draft.id ? null : draft.id)}
                onRename={async (name) =>
                  report(await renameDraft(draft.id, name), {
                    said: { key: 'draftList.renamed', params: { name: name.trim() } },
                  })
                }
                onDelete={() => remove(draft)}
              />
            ))}
          </tbody>
        </table>
      )}
      {openId && <DraftDetail id={openId} t={t} lang={lang} onStatus={report} />}
      <QuarantineSection />
    </section>
  );
}

function DraftRow(props: {
  draft: DraftSummary;
  t: T;
  open: boolean;
  onToggle: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}) {
  const { draft, t } = props;
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
              aria-label={t('draftList.nameLabel')}
              defaultValue={draft.name}
            />
            <button type="submit">{t('draftList.saveName')}</button>
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
          {props.open ? t('draftList.close') : t('draftList.open')}
        </button>
        <button type="button" data-testid="tlbc-draft-rename" onClick={() => setRenaming(!renaming)}>
          {t('draftList.rename')}
        </button>
        {confirming ? (
          <span>
            {t('draftList.confirmDelete')}{' '}
            <button
              type="button"
              data-testid="tlbc-draft-delete-confirm"
              onClick={() => {
                setConfirming(false);
                props.onDelete();
              }}
            >
              {t('draftList.delete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('draftList.keep')}
            </button>
          </span>
        ) : (
          <button type="button" data-testid="tlbc-draft-delete" onClick={() => setConfirming(true)}>
            {t('draftList.delete')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** One draft's values as a read-only table, and its earlier versions with a restore button each. */
function DraftDetail(props: { id: string; t: T; lang: Lang; onStatus: (reply: Reply, ok: Status) => void }) {
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

  const { t } = props;
  if (!draft) return null;
  const columns = draftColumns(draft.rows);
  return (
    <div data-testid="tlbc-draft-detail">
      <h3>{describe(draft, props.lang)}</h3>
      <table data-testid="tlbc-draft-values">
        <thead>
          <tr>
            <th>{t('draftList.field')}</th>
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
      <h4>{t('draftList.earlier', { count: revisions.length })}</h4>
      <ul>
        {revisions.map((revision) => (
          <li key={revision.seq} data-testid="tlbc-draft-revision">
            {t('draftList.revision', {
              revision: revision.draft.revision,
              saved: savedAtLabel(revision.draft.savedAt),
            })}{' '}
            <button
              type="button"
              data-testid="tlbc-draft-restore"
              onClick={async () =>
                props.onStatus(await restoreRevision(props.id, revision.seq!), {
                  said: { key: 'draftList.restored', params: { revision: revision.draft.revision } },
                })
              }
            >
              {t('draftList.restore')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
