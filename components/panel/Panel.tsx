import { Component } from 'preact';
import type { Notes, FieldTools as Tools } from '@/lib/fields/panel-tools';
import { type Lang, type Shown, say as sayIn, t } from '@/lib/panel/strings';
import type { PanelActions, PanelFinding, PanelView } from '@/lib/panel/view';
import { byUser } from './by-user';
import { FieldTools } from './FieldTools';
import { StatusLine } from './StatusLine';

// The in-page panel. Its shadow root is open (design.md §4), so a page script can read it and fake
// clicks on it: every action runs on the user's own (trusted) clicks only, and the DOM holds nothing the
// page does not show already — other units' drafts and figures quoted from other drafts appear only
// after the user asks for them.

/** Helpers beside the report's actions: field lookups and own names, the page-structure report. */
export interface PanelTools {
  notes: Notes;
  fields?: Tools;
  exportStructure?(): Promise<Shown>;
}

const ORDER = ['error', 'warning', 'info'] as const;
const FIELD_RULES = new Set(['field-name', 'field-level']);
const HEADINGS = { error: 'panel.errors', warning: 'panel.warnings', info: 'panel.infos' } as const;

export function Panel({ view, on, tools }: { view: PanelView; on: PanelActions; tools?: PanelTools }) {
  const { lang } = view;
  const user = (act: () => void) => byUser(act, on.refused);
  const say = (text: Shown) => tools?.notes.say(text);
  const { counts } = view;
  const summary = sayIn(
    {
      key: 'panel.summary',
      params: {
        errors: { key: 'panel.errors', params: { count: counts.error } },
        warnings: { key: 'panel.warnings', params: { count: counts.warning } },
      },
    },
    lang,
  );

  return (
    <aside
      data-testid="tlbc-panel"
      data-form={view.form}
      data-period={view.period ?? undefined}
      data-state={view.state}
      class={`panel dock-${view.dock}${view.collapsed ? ' collapsed' : ''}`}
      aria-label={t('panel.title', lang)}
    >
      <header>
        <button
          type="button"
          class="badge"
          aria-expanded={!view.collapsed}
          title={t(view.collapsed ? 'panel.expand' : 'panel.collapse', lang)}
          onClick={user(() => on.setCollapsed(!view.collapsed))}
        >
          <span class="count error" data-testid="tlbc-count-error">
            {counts.error}
          </span>
          <span class="count warning" data-testid="tlbc-count-warning">
            {counts.warning}
          </span>
        </button>
        <strong>{t('panel.title', lang)}</strong>
        <span class="tools">
          <button
            type="button"
            onClick={user(() => on.setDock(view.dock === 'right' ? 'left' : 'right'))}
            title={t(view.dock === 'right' ? 'panel.dockLeft' : 'panel.dockRight', lang)}
          >
            {view.dock === 'right' ? '⇤' : '⇥'}
          </button>
          <button type="button" onClick={user(() => on.setLang(lang === 'vi' ? 'en' : 'vi'))}>
            {t('panel.language', lang)}
          </button>
        </span>
      </header>
      <div class="body" hidden={view.collapsed}>
        <p class="form">
          {view.form === 'generic' ? t('panel.generic', lang) : view.form}
          {view.periodLabel && (
            <>
              <br />
              {t('panel.period', lang, { label: view.periodLabel })}
            </>
          )}
          {view.unit && (
            <>
              <br />
              {t('panel.unit', lang, { label: view.unit })}
            </>
          )}
        </p>
        {view.state === 'readonly' && <p class="readonly">{t('panel.readonly', lang)}</p>}
        {view.notice && <p class="notice">{view.notice}</p>}
        {/* The teach kit's editor (lib/page/teach.ts) renders here; Preact leaves its children be. */}
        <div data-tlbc-teach="" />
        <div class="actions">
          <button type="button" data-testid="tlbc-save-draft" disabled={view.busy} onClick={user(on.save)}>
            {t('panel.save', lang)}
          </button>
          <button
            type="button"
            data-testid="tlbc-fill"
            disabled={view.busy || view.state === 'readonly'}
            onClick={user(on.fill)}
          >
            {t('panel.fill', lang)}
          </button>
          <button
            type="button"
            data-testid="tlbc-undo"
            disabled={view.busy || !view.canUndo}
            onClick={user(on.undo)}
          >
            {t('panel.undo', lang)}
          </button>
        </div>
        {(view.offers.length > 0 || view.hiddenOffers) && (
          <div class="offers">
            {view.offers.length > 0 && <p>{t('panel.otherDrafts', lang)}</p>}
            {view.offers.map((offer) => (
              <button
                type="button"
                key={offer.id}
                data-testid="tlbc-fill-offer"
                disabled={view.state === 'readonly'}
                onClick={user(() => on.fillFrom(offer.id))}
              >
                {offer.label}
              </button>
            ))}
            {view.hiddenOffers && (
              <button type="button" data-testid="tlbc-show-other-units" onClick={user(on.showOtherUnits)}>
                {t('panel.showOtherUnits', lang)}
              </button>
            )}
          </div>
        )}
        <StatusLine status={view.status} lang={lang} notes={tools?.notes} />
        <p class="summary">{summary}</p>
        {counts.error + counts.warning + counts.info === 0 && <p>{t('panel.noFindings', lang)}</p>}
        {ORDER.map((severity) => {
          const items = view.findings.filter((item) => item.finding.severity === severity);
          if (items.length === 0) return null;
          return (
            <section key={severity} class={`group ${severity}`}>
              <h3>{t(HEADINGS[severity], lang, { count: items.length })}</h3>
              <ul>
                {items.map((item) => (
                  <FindingItem
                    key={item.key}
                    item={item}
                    lang={lang}
                    on={on}
                    readonly={view.state === 'readonly'}
                    tools={tools?.fields}
                    notes={tools?.notes}
                  />
                ))}
              </ul>
            </section>
          );
        })}
        {tools?.exportStructure && (
          <p class="export">
            <button
              type="button"
              data-testid="tlbc-structure-export"
              title={t('panel.exportStructureHint', lang)}
              onClick={user(() => void tools.exportStructure?.().then(say))}
            >
              {t('panel.exportStructure', lang)}
            </button>
          </p>
        )}
      </div>
    </aside>
  );
}

