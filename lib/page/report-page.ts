import { readHandle } from '../fill/write';
import type { FormDef } from '../forms/schema';
import { type Box, boxInTop, opposite, type Side, sideFor } from '../panel/dock';
import { CellMarks } from '../panel/marks';
import { type Shown, shown } from '../panel/strings';
import { type PanelActions, type PanelFinding, type PanelView, panelView } from '../panel/view';
import type { Finding } from '../rules/finding';
import type { ContextSources } from '../rules/gather';
import type { Settings } from '../settings';
import { nextTask, Slices } from '../slices';
import { readCellNumber } from '../table/cell-content';
import { columnByNumber } from '../table/model';
import { readBuiltTable } from '../table/read';
import { sameContent } from '../table/same-content';
import { CHANGED_EVENT, RENDERED_EVENT } from '../table/widget-protocol';
import { CellIndex } from './cell-index';
import { DraftActions, type DraftServices } from './draft-actions';
import { loadLanguage } from './english-loader';
import { focusCell } from './focus-cell';
import { loadKit } from './kit-loader';
import { LiveCheck } from './live-check';
import { marksFromFindings } from './marks-from-findings';
import { panelFindings } from './panel-findings';
import type { FoundReport } from './scan';
import type { TeachKit } from './teach';
import { TEACH_KIT_FILE, TEACH_KIT_GLOBAL } from './teach-kit-file';

// One report on one page, the controller: it listens to the table, hands each edit to the live check
// (live-check.ts: in a DOM table only the edited row and the totals it feeds are checked again; a
// widget grid or an outline is read and checked again whole), runs the panel's draft actions
// (draft-actions.ts) one at a time, and shows the result as marks on the cells and the panel. Settings
// are read from the session's one copy. Browser services come in through `services`, so this runs in
// unit tests on happy-dom.

/**
 * Findings added to the panel's list per task on a first showing. Each task that changes the panel
 * costs a repaint of the page (test/bench/README.md, "The panel's paint"): few, large slices. A
 * finding's item takes about 0.1 ms to render on a first showing: 300 keep a slice near 30 ms, and the
 * ~260 findings of a 500-row report in one.
 */
export const LIST_SLICE = 300;

/** The settings as the session holds them: read at each render, changed only through it. */
export interface PageSettings {
  readonly current: Settings;
  update(change: Partial<Settings>): void;
}

export interface ReportPageServices extends DraftServices {
  context: ContextSources;
  render(view: PanelView, on: PanelActions): void;
  /** Where the panel is on the page now (null: not shown). */
  panelBox?(): Box | null;
  /** Re-reads a widget grid through the bridge after it changed. */
  rereadWidget?(report: FoundReport): Promise<FoundReport | null>;
}

export class ReportPage {
  private report: FoundReport;
  /** The checks (read by the draft actions: a save counts the findings). */
  readonly live = new LiveCheck();
  private readonly drafts: DraftActions;
  /** The panel's items, made again only when the findings changed. */
  private items: { findings: Finding[]; items: PanelFinding[] } = { findings: [], items: [] };
  private index: CellIndex;
  private readonly marks: CellMarks;
  private status: Shown | null = null;
  private busy = false;
  /** The table's content changed while an action ran: read again once it is done. */
  private stale = false;
  private stopped = false;
  private composing = false;
  /** How many findings the panel lists: on a first showing the counts come first, the list after. */
  private listed = 0;
  /** The panel shows on the other side, out of the way of the cell being edited (dock.ts). */
  private aside = false;
  private readonly listeners: [string, EventListener][] = [];

  constructor(
    report: FoundReport,
    private readonly settings: PageSettings,
    private readonly services: ReportPageServices,
  ) {
    this.report = report;
    this.index = new CellIndex(report.built.handles);
    this.marks = new CellMarks(report.root.ownerDocument);
    this.drafts = new DraftActions(this, services);
    this.resolveDefinition();
  }

  /**
   * First check with what is at hand, then again once drafts and profile have been read. The first
   * showing is split so that none of it is a long task on a long report: the check in slices, then the
   * counts with all the marks, then the list in a few slices.
   */
  async start(): Promise<void> {
    this.listen();
    const gathered = this.live.gather(this.report.info, this.services.context);
    gathered.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
    const slices = new Slices();
    if (this.live.isOutline) this.check();
    else await this.live.checkAllInSteps(this.report.built.model, slices);
    await slices.breathe();
    if (this.stopped) return;
    // All the marks with the counts: they are paid per repaint of the page, not per mark (bench §4b).
    this.publish();
    for (;;) {
      await nextTask();
      if (this.stopped) return;
      this.listed += LIST_SLICE;
      this.render();
      if (this.listed >= this.items.items.length) break;
    }
    this.listed = Number.POSITIVE_INFINITY;
    await gathered;
    // Stopped meanwhile (the page went on to another form): nothing of this one is shown again.
    if (this.stopped) return;
    if (this.live.isOutline) this.check();
    else this.live.contextRead(this.report.built.model);
    this.publish();
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
    if (this.stopped || this.report.grid || this.live.isOutline) return;
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

  /** The settings changed in another tab or the popup: show them (the language is in the marks too). */
  settingsChanged(): void {
    if (!this.stopped) this.publish();
  }

  stop(): void {
    this.stopped = true;
    this.unlisten();
    this.marks.clearAll();
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

  private resolveDefinition(): void {
    const form = this.report.form;
    this.live.resolve(form, this.report.built.model);
    // Generic checks on a known code (another circular, or a header that differs): a structure the
    // user taught for this header may apply.
    if (form && (form.structure !== 'known' || this.live.def !== form)) this.teach(form);
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
          () => this.settings.current.lang,
          (def, notice) => {
            if (this.stopped || this.report.root !== root) return;
            if (def) this.live.teach(def, notice!);
            else this.resolveDefinition();
            this.checkAll();
          },
        ),
      () => {},
    );
  }

