import type { Draft, DraftInput, DraftSummary } from '../drafts/schema';
import type { StatusText } from '../fill/report';
import type { UndoJournal } from '../fill/undo';
import { readHandle, type WidgetBridge } from '../fill/write';
import { formVersionId } from '../forms/catalogue';
import { matchForm } from '../forms/match';
import type { FormDef } from '../forms/schema';
import type { DraftResponse } from '../messaging';
import { periodKey } from '../page-info';
import { coversTable, reserveSide } from '../panel/dock';
import { CellMarks } from '../panel/marks';
import type { Lang } from '../panel/strings';
import {
  type DraftOffer,
  type PanelActions,
  type PanelFinding,
  type PanelView,
  panelView,
} from '../panel/view';
import type { RuleContext } from '../rules/context';
import { checkAll, recheck } from '../rules/engine';
import type { Finding } from '../rules/finding';
import type { Settings } from '../settings';
import { readCellNumber } from '../table/cell-content';
import { columnByNumber } from '../table/model';
import { readBuiltTable } from '../table/read';
import { sameContent } from '../table/same-content';
import { CHANGED_EVENT, RENDERED_EVENT } from '../table/widget-protocol';
import { labelKey } from '../text';
import { CellIndex } from './cell-index';
import { loadFillKit } from './fill-kit-loader';
import { focusCell } from './focus-cell';
import { loadKit } from './kit-loader';
import { marksFromFindings } from './marks-from-findings';
import { panelFindings } from './panel-findings';
import { buildRuleContext, type ContextSources } from './rule-context';
import type { FoundReport } from './scan';
import type { TeachKit } from './teach';
import { TEACH_KIT_FILE, TEACH_KIT_GLOBAL } from './teach-kit-file';

// One report on one page: the table model, its findings, the marks on the page and the panel. Checks
// run on every edit (in a DOM table only the edited row and the totals it feeds; a widget grid or an
// outline is read and checked again whole), fill/fix/undo go through the undo journal, and drafts go
// to the background. Browser services come in through `services`, so this
// runs in unit tests on happy-dom.

export interface ReportPageServices {
  context: ContextSources;
  saveDraft(draft: DraftInput): Promise<DraftResponse<'drafts/save'>>;
  findDraft(form: string, period: string, unit: string): Promise<DraftResponse<'drafts/find'>>;
  getDraft(id: string): Promise<DraftResponse<'drafts/get'>>;
  saveSettings(settings: Settings): void;
  render(view: PanelView, on: PanelActions): void;
  /** The widget-grid writer, for grids read through the page bridge. */
  widgets?: WidgetBridge;
  /** Re-reads a widget grid through the bridge after it changed. */
  rereadWidget?(report: FoundReport): Promise<FoundReport | null>;
}

const GENERIC = 'generic';

function text(status: StatusText, lang: Lang): string {
  return lang === 'vi' ? status.vi : status.en;
}

export class ReportPage {
  private report: FoundReport;
  private def: FormDef | null = null;
  private notice = '';
  private ctx: RuleContext = {};
  private findings: Finding[] = [];
  private items: PanelFinding[] = [];
  private index: CellIndex;
  private readonly marks: CellMarks;
  /** Made with the fill kit, loaded on the first fill, fix or undo (lib/page/fill-kit-loader.ts). */
  private journal: UndoJournal | null = null;
  private status: StatusText = { vi: '', en: '' };
  /** Drafts of this form and unit (other periods) to fill from; other units' wait for the user's ask. */
  private offers: DraftOffer[] = [];
  private otherUnits: DraftOffer[] = [];
  private showingOtherUnits = false;
  private busy = false;
  /** The table's content changed while an action ran: read again once it is done. */
  private stale = false;
  private stopped = false;
  private composing = false;
  private readonly listeners: [string, EventListener][] = [];

  constructor(
    report: FoundReport,
    private settings: Settings,
    private readonly services: ReportPageServices,
  ) {
    this.report = report;
    this.index = new CellIndex(report.built.handles);
    this.marks = new CellMarks(report.root.ownerDocument);
    this.resolveDefinition();
  }

