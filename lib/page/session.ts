import { readPageInfo } from '../forms/recognise';
import { periodKey } from '../page-info';
import type { Box } from '../panel/dock';
import { type Shown, shown } from '../panel/strings';
import { type PanelActions, type PanelView, panelView } from '../panel/view';
import type { Settings } from '../settings';
import { nextTask, Slices } from '../slices';
import { listDocuments } from '../table/frames';
import { type TableChange, watchReportTables } from '../table/watch';
import { type ContentWatch, watchTableContent } from '../table/watch-content';
import { createGridBridge, type GridBridge, readWidgetGrids } from '../table/widget';
import { loadLanguage } from './english-loader';
import { type PageSettings, ReportPage, type ReportPageServices } from './report-page';
import { type FoundReport, type PageScan, recogniseWidget, type ScanAhead, scanInSteps } from './scan';
import { widgetWriter } from './widget-writer';

// The content script's life on one page: find the report (now, or when a single-page app renders it
// later), keep one ReportPage for it, follow the page when it replaces or removes the table, re-renders
// the table's rows in place or changes route, and say plainly when the grid cannot be read. Nothing at
// all is shown on pages that are not report forms. A table replaced by another form's (or another
// period's, another unit's) gets a new ReportPage in the same frame, so nothing of the previous form
// is ever shown beside it.

export interface PanelHost {
  render(view: PanelView, on: PanelActions): void;
  /** Where the panel is on the page now (null: not shown). */
  box?(): Box | null;
  remove(): void;
}

export interface SessionDeps {
  doc: Document;
  /** The settings as read at start; the session keeps the one copy from then on. */
  settings: Settings;
  services: Omit<ReportPageServices, 'render' | 'panelBox' | 'widgets' | 'rereadWidget'> & {
    saveSettings(settings: Settings): void;
  };
  createPanel(): Promise<PanelHost>;
  /** Puts the grid bridge into the page (only called when the page shows a widget grid). */
  injectBridge(doc: Document): Promise<void>;
  /** The page scanned while the settings loaded: the first look takes it if the page is unchanged. */
  ahead?: ScanAhead;
}

const IDLE: PanelActions = {
  save() {},
  fill() {},
  fillFrom() {},
  undo() {},
  focus() {},
  fix() {},
  setCollapsed() {},
  setDock() {},
  setLang() {},
  showOtherUnits() {},
  refused() {},
};

const BRIDGE_FAILED: Shown = { key: 'page.bridgeFailed' };
const SCAN_FAILED: Shown = { key: 'page.scanFailed' };

/** The grid bridge could not be put into the page (blocked, or the extension was just updated). */
class BridgeLoadError extends Error {}

