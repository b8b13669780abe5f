import { formByCode, formOfVersionId, formVersionId } from '../forms/catalogue';
import type { FormDef } from '../forms/schema';
import { taughtForm } from '../forms/taught/apply';
import { headerFingerprint } from '../forms/taught/fingerprint';
import { prefillCorrespondence } from '../forms/taught/prefill';
import { structureProblem } from '../forms/taught/record';
import { type TaughtColumn, TaughtStructure, type TaughtStructures } from '../forms/taught/schema';
import { loadTaught, onTaughtChanged, saveTaught } from '../forms/taught/store';
import { storageMessages } from '../i18n/messages/storage';
import { type TeachKey, teachMessages } from '../i18n/messages/teach';
import type { Pair, Phrase } from '../i18n/phrase';
import { phraseFrom } from '../i18n/phrase-from';
import type { Lang } from '../panel/strings';
import type { TableModel } from '../table/model';
import { HOST_TAG } from './shadow-host';

// The teach kit (issue 16, item 3), loaded by the content script only on a page of a known form code
// whose table it checks generically: it applies a structure the user taught for this header
// (fingerprint), and puts the correspondence editor in the panel. Packaged apart
// (entrypoints/teach-kit.ts), so neither the editor nor the stored structures' schema weighs on the
// content script.

/** What the kit needs of the report (lib/page/report-page.ts hands it). */
interface TeachTarget {
  model: TableModel;
  /** The report's table: the panel is found from its document (or the page above its frame). */
  root: Element;
  lang(): Lang;
  /** A taught structure applies (its definition and the notice), or, with none, read the page again. */
  apply: Apply;
}

/** A taught structure applies (its definition and the panel's notice); none: read the page again. */
export type Apply = (def?: FormDef, notice?: Pair) => void;

export interface Said extends Pair {
  error?: boolean;
}

/** The kit's catalogues: its own, and the storage one that says why a structure cannot be used. */
const KIT = [teachMessages, storageMessages];

/** A message of the kit in both languages (the kit is loaded apart, so it carries both). */
export function said(phrase: Phrase<TeachKey>, error?: boolean): Said {
  return {
    vi: phraseFrom(KIT, 'vi', phrase),
    en: phraseFrom(KIT, 'en', phrase),
    ...(error ? { error } : {}),
  };
}

/** What the editor shows and does (components/panel/TeachStructure.tsx). */
export interface TeachEditor {
  /** The header's fingerprint and whether it is taught: a new id is a new editor, closed. */
  id: string;
  lang(): Lang;
  /** This header has a taught structure, applied now. */
  taught: boolean;
  /** "II.06a/VPCP/KSTT (TT 01/2020/TT-VPCP)". */
  formLabel: string;
  /** The stored correspondence, or the guess from the header words. */
  columns: TaughtColumn[];
  /** The form's columns to choose from. */
  options: { number: number; label: string }[];
  confirm(columns: TaughtColumn[]): Promise<Said>;
  /** What the last confirm said, shown by the editor that replaced the one confirmed. */
  said?: Said;
}

/** Renders the editor into the panel's slot (null: removes it). */
export type MountEditor = (slot: Element, editor: TeachEditor | null) => void;

export const TEACH_SLOT = 'data-tlbc-teach';

function formLabel(form: FormDef): string {
  return `${form.code} (${form.basis.document})`;
}

function optionLabel(form: FormDef, number: number): string {
  const column = form.columns.find((c) => c.number === number)!;
  return `(${column.number}) ${column.group ? `${column.group} – ` : ''}${column.header}`;
}

/** The panel's notice on a page checked by a taught structure. */
export function taughtNotice(form: FormDef): Pair {
  const { vi, en } = said({ key: 'teach.notice', params: { form: formLabel(form) } });
  return { vi, en };
}

/** The panel's slot for the editor, once the panel is there. */
function findSlot(root: Element): Element | null {
  const doc = root.ownerDocument;
  const top = doc.defaultView?.frameElement?.ownerDocument ?? doc;
  return top.querySelector(HOST_TAG)?.shadowRoot?.querySelector(`[${TEACH_SLOT}]`) ?? null;
}

export interface TeachKit {
  /** Positional arguments: the call is in the content script, where every property name costs bytes. */
  attach(model: TableModel, page: FormDef, root: Element, lang: () => Lang, apply: Apply): Promise<void>;
}

export function createTeachKit(mount: MountEditor, now: () => Date = () => new Date()): TeachKit {
  let cache: Promise<TaughtStructures> | null = null;
  const taught = () => {
    cache ??= loadTaught(now()).catch(() => ({}));
    return cache;
  };
  /** The report each table root shows now: told when the taught structures change. */
  const targets = new Map<Element, TeachTarget>();
  let listening = false;
  /** What a confirm said: the page is checked again at once, and the next editor shows it. */
  let last: Said | undefined;
  const listen = () => {
    if (listening) return;
    listening = true;
    onTaughtChanged(() => {
      cache = null;
      for (const [root, target] of targets) {
        if (root.isConnected) target.apply();
        else targets.delete(root);
      }
    });
  };

  async function place(target: TeachTarget, editor: TeachEditor): Promise<void> {
    const { root } = target;
    // The panel renders on the first check; the kit may have loaded before it.
    for (let tries = 0; tries < 30; tries++) {
      if (targets.get(root) !== target) return;
      const slot = findSlot(root);
      if (slot) return mount(slot, editor);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    async attach(model, page, root, lang, apply) {
      const target: TeachTarget = { model, root, lang, apply };
      const form = formByCode(page.code);
      if (form?.structure !== 'known') return;
      targets.set(target.root, target);
      listen();
      const fingerprint = headerFingerprint(target.model, form.code);
      const stored = (await taught())[fingerprint];
      const taughtVersion = stored ? formOfVersionId(stored.form) : undefined;
      const applied = stored && taughtVersion ? taughtForm(taughtVersion, stored, model) : null;
      if (targets.get(root) !== target) return;
      const shown = applied ? taughtVersion! : form;
      if (applied) target.apply(applied.def, taughtNotice(shown));
      const editor: TeachEditor = {
        id: `${fingerprint}|${applied ? 'taught' : 'new'}`,
        said: last,
        lang: target.lang,
        taught: applied !== null,
        formLabel: formLabel(shown),
        columns: applied ? stored!.columns : prefillCorrespondence(shown, target.model),
        options: shown.columns.map((c) => ({ number: c.number, label: optionLabel(shown, c.number) })),
        async confirm(columns) {
          const parsed = TaughtStructure.safeParse({
            fingerprint,
            form: formVersionId(shown),
            code: shown.code,
            columns,
            taughtAt: now().toISOString(),
          });
          const problem: Phrase | null = parsed.success
            ? structureProblem(parsed.data)
            : { key: 'teach.invalid' };
          if (!parsed.success || problem || !taughtForm(shown, parsed.data, target.model))
            return said(
              { key: 'teach.notSaved', params: { problem: problem ?? { key: 'teach.mismatch' } } },
              true,
            );
          if (!columns.some((c) => c.form !== null && shown.countColumns.includes(c.form)))
            return said({ key: 'teach.noFigure' }, true);
          try {
            await saveTaught([parsed.data], now());
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return said({ key: 'teach.saveFailed', params: { message } }, true);
          }
          cache = null;
          last = said({ key: 'teach.saved', params: { form: formLabel(shown) } });
          const result = last;
          target.apply();
          return result;
        },
      };
      last = undefined;
      await place(target, editor);
    },
  };
}