  private checkAll(): void {
    this.check();
    this.publish();
  }

  private check(): void {
    this.live.checkAll(
      this.report.built.model,
      this.live.isOutline ? (this.report.root.textContent ?? '') : '',
    );
  }

  private publish(): void {
    this.render();
    this.mark();
  }

  private mark(): void {
    const { model, handles } = this.report.built;
    this.marks.apply(
      marksFromFindings(
        model,
        handles,
        this.live.findings,
        this.settings.current.lang,
        this.report.grid ? this.report.root : null,
      ),
    );
  }

  private render(): void {
    const settings = this.settings.current;
    if (this.items.findings !== this.live.findings)
      this.items = {
        findings: this.live.findings,
        items: panelFindings(this.report.built.model, this.live.findings, this.items.items),
      };
    const dock = this.aside ? opposite(settings.dock) : settings.dock;
    const view = panelView(
      this.report.info,
      { ...settings, dock },
      {
        findings: this.items.items,
        listed: this.listed,
        notice: shown(this.live.notice, settings.lang),
        status: shown(this.status, settings.lang),
        ...this.drafts.view,
        busy: this.busy,
      },
    );
    this.services.render(view, this.actions);
  }

  /** The user moved into a cell: the panel steps out of its way, or back to its side (dock.ts). */
  private stepAside(target: EventTarget | null): void {
    const settings = this.settings.current;
    // nodeType, not instanceof: a cell in a same-origin frame is an Element of the frame's window
    if (settings.collapsed || (target as Node | null)?.nodeType !== 1) return;
    const panel = this.services.panelBox?.();
    if (!panel) return;
    const { box, width } = boxInTop(target as Element);
    const shown: Side = this.aside ? opposite(settings.dock) : settings.dock;
    const aside = sideFor(settings.dock, shown, box, panel, width) !== settings.dock;
    if (aside === this.aside) return;
    this.aside = aside;
    this.render();
  }

  // ── live re-check ────────────────────────────────────────────────────────────────────────────

  private listen(): void {
    const root = this.report.root;
    const on = (type: string, listener: EventListener) => {
      root.addEventListener(type, listener, true);
      this.listeners.push([type, listener]);
    };
    on('focusin', (event) => this.stepAside(event.target));
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
    if (this.live.isOutline) {
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
    this.live.edit(model, address.row, address.column, { ...cell, raw, ...readCellNumber(raw, handle) });
    this.publish();
  }

  private async rereadWidget(): Promise<void> {
    const next = await this.services.rereadWidget?.(this.report);
    if (next) this.replace(next);
  }

  /** After a fill, fix or undo: the page holds new values, read them all again. */
  async reread(): Promise<void> {
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
    save: () => void this.run(() => this.drafts.save()),
    fill: () => void this.run(() => this.drafts.fillFromStore()),
    fillFrom: (id) => void this.run(() => this.drafts.fillFrom(id)),
    undo: () => void this.run(() => this.drafts.undo()),
    focus: (item) => {
      const { finding } = item;
      if (finding.row === undefined) return;
      const { model, handles } = this.report.built;
      const column = finding.col === undefined ? model.labelColumn : columnByNumber(model, finding.col);
      focusCell(handles[finding.row]?.[column]);
    },
    fix: (item) => void this.run(() => this.drafts.fix(item.finding)),
    setCollapsed: (collapsed) => this.updateSettings({ collapsed }),
    setDock: (dock) => {
      this.aside = false;
      this.updateSettings({ dock });
    },
    setLang: (lang) => {
      this.updateSettings({ lang });
      // English is a packaged file of its own: the marks and the panel follow once it is in.
      void loadLanguage(lang)
        .catch(() => {}) // not loaded: the panel stays Vietnamese; the next switch tries again
        .then(() => {
          if (!this.stopped && this.settings.current.lang === lang) this.publish();
        });
    },
    showOtherUnits: () => {
      this.drafts.showOtherUnits();
      this.render();
    },
    refused: () => {
      this.status = { key: 'page.refusedClick' };
      this.render();
    },
  };

  /** Through the session's copy, which saves it. */
  private updateSettings(change: Partial<Settings>): void {
    this.settings.update(change);
    this.render();
  }

  /** One action at a time; its sentence becomes the status (null: nothing done, the status stays). */
  private async run(action: () => Promise<Shown | null>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.render();
    try {
      this.status = (await action()) ?? this.status;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.status = { key: 'page.failed', params: { reason: message } };
    } finally {
      this.busy = false;
      this.render();
      if (this.stale) {
        this.stale = false;
        this.refresh();
      }
    }
  }
}
