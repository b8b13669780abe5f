import type { Severity } from '../forms/schema';
import type { PageInfo } from '../page-info';
import { periodKey } from '../page-info';
import type { Finding } from '../rules/finding';
import type { Settings } from '../settings';
import { type Lang, shownLang } from './strings';

// The panel's contract: what the page controller (lib/page) hands the panel (components/panel) to
// show, and the actions the panel calls back. Both sides import it from here, so the logic never
// depends on the view. One builder, panelView, makes every view.

export interface PanelFinding {
  /** Stable across re-checks, so Preact keeps focus on the same item. */
  key: string;
  finding: Finding;
  /** The row's label as shown (empty for form-level findings). */
  rowLabel: string;
  /** "(4) Trực tuyến", empty for row- and form-level findings. */
  columnLabel: string;
}

export type Counts = Record<Severity, number>;

export interface DraftOffer {
  id: string;
  label: string;
}

export interface PanelView {
  form: string;
  period: string | null;
  periodLabel: string;
  unit: string;
  state: 'editable' | 'readonly';
  /** What was found, by severity: shown as soon as the table is checked. */
  counts: Counts;
  /** The findings listed: all of them, or the first ones while the panel first shows (the rest follow). */
  findings: PanelFinding[];
  /** A plain notice above the findings: unsupported grid, structure differs from the template. */
  notice: string;
  status: string;
  /** Drafts to fill from: of this form and unit, plus other units' once the user asked for them. */
  offers: DraftOffer[];
  /** Other units' drafts exist and are not listed yet: a button shows them. */
  hiddenOffers: boolean;
  canUndo: boolean;
  busy: boolean;
  /** The language the panel shows: the chosen one once its tables are loaded, Vietnamese until then. */
  lang: Lang;
  collapsed: boolean;
  dock: 'left' | 'right';
}

export interface PanelActions {
  save(): void;
  fill(): void;
  fillFrom(id: string): void;
  undo(): void;
  focus(item: PanelFinding): void;
  fix(item: PanelFinding): void;
  setCollapsed(collapsed: boolean): void;
  setDock(dock: 'left' | 'right'): void;
  setLang(lang: Lang): void;
  /** Lists other units' drafts among the offers. */
  showOtherUnits(): void;
  /** A click the user did not make (a page script's): nothing is done; the status may say so. */
  refused(): void;
}

/** What a page has to show besides its page info and the settings. */
export interface PanelState {
  findings?: PanelFinding[];
  /** How many of the findings are listed (a first showing lists them a slice per task); default all. */
  listed?: number;
  notice?: string;
  status?: string;
  offers?: DraftOffer[];
  hiddenOffers?: boolean;
  canUndo?: boolean;
  busy?: boolean;
}

/** The panel's view of a page: its info, the user's panel settings and what the page has to show. */
export function panelView(
  info: PageInfo,
  settings: Pick<Settings, 'lang' | 'collapsed' | 'dock'>,
  state: PanelState,
): PanelView {
  return {
    form: info.formCode ?? 'generic',
    period: info.period ? periodKey(info.period) : null,
    periodLabel: info.periodLabel,
    unit: info.unit,
    state: info.state,
    counts: countFindings(state.findings ?? []),
    findings: (state.findings ?? []).slice(0, state.listed),
    notice: state.notice ?? '',
    status: state.status ?? '',
    offers: state.offers ?? [],
    hiddenOffers: state.hiddenOffers ?? false,
    canUndo: state.canUndo ?? false,
    busy: state.busy ?? false,
    lang: shownLang(settings.lang),
    collapsed: settings.collapsed,
    dock: settings.dock,
  };
}

function countFindings(findings: PanelFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const item of findings) counts[item.finding.severity]++;
  return counts;
}