/** Which report a table is: a page for one form, period and unit is never reused for another. */
function identity(report: FoundReport): string {
  const { formCode, period, unit } = report.info;
  return JSON.stringify([formCode ?? '', period ? periodKey(period) : '', unit ?? '']);
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export class ReportSession implements PageSettings {
  private page: ReportPage | null = null;
  private panel: PanelHost | null = null;
  private bridge: GridBridge | null = null;
  private scanning: Promise<void> = Promise.resolve();
  private stopped = false;
  /** A failure is shown once, until a scan succeeds again. */
  private failing = false;
  private readonly watch;
  /** Rows, cells and inputs of the shown table re-rendered in place. */
  private content: ContentWatch | null = null;
  /** The shown page's first check with drafts and profile read (it does not hold up later scans). */
  private ready: Promise<void> = Promise.resolve();
  private readonly navigation: NavigationLike | undefined;
  private readonly onNavigate = () => void this.queue(() => this.rescan(true));
  /** The only copy of the settings on this page: the report page and the plain panel read it here. */
  current: Settings;
  /** Shows the plain panel again (the settings changed). */
  private plain: (() => void) | null = null;
  private ahead: ScanAhead | undefined;

  constructor(private readonly deps: SessionDeps) {
    this.current = deps.settings;
    this.ahead = deps.ahead;
    this.watch = watchReportTables(deps.doc, (change: TableChange) =>
      this.queue(() => this.rescan(change.routeChanged)),
    );
    // Routes changed by the Navigation API or pushState, with or without a DOM change (Chromium).
    this.navigation = (deps.doc.defaultView as { navigation?: NavigationLike } | null)?.navigation;
    this.navigation?.addEventListener('currententrychange', this.onNavigate);
  }

  async start(): Promise<void> {
    await this.queue();
    await this.ready;
  }

  /** Scans one after another; a failed scan is reported and the next change scans again. */
  private queue(step: () => Promise<void> = () => this.rescan()): Promise<void> {
    this.scanning = this.scanning.then(step).then(
      () => {
        this.failing = false;
      },
      (error: unknown) => this.failed(error),
    );
    return this.scanning;
  }

  /** The keyboard shortcut: fill the report on this page, if there is one. */
  fill(): void {
    this.page?.fill();
  }

  /** The settings changed in storage (another tab, the popup): every reader on this page follows. */
  setSettings(next: Settings): void {
    // This page's own save comes back from storage too: the same settings change nothing.
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    const langChanged = next.lang !== this.current.lang;
    this.current = next;
    const show = () => {
      if (this.stopped || this.current !== next) return;
      this.page?.settingsChanged();
      this.plain?.();
    };
    // English is a packaged file of its own: the page follows once it is in (else it stays Vietnamese).
    if (langChanged)
      void loadLanguage(next.lang)
        .catch(() => {})
        .then(show);
    else show();
  }

  /** The user changed a setting in the panel: kept here and saved (the page shows it itself). */
  update(change: Partial<Settings>): void {
    this.current = { ...this.current, ...change };
    this.deps.services.saveSettings(this.current);
  }

  /** Something the checks read changed elsewhere (the user's own field names): check again. */
  recheck(): void {
    this.page?.recheck();
  }

  stop(): void {
    this.stopped = true;
    this.ahead?.drop();
    this.watch.disconnect();
    this.navigation?.removeEventListener('currententrychange', this.onNavigate);
    this.hide();
  }

  /** The shown table re-rendered in place: the page reads it again (a table gone: scan). */
  private async refresh(): Promise<void> {
    if (this.stopped || !this.page) return;
    if (!this.page.root.isConnected) return this.rescan();
    this.page.refresh();
  }

  private setPage(page: ReportPage | null): void {
    this.plain = null;
    this.content?.disconnect();
    this.content = null;
    if (this.page && this.page !== page) this.page.stop();
    this.page = page;
    // Widget grids are followed through the bridge; an outline's root is the whole body.
    if (page && !page.isWidget && !page.current.form?.outline)
      this.content = watchTableContent(page.root, () => void this.queue(() => this.refresh()));
  }

  /** The panel, created on first need; none once stopped (a scan may still be under way). */
  private async ensurePanel(): Promise<PanelHost | null> {
    if (!this.panel) {
      const panel = await this.deps.createPanel();
      if (this.stopped || this.panel) {
        panel.remove();
        return this.stopped ? null : this.panel;
      }
      this.panel = panel;
    }
    return this.panel;
  }

  /** `reread`: the route changed, so the values of a table that stayed may have changed too. */
  private async rescan(reread = false): Promise<void> {
    // A task of its own: not after the content script's start or the watch's look at the page.
    await nextTask();
    if (this.stopped) return;
    const slices = new Slices();
    const ahead = this.ahead;
    this.ahead = undefined;
    const scan = (await ahead?.take()) ?? (await scanInSteps(listDocuments(this.deps.doc), slices));
    await slices.breathe();
    if (this.stopped) return;
    const report = scan.kind === 'widget' ? await this.readWidget(scan.doc) : scan;
    if (this.stopped) return;
    if (report.kind === 'report') await this.show(report.report, reread);
    else if (report.kind === 'unsupported') await this.showUnsupported(report);
    else this.hide();
  }

  private async readWidget(doc: Document): Promise<PageScan> {
    await this.deps.injectBridge(doc).catch((error: unknown) => {
      throw new BridgeLoadError(String(error));
    });
    this.bridge ??= createGridBridge(doc);
    const { tables, unsupported } = await readWidgetGrids(this.bridge, doc);
    const table = tables.find((t) => t.root);
    if (table?.root) return { kind: 'report', report: recogniseWidget(table.root, table, table.grid) };
    const text = doc.body?.textContent ?? '';
    return {
      kind: 'unsupported',
      info: readPageInfo(text),
      reason: unsupported,
    };
  }

  private async show(report: FoundReport, reread = false): Promise<void> {
    if (this.page && this.page.root === report.root) {
      if (reread) this.page.refresh();
      return;
    }
    const panel = await this.ensurePanel();
    if (!panel) return;
    if (this.page && identity(report) === identity(this.page.current)) {
      // The same report in a new element (a route left and entered again): keep its undo journal.
      this.page.replace(report);
      this.setPage(this.page);
      return;
    }
    const bridge = this.bridge;
    const page = new ReportPage(report, this, {
      ...this.deps.services,
      render: (view, on) => panel.render(view, on),
      panelBox: () => panel.box?.() ?? null,
      widgets: bridge ? widgetWriter(bridge) : undefined,
      rereadWidget: bridge
        ? async (current) => {
            const { tables } = await readWidgetGrids(bridge, current.root.ownerDocument);
            // a grid rebuilt in the same element has a new id: the element is what the user sees
            const table =
              tables.find((t) => t.root === current.root) ?? tables.find((t) => t.grid === current.grid);
            return table?.root ? recogniseWidget(table.root, table, table.grid) : null;
          }
        : undefined,
    });
    this.setPage(page);
    // Its first check is done here, before the next paint; the one with drafts and profile follows.
    this.ready = page.start().catch((error: unknown) => this.failed(error));
  }

  private async showUnsupported(scan: Extract<PageScan, { kind: 'unsupported' }>): Promise<void> {
    await this.showPlain(scan.info, scan.reason, null);
  }

  /** A scan failed (the bridge would not load): say so once; the next change of the page tries again. */
  private async failed(error: unknown): Promise<void> {
    if (this.stopped || this.failing) return;
    this.failing = true;
    try {
      const text = listDocuments(this.deps.doc)
        .map((d) => d.body?.textContent ?? '')
        .join('\n');
      const status = error instanceof BridgeLoadError ? BRIDGE_FAILED : SCAN_FAILED;
      await this.showPlain(readPageInfo(text), null, status);
    } catch {
      // Nothing more can be said on this page; the next change scans again.
    }
  }

  /** A panel without checks: a notice (unsupported grid) or a status (what failed). */
  private async showPlain(
    info: ReturnType<typeof readPageInfo>,
    notice: Shown | null,
    status: Shown | null,
  ): Promise<void> {
    this.setPage(null);
    const panel = await this.ensurePanel();
    if (!panel) return;
    const show = () => {
      const settings = this.current;
      panel.render(
        panelView(info, settings, {
          notice: shown(notice, settings.lang),
          status: shown(status, settings.lang),
          busy: true,
        }),
        IDLE,
      );
    };
    show();
    this.plain = show;
  }

  private hide(): void {
    this.setPage(null);
    this.plain = null;
    this.panel?.remove();
    this.panel = null;
  }
}
