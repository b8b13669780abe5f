import { versionNotice } from '../forms/catalogue';
import { matchForm } from '../forms/match';
import type { FormDef } from '../forms/schema';
import type { PageInfo } from '../page-info';
import type { Shown } from '../panel/strings';
import type { RuleContext } from '../rules/context';
import { checkAll, checkAllInSteps, recheck, recheckContext } from '../rules/engine';
import type { Finding } from '../rules/finding';
import { buildRuleContext, type ContextSources } from '../rules/gather';
import type { Slices } from '../slices';
import type { Cell, TableModel } from '../table/model';

// The checks of one report, kept live: which definition the table is checked against (and why not the
// known one), what the rules know besides the table, and the findings as of the last edit. Plain data
// in and out, no DOM: the page controller (report-page.ts) reads cells and outline text and hands them
// here, so this runs in unit tests on a bare TableModel.

export class LiveCheck {
  /** The definition the table is checked against; null = generic checks. */
  def: FormDef | null = null;
  /** Why the checks are not the known form's (both languages; the panel picks one). */
  notice: Shown | null = null;
  ctx: RuleContext = {};
  findings: Finding[] = [];
  private form: FormDef | null = null;
  /** Moves on with every change of the definition, context, table or findings (see checkAllInSteps). */
  private generation = 0;

  /** Known structure only when the page's header matches the definition; else generic checks. */
  resolve(form: FormDef | undefined, model: TableModel): void {
    this.generation++;
    this.form = form ?? null;
    this.def = null;
    this.notice = null;
    this.ctx = { ...this.ctx, structureMismatch: undefined };
    if (!form) return;
    if (form.structure !== 'known') {
      this.def = form;
      // A known code under a circular whose structure is not shipped: say why the checks are generic.
      this.notice = versionNotice(form);
      return;
    }
    const match = matchForm(form, model);
    if (match.ok) {
      this.def = form;
      return;
    }
    this.notice = match.reason;
    this.ctx = { ...this.ctx, structureMismatch: match.reason };
  }

  /** A structure the user taught for this header applies: its definition, and the notice saying so. */
  teach(def: FormDef, notice: Shown): void {
    this.generation++;
    this.def = def;
    this.notice = notice;
    this.ctx = { ...this.ctx, structureMismatch: undefined };
  }

  /** An outline (II.01-ĐC) is checked on its text, not on a table. */
  get isOutline(): boolean {
    return this.form?.outline === true;
  }

  /** Reads what the rules need besides the table (profile, schedule, drafts); a failed source stays out. */
  async gather(info: PageInfo, sources: ContextSources): Promise<void> {
    const def = this.def ?? this.form;
    const ctx = await buildRuleContext(info, info.formCode ? { code: info.formCode, def } : null, sources);
    this.generation++;
    this.ctx = { ...ctx, structureMismatch: this.ctx.structureMismatch };
  }

  /** Every rule over the whole table, or over an outline's text. */
  checkAll(model: TableModel, outlineText = ''): void {
    this.generation++;
    if (this.isOutline) {
      this.ctx = { ...this.ctx, outlineText };
      this.findings = checkAll(null, this.def, this.ctx);
    } else {
      this.findings = checkAll(model, this.def, this.ctx);
    }
  }

  /**
   * checkAll over a table in slices (the first check of a long table at load). Anything that changed
   * meanwhile (an edit, the context read, a taught structure) makes it check again at once, so the
   * findings are always those of the table as it is.
   */
  async checkAllInSteps(model: TableModel, slices: Slices): Promise<void> {
    const at = ++this.generation;
    const found = await checkAllInSteps(model, this.def, this.ctx, slices);
    if (at === this.generation) this.findings = found;
    else this.checkAll(model);
  }

  /** The context was read (after the first check): what reads it is checked again, the rest stands. */
  contextRead(model: TableModel): void {
    this.generation++;
    this.findings = recheckContext(model, this.def, this.ctx, this.findings);
  }

  /** One cell took a new value: the model holds it, and only what that cell feeds is checked again. */
  edit(model: TableModel, row: number, column: number, cell: Cell): void {
    const cells = model.rows[row]?.cells;
    if (!cells) return;
    this.generation++;
    cells[column] = cell;
    const col = model.columns[column]?.number ?? column + 1;
    this.findings = recheck(model, this.def, this.ctx, this.findings, { row, col });
  }
}
