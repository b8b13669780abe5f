import { formByCode, formOfVersionId, formVersionId } from '../forms/catalogue';
import type { FormDef } from '../forms/schema';
import { taughtForm } from '../forms/taught/apply';
import { headerFingerprint } from '../forms/taught/fingerprint';
import { prefillCorrespondence } from '../forms/taught/prefill';
import { structureProblem } from '../forms/taught/record';
import { type TaughtColumn, TaughtStructure, type TaughtStructures } from '../forms/taught/schema';
import { loadTaught, onTaughtChanged, saveTaught } from '../forms/taught/store';
import type { Pair } from '../i18n/phrase';
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

export interface Said {
  vi: string;
  en: string;
  error?: boolean;
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

export function taughtNotice(form: FormDef, lang: Lang): string {
  return lang === 'vi'
    ? `Biểu được kiểm tra theo cấu trúc đã dạy: các cột trên trang được đối chiếu với mẫu ${formLabel(form)} như đã xác nhận. Gỡ cấu trúc này ở trang Cài đặt, mục “Cấu trúc biểu đã dạy”.`
    : `The table is checked by the taught structure: the page's columns correspond to form ${formLabel(form)} as confirmed. Remove it in Settings, “Taught form structures”.`;
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
  let said: Said | undefined;
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
      if (applied)
        target.apply(applied.def, { vi: taughtNotice(shown, 'vi'), en: taughtNotice(shown, 'en') });
      const editor: TeachEditor = {
        id: `${fingerprint}|${applied ? 'taught' : 'new'}`,
        said,
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
          const problem = parsed.success ? structureProblem(parsed.data) : 'Cấu trúc không hợp lệ.';
          if (!parsed.success || problem || !taughtForm(shown, parsed.data, target.model))
            return {
              vi: `Chưa lưu: ${problem ?? 'cột không khớp với bảng.'}`,
              en: 'Not saved.',
              error: true,
            };
          if (!columns.some((c) => c.form !== null && shown.countColumns.includes(c.form)))
            return {
              vi: 'Chưa lưu: hãy chọn ít nhất một cột số liệu của mẫu.',
              en: 'Not saved: choose at least one figure column of the form.',
              error: true,
            };
          try {
            await saveTaught([parsed.data], now());
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            return { vi: `Không lưu được: ${message}`, en: `Could not save: ${message}`, error: true };
          }
          cache = null;
          said = {
            vi: `Đã lưu cấu trúc: biểu được kiểm tra theo mẫu ${formLabel(shown)}.`,
            en: `Structure saved: the table is checked as form ${formLabel(shown)}.`,
          };
          const result = said;
          target.apply();
          return result;
        },
      };
      said = undefined;
      await place(target, editor);
    },
  };
}