  get formCode(): string {
    return this.report.info.formCode ?? GENERIC;
  }

  /** First check with what is at hand, then again once drafts and profile have been read. */
  async start(): Promise<void> {
    this.listen();
    this.checkAll();
    const def = this.def ?? this.report.form;
    const aggregate = def?.relations.find((r) => r.kind === 'aggregate');
    this.ctx = {
      ...(await buildRuleContext(
        this.report.info,
        this.report.info.formCode
          ? {
              code: this.report.info.formCode,
              aggregateOf: aggregate?.kind === 'aggregate' ? aggregate.of : undefined,
              quotes: def?.quotes,
            }
          : null,
        this.services.context,
      )),
      structureMismatch: this.ctx.structureMismatch,
    };
    // Stopped meanwhile (the page went on to another form): nothing of this one is shown again.
    if (this.stopped) return;
    this.checkAll();
  }

  /** The table was re-rendered or replaced by the page: read it again, keep the undo journal. */
  replace(report: FoundReport): void {
    this.unlisten();
    this.report = report;
    this.index = new CellIndex(report.built.handles);
    this.resolveDefinition();
    this.listen();
    this.checkAll();
  }

  /**
   * The page replaced, added or removed rows, cells or inputs of this table (the element stayed, as a
   * list rendered without a tracking key does): read it again, so the model, the cell index and the
   * marks are the page's nodes now, and check again (same values give the same findings). While a
   * fill, fix or undo runs it reads the table itself when done.
   */
  refresh(): void {
    if (this.stopped || this.report.grid || this.isOutline) return;
    if (this.busy) {
      this.stale = true;
      return;
    }
    const built = readBuiltTable(this.report.root);
    if (!built) return;
    const same = sameContent(this.report.built.model, built.model);
    this.report = { ...this.report, built };
    this.index = new CellIndex(built.handles);
    // The same data in new nodes: the findings stand, the marks move to the new cells.
    if (same) {
      this.mark();
      return;
    }
    this.resolveDefinition();
    this.checkAll();
  }

  /** Fill from the draft of this form, period and unit: the panel's button or the shortcut. */
  fill(): void {
    this.actions.fill();
  }

  /** Checks everything again with the same table (the field names the checks use changed). */
  recheck(): void {
    this.checkAll();
  }

  stop(): void {
    this.stopped = true;
    this.unlisten();
    this.marks.clearAll();
    this.dock(null);
  }

  get root(): Element {
    return this.report.root;
  }

  /** What was found, as last read. */
  get current(): FoundReport {
    return this.report;
  }

  /** A widget grid (read through the page bridge), not a table of the page's own DOM. */
  get isWidget(): boolean {
    return this.report.grid !== undefined;
  }

  /** Known structure only when the page's header matches the definition; else generic checks. */
  private resolveDefinition(): void {
    const form = this.report.form;
    this.def = null;
    this.notice = '';
    this.ctx = { ...this.ctx, structureMismatch: undefined };
    if (!form) return;
    if (form.structure !== 'known') {
      this.def = form;
      // A known code under a circular whose structure is not shipped: the kit says why the checks are
      // generic (catalogue.ts versionNotice), and applies a structure the user taught.
      this.teach(form);
      return;
    }
    const match = matchForm(form, this.report.built.model);
    if (match.ok) {
      this.def = form;
      return;
    }
    this.notice = match.reason;
    this.ctx = { ...this.ctx, structureMismatch: match.reason };
    this.teach(form);
  }

  /** Generic checks on a known code: a structure the user taught applies (lib/page/teach.ts). */
  private teach(form: FormDef): void {
    const { root, built } = this.report;
    loadKit<TeachKit>(TEACH_KIT_FILE, TEACH_KIT_GLOBAL).then(
      (kit) =>
        kit.attach(
          built.model,
          form,
          root,
          () => this.settings.lang,
          (def, notice) => {
            if (this.stopped || this.report.root !== root) return;
            if (def) {
              this.def = def;
              this.notice = notice!;
              this.ctx.structureMismatch = undefined;
            } else this.resolveDefinition();
            this.checkAll();
          },
        ),
      () => {},
    );
  }

