import type { DraftInput } from '../drafts/schema';
import type { DraftActions as KitDraftActions } from '../fill/draft-actions';
import type { WidgetBridge } from '../fill/write';
import type { DraftResponse } from '../messaging';
import type { Shown } from '../panel/strings';
import type { DraftOffer } from '../panel/view';
import type { Finding } from '../rules/finding';
import { loadFillKit } from './fill-kit-loader';
import type { LiveCheck } from './live-check';
import type { FoundReport } from './scan';

// What the user does with drafts on one report (save, fill, fix, undo: lib/fill/draft-actions.ts). All
// of it waits for the user's first such action, so it lives in the fill kit, loaded then; until then
// there is nothing to offer and nothing to undo.

export interface DraftServices {
  saveDraft(draft: DraftInput): Promise<DraftResponse<'drafts/save'>>;
  findDraft(form: string, period: string, unit: string): Promise<DraftResponse<'drafts/find'>>;
  getDraft(id: string): Promise<DraftResponse<'drafts/get'>>;
  /** The widget-grid writer, for grids read through the page bridge. */
  widgets?: WidgetBridge;
}

/** The report the actions work on, as the page controller last read it, and its checks. */
export interface DraftSubject {
  readonly current: FoundReport;
  /** Its findings, and the profile (its unit, for a page that names none). */
  readonly live: Pick<LiveCheck, 'findings' | 'ctx' | 'def'>;
  /** After a fill, fix or undo: the page holds new values, read them all again. */
  reread(): Promise<void>;
}

/** What the panel shows of them: the offers listed, whether other units' wait, whether undo can. */
export interface DraftsView {
  offers: DraftOffer[];
  hiddenOffers: boolean;
  canUndo: boolean;
}

const NONE: DraftsView = { offers: [], hiddenOffers: false, canUndo: false };

export class DraftActions {
  private actions: KitDraftActions | null = null;

  constructor(
    private readonly page: DraftSubject,
    private readonly services: DraftServices,
  ) {}

  get view(): DraftsView {
    return this.actions?.view ?? NONE;
  }

  /** Nothing is offered before the kit is in: nothing to show more of. */
  showOtherUnits(): void {
    this.actions?.showOtherUnits();
  }

  private async kit(): Promise<KitDraftActions> {
    const kit = await loadFillKit();
    this.actions ??= new kit.DraftActions(this.page, this.services);
    return this.actions;
  }

  async save(): Promise<Shown> {
    return (await this.kit()).save();
  }

  async fillFromStore(): Promise<Shown> {
    return (await this.kit()).fillFromStore();
  }

  /** Only a draft the panel offers, and shows, can be filled from: none before the kit is in. */
  async fillFrom(id: string): Promise<Shown | null> {
    return this.actions ? this.actions.fillFrom(id) : null;
  }

  async fix(finding: Finding): Promise<Shown | null> {
    return finding.fix ? (await this.kit()).fix(finding) : null;
  }

  async undo(): Promise<Shown> {
    return (await this.kit()).undo();
  }
}
