import type { PanelActions, PanelView } from '@/components/panel/Panel';
import { readPageInfo } from '../forms/recognise';
import { periodKey } from '../page-info';
import type { Settings } from '../settings';
import { listDocuments } from '../table/frames';
import { watchReportTables } from '../table/watch';
import { createGridBridge, type GridBridge, readWidgetGrids } from '../table/widget';
import { ReportPage, type ReportPageServices } from './report-page';
import { type FoundReport, type PageScan, recogniseWidget, scanDocuments } from './scan';
import { widgetWriter } from './widget-writer';

// The content script's life on one page: find the report (now, or when a single-page app renders it
// later), keep one ReportPage for it, follow the page when it replaces or removes the table, and say
// plainly when the grid cannot be read. Nothing at all is shown on pages that are not report forms.

export interface PanelHost {
  render(view: PanelView, on: PanelActions): void;
  remove(): void;
}

export interface SessionDeps {
  doc: Document;
  settings: Settings;
  services: Omit<ReportPageServices, 'render' | 'widgets' | 'rereadWidget'>;
  createPanel(): Promise<PanelHost>;
  /** Puts the grid bridge into the page (only called when the page shows a widget grid). */
  injectBridge(doc: Document): Promise<void>;
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
};

export class ReportSession {
  private page: ReportPage | null = null;
  private panel: PanelHost | null = null;
  private bridge: GridBridge | null = null;
  private scanning: Promise<void> = Promise.resolve();
  private readonly watch;

  constructor(private readonly deps: SessionDeps) {
    this.watch = watchReportTables(deps.doc, () => {
      this.scanning = this.scanning.then(() => this.rescan());
    });
  }

  start(): Promise<void> {
    this.scanning = this.scanning.then(() => this.rescan());
    return this.scanning;
  }

  /** The keyboard shortcut: fill the report on this page, if there is one. */
  fill(): void {
    this.page?.fill();
  }

  stop(): void {
    this.watch.disconnect();
    this.page?.stop();
    this.page = null;
    this.panel?.remove();
    this.panel = null;
  }

  private async rescan(): Promise<void> {
    const scan = scanDocuments(listDocuments(this.deps.doc));
    const report = scan.kind === 'widget' ? await this.readWidget(scan.doc) : scan;
    if (report.kind === 'report') await this.show(report.report);
    else if (report.kind === 'unsupported') await this.showUnsupported(report);
    else this.hide();
  }

  private async readWidget(doc: Document): Promise<PageScan> {
    await this.deps.injectBridge(doc);
    this.bridge ??= createGridBridge(doc);
    const { tables, unsupported } = await readWidgetGrids(this.bridge, doc);
    const table = tables.find((t) => t.root);
    if (table?.root) return { kind: 'report', report: recogniseWidget(table.root, table, table.grid) };
    const text = doc.body?.textContent ?? '';
    return {
      kind: 'unsupported',
      info: readPageInfo(text),
      reason: unsupported?.reason ?? '',
      reasonEn: unsupported?.reasonEn ?? '',
    };
  }

  private async show(report: FoundReport): Promise<void> {
    if (this.page && this.page.root === report.root) return;
    this.panel ??= await this.deps.createPanel();
    const panel = this.panel;
    if (this.page) {
      this.page.replace(report);
      return;
    }
    const bridge = this.bridge;
    this.page = new ReportPage(report, this.deps.settings, {
      ...this.deps.services,
      render: (view, on) => panel.render(view, on),
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
    await this.page.start();
  }

  private async showUnsupported(scan: Extract<PageScan, { kind: 'unsupported' }>): Promise<void> {
    this.page?.stop();
    this.page = null;
    this.panel ??= await this.deps.createPanel();
    const { info } = scan;
    const { settings } = this.deps;
    this.panel.render(
      {
        form: info.formCode ?? 'generic',
        period: info.period ? periodKey(info.period) : null,
        periodLabel: info.periodLabel,
        unit: info.unit,
        state: info.state,
        findings: [],
        notice: settings.lang === 'vi' ? scan.reason : scan.reasonEn,
        status: '',
        offers: [],
        canUndo: false,
        busy: true,
        lang: settings.lang,
        collapsed: settings.collapsed,
        dock: settings.dock,
      },
      IDLE,
    );
  }

  private hide(): void {
    this.page?.stop();
    this.page = null;
    this.panel?.remove();
    this.panel = null;
  }
}