  private get isOutline(): boolean {
    return this.report.form?.outline === true;
  }

  private checkAll(): void {
    if (this.isOutline) {
      this.ctx = { ...this.ctx, outlineText: this.report.root.textContent ?? '' };
      this.findings = checkAll(null, this.def, this.ctx);
    } else {
      this.findings = checkAll(this.report.built.model, this.def, this.ctx);
    }
    this.publish();
  }

  private publish(): void {
    this.items = panelFindings(this.report.built.model, this.findings);
    // The panel first (its dock reads the layout before the marks change any style), then the marks.
    this.render();
    this.mark();
  }

  private mark(): void {
    const { model, handles } = this.report.built;
    this.marks.apply(
      marksFromFindings(
        model,
        handles,
        this.findings,
        this.settings.lang,
        this.report.grid ? this.report.root : null,
      ),
    );
  }

  private render(): void {
    const view = panelView(this.report.info, this.settings, {
      findings: this.items,
      notice: this.notice,
      status: text(this.status, this.settings.lang),
      offers: this.visibleOffers(),
      hiddenOffers: !this.showingOtherUnits && this.otherUnits.length > 0,
      canUndo: this.journal?.canUndo ?? false,
      busy: this.busy,
    });
    this.services.render(view, this.actions);
    this.dock(view.collapsed ? null : view.dock);
  }

  private visibleOffers(): DraftOffer[] {
    return this.showingOtherUnits ? [...this.offers, ...this.otherUnits] : this.offers;
  }

  private setOffers(offers: DraftOffer[] = [], otherUnits: DraftOffer[] = []): void {
    this.offers = offers;
    this.otherUnits = otherUnits;
    this.showingOtherUnits = false;
  }

  /** Reserves the panel's side only when the dock changes: a layout read per keystroke would cost. */
  private docked: 'left' | 'right' | null | undefined;
  private dock(side: 'left' | 'right' | null): void {
    if (side === this.docked) return;
    this.docked = side;
    // A table in a same-origin frame: the panel lives in the page above, where the frame is measured.
    const frame = this.report.root.ownerDocument.defaultView?.frameElement ?? null;
    const doc = frame ? frame.ownerDocument : this.report.root.ownerDocument;
    reserveSide(doc, null);
    if (side && coversTable(frame ?? this.report.root, side)) reserveSide(doc, side);
  }

  // ── live re-check ────────────────────────────────────────────────────────────────────────────

  private listen(): void {
    const root = this.report.root;
    const on = (type: string, listener: EventListener) => {
      root.addEventListener(type, listener, true);
      this.listeners.push([type, listener]);
    };
    on('compositionstart', () => {
      this.composing = true;
    });
    on('compositionend', (event) => {
      this.composing = false;
      this.edited(event.target);
    });
    const edited = (event: Event) => {
      if (this.composing || (event as InputEvent).isComposing) return;
      this.edited(event.target);
    };
    on('input', edited);
    on('change', edited);
    // Click-to-edit grids show the committed text in the cell once the editor closes.
    on('focusout', (event) => queueMicrotask(() => this.edited(event.target)));
    // A widget grid's library said its data changed (the bridge tells, lib/table/grid-bridge-page.ts).
    on(CHANGED_EVENT, edited);
    // …or drew other rows (a virtualised grid scrolled): the marks follow the cells on screen.
    on(RENDERED_EVENT, () => this.publish());
  }

  private unlisten(): void {
    for (const [type, listener] of this.listeners) this.report.root.removeEventListener(type, listener, true);
    this.listeners.length = 0;
  }

