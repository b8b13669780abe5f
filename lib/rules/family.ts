import type { FormDef } from '../forms/schema';
import type { TableModel } from '../table/model';
import type { RuleContext } from './context';
import type { Finding, RuleId } from './finding';
import type { TablePlan } from './plan';

// A rule family describes itself: its id, what one edited cell can change (its scope), the parts of the
// context it reads and how it runs. The engine (engine.ts) loops over the list in families.ts and derives
// order and re-check invalidation from `scope`, so a new rule is one file plus one line there.
//
// Scopes: 'row' findings depend on one row's cells (re-run for the edited row); 'column' findings on one
// column's cells (re-run for the edited column); 'form' findings never on cell values (kept on re-check);
// 'cross' findings on several rows at once (re-run on every edit, so they must stay cheap).

/** What every family is given for one check. `table` is null on a page without a table. */
export interface CheckInput {
  model: TableModel | null;
  def: FormDef | null;
  ctx: RuleContext;
  table: TablePlan | null;
}

/** The same, for a family that only runs on a table. */
export interface TableInput extends CheckInput {
  model: TableModel;
  table: TablePlan;
}

interface Described {
  id: RuleId;
  /**
   * The context parts the family reads: the page gathers (and fetches) only what some family that
   * applies to its form needs (gather.ts), and a re-check keeps a plan only while these
   * stay the same.
   */
  needs: readonly (keyof RuleContext)[];
  /** Whether the family can find anything on a form (absent: on every form); decides what is gathered. */
  appliesTo?(def: FormDef | null): boolean;
}

export interface RowFamily<P> extends Described {
  scope: 'row';
  /** Worked out once per check from the table's shape and the context; null = nothing to check. */
  plan(input: TableInput): P | null;
  /** Rows worth visiting (all rows when absent). */
  rows?(plan: P): Iterable<number>;
  row(model: TableModel, plan: P, r: number, out: Finding[]): void;
  /** Findings the plan itself holds (they do not depend on cells): emitted with the full check. */
  fixed?(plan: P): readonly Finding[];
}

export interface ColumnFamily<P> extends Described {
  scope: 'column';
  plan(input: TableInput): P | null;
  /** Positions the family checks. */
  columns(plan: P): readonly number[];
  column(model: TableModel, plan: P, p: number, out: Finding[]): void;
}

export interface WholeFamily extends Described {
  scope: 'form' | 'cross';
  run(input: CheckInput, out: Finding[]): void;
}

// biome-ignore lint/suspicious/noExplicitAny: the list holds families of different plan types.
export type RuleFamily = RowFamily<any> | ColumnFamily<any> | WholeFamily;

/** A form family that checks a table with a function of its own (silent on a page without one). */
export function onTable(
  id: RuleId,
  needs: readonly (keyof RuleContext)[],
  check: (model: TableModel, def: FormDef | null, ctx: RuleContext) => Finding[],
  appliesTo?: (def: FormDef | null) => boolean,
): WholeFamily {
  return {
    id,
    scope: 'form',
    needs,
    ...(appliesTo ? { appliesTo } : {}),
    run: ({ model, def, ctx }, out) => {
      if (model) for (const f of check(model, def, ctx)) out.push(f);
    },
  };
}
