import type { Draft, DraftSummary } from '../drafts/schema';
import { formVersionId } from '../forms/catalogue';
import type { DraftServices, DraftSubject, DraftsView } from '../page/draft-actions';
import { periodKey } from '../page-info';
import type { Shown } from '../panel/strings';
import type { DraftOffer } from '../panel/view';
import type { Finding } from '../rules/finding';
import { labelKey } from '../text';
import { draftColumnsFromModel, draftRowsFromModel } from './draft-from-model';
import { applyFix, fillFromDraft } from './fill';
import { describeFill, describeUndo } from './report';
import { UndoJournal } from './undo';

// What the user does with drafts on one report: save the table, fill it from this period's draft or
// from one the panel offers, apply a finding's fix, undo. Each answers the sentence the panel shows
// (null: nothing was done, the status stays). Fill, fix and undo go through one undo journal. Part of
// the fill kit: the content script makes it on the user's first such action (lib/page/draft-actions.ts).

const GENERIC = 'generic';

export class DraftActions {
  private readonly journal = new UndoJournal();
  /** Drafts of this form and unit (other periods) to fill from; other units' wait for the user's ask. */
  private offers: DraftOffer[] = [];
  private otherUnits: DraftOffer[] = [];
  private showingOtherUnits = false;

  constructor(
    private readonly page: DraftSubject,
    private readonly services: DraftServices,
  ) {}

  /** What the panel shows of them: the offers listed, whether other units' wait, whether undo can. */
  get view(): DraftsView {
    return {
      offers: this.visibleOffers,
      hiddenOffers: !this.showingOtherUnits && this.otherUnits.length > 0,
      canUndo: this.journal.canUndo,
    };
  }

  private get visibleOffers(): DraftOffer[] {
    return this.showingOtherUnits ? [...this.offers, ...this.otherUnits] : this.offers;
  }

  showOtherUnits(): void {
    this.showingOtherUnits = true;
  }

  private setOffers(offers: DraftOffer[] = [], otherUnits: DraftOffer[] = []): void {
    this.offers = offers;
    this.otherUnits = otherUnits;
    this.showingOtherUnits = false;
  }

  /** Form, period key and unit of this report, or why a draft cannot be keyed. */
  private target(): { form: string; period: string; unit: string } | Shown {
    const { info } = this.page.current;
    if (!info.period) return { key: 'page.noPeriod' };
    return {
      form: info.formCode ?? GENERIC,
      period: periodKey(info.period),
      unit: info.unit || this.page.live.ctx.profile?.unit || '',
    };
  }

  async save(): Promise<Shown> {
    const target = this.target();
    if (!('form' in target)) return target;
    const report = this.page.current;
    const { findings } = this.page.live;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const reply = await this.services.saveDraft({
      ...target,
      rows: draftRowsFromModel(report.built.model),
      findings: { errors, warnings },
      // What each column is, so a fill elsewhere never writes a number under another meaning.
      columns: draftColumnsFromModel(report.built.model),
      ...(report.form ? { formVersion: formVersionId(report.form) } : {}),
    });
    if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
    this.setOffers();
    const { revision } = reply.draft;
    if (!(errors + warnings)) return { key: 'page.saved', params: { revision } };
    const count = (key: 'panel.errors' | 'panel.warnings', n: number) => ({ key, params: { count: n } });
    return {
      key: 'page.savedWithFindings',
      params: {
        revision,
        errors: count('panel.errors', errors),
        warnings: count('panel.warnings', warnings),
      },
    };
  }

  async fillFromStore(): Promise<Shown> {
    const target = this.target();
    if (!('form' in target)) return target;
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
    if (own.length) return { key: 'page.noDraftOwnUnit' };
    return { key: others.length ? 'page.noDraftOtherUnits' : 'page.noDraft' };
  }

  async fillFrom(id: string): Promise<Shown | null> {
    // Only a draft the panel offers, and shows, can be filled from.
    if (!this.visibleOffers.some((o) => o.id === id)) return null;
    const reply = await this.services.getDraft(id);
    if (!reply.ok) return { vi: reply.error, en: reply.errorEn };
    if (!reply.draft) return { key: 'page.draftGone' };
    this.setOffers();
    return this.fillWith(reply.draft);
  }

  private async fillWith(draft: Draft): Promise<Shown> {
    const { model, handles } = this.page.current.built;
    const report = await fillFromDraft(draft, model, handles, {
      journal: this.journal,
      state: this.page.current.info.state,
      bridge: this.services.widgets,
      // A taught structure: the draft's columns go where the user said the page has them.
      page: this.page.live.def,
    });
    await this.page.reread();
    return describeFill(report);
  }

  async fix(finding: Finding): Promise<Shown | null> {
    if (!finding.fix) return null;
    const { model, handles } = this.page.current.built;
    const report = await applyFix(finding.fix, model, handles, {
      journal: this.journal,
      state: this.page.current.info.state,
      bridge: this.services.widgets,
    });
    await this.page.reread();
    return describeFill(report);
  }

  async undo(): Promise<Shown> {
    const report = await this.journal.undo({
      bridge: this.services.widgets,
      current: this.page.current.built,
    });
    await this.page.reread();
    return describeUndo(report);
  }
}