  private edited(target: EventTarget | null): void {
    if (this.isOutline) {
      this.checkAll();
      return;
    }
    if (this.report.grid) {
      void this.rereadWidget();
      return;
    }
    const address = this.index.locate(target);
    if (!address) return;
    const { model, handles } = this.report.built;
    const handle = handles[address.row]?.[address.column];
    const row = model.rows[address.row];
    const cell = row?.cells[address.column];
    if (!handle || !cell) return;
    const raw = readHandle(handle);
    if (raw === null || raw === cell.raw) return;
    // The notation the field holds: a number input's `1.5` is one and a half, not unreadable.
    row.cells[address.column] = { ...cell, raw, ...readCellNumber(raw, handle) };
    const col = model.columns[address.column]?.number ?? address.column + 1;
    this.findings = recheck(model, this.def, this.ctx, this.findings, { row: address.row, col });
    this.publish();
  }

  private async rereadWidget(): Promise<void> {
    const next = await this.services.rereadWidget?.(this.report);
    if (next) this.replace(next);
  }

  /** After a fill, fix or undo: the page holds new values, read them all again. */
  private async reread(): Promise<void> {
    if (this.report.grid) {
      await this.rereadWidget();
      return;
    }
    this.stale = false;
    const built = readBuiltTable(this.report.root);
    if (!built) return;
    this.report = { ...this.report, built };
    this.index = new CellIndex(built.handles);
    this.checkAll();
  }

  // ── actions ──────────────────────────────────────────────────────────────────────────────────

  private readonly actions: PanelActions = {
    save: () => void this.run(() => this.save()),
    fill: () => void this.run(() => this.fillFromStore()),
    fillFrom: (id) => void this.run(() => this.fillFrom(id)),
    undo: () => void this.run(() => this.undo()),
    focus: (item) => {
      const { finding } = item;
      if (finding.row === undefined) return;
      const { model, handles } = this.report.built;
      const column = finding.col === undefined ? model.labelColumn : columnByNumber(model, finding.col);
      focusCell(handles[finding.row]?.[column]);
    },
    fix: (item) => void this.run(() => this.fix(item.finding)),
    setCollapsed: (collapsed) => this.updateSettings({ collapsed }),
    setDock: (dock) => this.updateSettings({ dock }),
    setLang: (lang) => {
      this.updateSettings({ lang });
      this.publish();
    },
    showOtherUnits: () => {
      this.showingOtherUnits = true;
      this.render();
    },
    refused: () => {
      this.status = {
        vi: 'Đã bỏ qua một cú bấm không phải của người dùng (do trang web tạo ra): không có gì thay đổi.',
        en: 'Ignored a click the user did not make (the web page made it): nothing changed.',
      };
      this.render();
    },
  };

  private updateSettings(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.services.saveSettings(this.settings);
    this.render();
  }

  private async run(action: () => Promise<StatusText>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.render();
    try {
      this.status = await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.status = { vi: `Không thực hiện được: ${message}`, en: `Could not complete: ${message}` };
    } finally {
      this.busy = false;
      this.render();
      if (this.stale) {
        this.stale = false;
        this.refresh();
      }
    }
  }

  /** Form, period key and unit of this report, or why a draft cannot be keyed. */
  private target(): { form: string; period: string; unit: string } | StatusText {
    const { info } = this.report;
    if (!info.period) {
      return {
        vi: 'Không xác định được kỳ báo cáo (Từ ngày … đến ngày …) trên trang, nên chưa lưu hay điền theo kỳ được.',
        en: 'The page shows no readable report period (from … to …), so drafts cannot be matched to it.',
      };
    }
    return {
      form: this.formCode,
      period: periodKey(info.period),
      unit: info.unit || this.ctx.profile?.unit || '',
    };
  }