interface FindingProps {
  item: PanelFinding;
  lang: Lang;
  on: PanelActions;
  readonly: boolean;
  tools?: Tools;
  notes?: Notes;
}

// A class, not a hook: its one bit of state (the detail opened) does not pull preact/hooks into the
// content script's bundle.
class FindingItem extends Component<FindingProps, { open: boolean }> {
  state = { open: false };

  // The page keeps an unchanged finding's item (and its actions) from one check to the next: a long
  // list is not rendered again whole on every keystroke, only the items that changed.
  shouldComponentUpdate(next: FindingProps, state: { open: boolean }): boolean {
    const now = this.props;
    return (
      state.open !== this.state.open ||
      (Object.keys(next) as (keyof FindingProps)[]).some((key) => next[key] !== now[key])
    );
  }

  render(props: FindingProps, { open }: { open: boolean }) {
    return findingItem(props, open, (next) => this.setState({ open: next }));
  }
}

function findingItem(props: FindingProps, open: boolean, setOpen: (open: boolean) => void) {
  const { item, lang, on } = props;
  const { finding } = item;
  const user = (act: () => void) => byUser(act, on.refused);
  // Figures from other drafts (and a fix that writes one) stay out of the DOM until the user opens them.
  const quoted = finding.detail?.quoted;
  const where = [
    item.rowLabel && t('panel.row', lang, { label: item.rowLabel }),
    item.columnLabel && t('panel.column', lang, { label: item.columnLabel }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      data-testid="tlbc-finding"
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-row={item.rowLabel}
      data-col={finding.col ?? ''}
    >
      <button type="button" class="finding" onClick={user(() => on.focus(item))}>
        {where && <span class="where">{where}</span>}
        <span class="message">{lang === 'vi' ? finding.message : sayIn(finding.text, lang)}</span>
      </button>
      {quoted && (
        <button
          type="button"
          class="detail"
          data-testid="tlbc-finding-detail"
          aria-expanded={open}
          onClick={user(() => setOpen(!open))}
        >
          {t(open ? 'panel.hideDetail' : 'panel.detail', lang)}
        </button>
      )}
      {quoted && open && <p class="quoted">{lang === 'vi' ? quoted.message : sayIn(quoted.text, lang)}</p>}
      {finding.fix && !props.readonly && (!quoted || open) && (
        <button type="button" class="fix" data-testid="tlbc-fix" onClick={user(() => on.fix(item))}>
          {t('panel.applyFix', lang, { value: finding.fix.value.toLocaleString('vi-VN') })}
        </button>
      )}
      {FIELD_RULES.has(finding.rule) && item.rowLabel && (
        <FieldTools
          name={item.rowLabel}
          lang={lang}
          tools={props.tools}
          say={(text) => props.notes?.say(text)}
        />
      )}
    </li>
  );
}