  private async save(): Promise<StatusText> {
    const target = this.target();
    if ('vi' in target) return target;
    const errors = this.findings.filter((f) => f.severity === 'error').length;
    const warnings = this.findings.filter((f) => f.severity === 'warning').length;
    const kit = await loadFillKit();
    const reply = await this.services.saveDraft({
      ...target,
      rows: kit.draftRowsFromModel(this.report.built.model),
      findings: { errors, warnings },
      // What each column is, so a fill elsewhere never writes a number under another meaning.
      columns: kit.draftColumnsFromModel(this.report.built.model),
      ...(this.report.form ? { formVersion: formVersionId(this.report.form) } : {}),
    });
    if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
    this.setOffers();
    const { revision } = reply.draft;
    return {
      vi: `Đã lưu bản nháp (lần lưu thứ ${revision})${errors + warnings ? `, còn ${errors} lỗi và ${warnings} cảnh báo` : ''}.`,
      en: `Draft saved (save #${revision})${errors + warnings ? `, with ${errors} errors and ${warnings} warnings` : ''}.`,
    };
  }

  private async fillFromStore(): Promise<StatusText> {
    const target = this.target();
    if ('vi' in target) return target;
    const reply = await this.services.findDraft(target.form, target.period, target.unit);
    if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
    if (reply.draft) return this.fillWith(reply.draft);
    // The panel's DOM is readable by the page: list this unit's drafts; other units' only on request.
    const offer = (d: DraftSummary): DraftOffer => ({
      id: d.id,
      label: `${d.name || d.unit || d.form} · ${d.period.replace('/', ' – ')}`,
    });
    const unit = labelKey(target.unit);
    const own = reply.others.filter((d) => labelKey(d.unit) === unit);
    const others = reply.others.filter((d) => labelKey(d.unit) !== unit);
    this.setOffers(own.map(offer), others.map(offer));
    if (own.length)
      return {
        vi: 'Chưa có bản nháp của biểu này cho kỳ này. Có thể điền từ một bản nháp khác của đơn vị bên dưới.',
        en: 'No draft of this form for this period. You can fill from another draft of this unit below.',
      };
    return others.length
      ? {
          vi: 'Chưa có bản nháp của biểu này cho kỳ và đơn vị này. Có thể xem nháp của đơn vị khác bên dưới.',
          en: 'No draft of this form for this period and unit. You can look at other units’ drafts below.',
        }
      : {
          vi: 'Chưa có bản nháp nào của biểu này. Hãy nhập số liệu rồi bấm “Lưu nháp”, hoặc nhập từ tệp Excel trong trang Cài đặt.',
          en: 'No draft of this form yet. Enter the figures and press “Save draft”, or import an Excel file in Settings.',
        };
  }

  private async fillFrom(id: string): Promise<StatusText> {
    // Only a draft the panel offers, and shows, can be filled from.
    if (!this.visibleOffers().some((o) => o.id === id)) return this.status;
    const reply = await this.services.getDraft(id);
    if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
    if (!reply.draft) return { vi: 'Bản nháp không còn nữa.', en: 'That draft no longer exists.' };
    this.setOffers();
    return this.fillWith(reply.draft);
  }

  private async fillWith(draft: Draft): Promise<StatusText> {
    const kit = await loadFillKit();
    this.journal ??= new kit.UndoJournal();
    const { model, handles } = this.report.built;
    const report = await kit.fillFromDraft(draft, model, handles, {
      journal: this.journal,
      state: this.report.info.state,
      bridge: this.services.widgets,
      page: this.def,
    });
    await this.reread();
    return kit.describeFill(report);
  }

  private async fix(finding: Finding): Promise<StatusText> {
    if (!finding.fix) return this.status;
    const kit = await loadFillKit();
    this.journal ??= new kit.UndoJournal();
    const { model, handles } = this.report.built;
    const report = await kit.applyFix(finding.fix, model, handles, {
      journal: this.journal,
      state: this.report.info.state,
      bridge: this.services.widgets,
    });
    await this.reread();
    return kit.describeFill(report);
  }

  private async undo(): Promise<StatusText> {
    const kit = await loadFillKit();
    this.journal ??= new kit.UndoJournal();
    const report = await this.journal.undo({ bridge: this.services.widgets, current: this.report.built });
    await this.reread();
    return kit.describeUndo(report);
  }
}
