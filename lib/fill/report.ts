import type { Lang } from '../i18n/lang';
import type { Params } from '../i18n/message';
import { fillMessages } from '../i18n/messages/fill';
import type { Pair } from '../i18n/phrase';
import { type Translate, translator } from '../i18n/translator';
import type { UndoReport } from './undo';
import type { FailReason } from './write';

// What a fill, fix or undo did, as the panel's tlbc-status says it, in both languages (the words are
// lib/i18n/messages/fill.ts; this file lives in the fill kit, which carries both tables).

export interface FillFailure {
  label: string;
  /** Form column number. */
  number: number;
  value: string;
  /** What the page shows instead. */
  shown: string;
  /** 'mismatch': the page holds another value (a number read back differently counts). */
  reason: FailReason | 'mismatch' | 'not-a-count';
}

export interface FillReport {
  kind: 'fill' | 'fix';
  /** Why nothing was written at all, when so. */
  refused: 'readonly' | null;
  filled: number;
  skippedReadonly: number;
  skippedComputed: number;
  skippedSame: number;
  failures: FillFailure[];
  /** Draft rows the page does not have. */
  missingOnPage: string[];
  /** Data rows of the page the draft does not have. */
  missingInDraft: string[];
  /** Form column numbers the draft has and the page does not. */
  missingColumns: number[];
  /** Draft columns whose number the page gives to a column of another meaning: not filled. */
  otherColumns: Array<{ number: number; page: string; draft: string }>;
}

const LIST_MAX = 5;

type FillKey = keyof typeof fillMessages.vi;
const T: Record<Lang, Translate<FillKey>> = {
  vi: translator(fillMessages, 'vi'),
  en: translator(fillMessages, 'en'),
};

/** Up to LIST_MAX items joined by `separator`, and how many more. */
function shortList(items: string[], separator: string): string {
  const shown = items.slice(0, LIST_MAX);
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(separator)} (+${more})` : shown.join(separator);
}

function list(items: string[]): string {
  return shortList(
    items.map((s) => `“${s}”`),
    ', ',
  );
}

/** “label” cột 3, “label” cột 4 … */
function places(cells: { label: string; number: number }[], lang: Lang): string {
  return shortList(
    cells.map((c) => T[lang]('fill.cell', { label: c.label, number: c.number })),
    ', ',
  );
}

function failureText(f: FillFailure, lang: Lang): string {
  const t = T[lang];
  return t('fill.failure', {
    where: t('fill.cell', { label: f.label, number: f.number }),
    why: t(`fill.reason.${f.reason}`),
    shown: f.reason === 'mismatch' ? ` (${f.value} → ${f.shown || '∅'})` : '',
  });
}

/** Sentences of parts in both languages: the first part, then the others after semicolons. */
function sentence(parts: [FillKey, (lang: Lang) => Params][]): Pair {
  const say = (lang: Lang) => `${parts.map(([key, params]) => T[lang](key, params(lang))).join('; ')}.`;
  return { vi: say('vi'), en: say('en') };
}

export function describeFill(r: FillReport): Pair {
  if (r.refused === 'readonly') return { vi: T.vi('fill.readonly'), en: T.en('fill.readonly') };
  const parts: [FillKey, (lang: Lang) => Params][] = [
    [r.kind === 'fill' ? 'fill.filled' : 'fill.fixed', () => ({ count: r.filled })],
  ];
  const count = (key: FillKey, n: number, list?: (lang: Lang) => string) => {
    if (n > 0) parts.push([key, (lang) => ({ count: n, ...(list ? { list: list(lang) } : {}) })]);
  };
  count('fill.skippedReadonly', r.skippedReadonly);
  count('fill.skippedComputed', r.skippedComputed);
  count('fill.skippedSame', r.skippedSame);
  count('fill.failures', r.failures.length, (lang) =>
    shortList(
      r.failures.map((f) => failureText(f, lang)),
      '; ',
    ),
  );
  count('fill.missingOnPage', r.missingOnPage.length, () => list(r.missingOnPage));
  count('fill.missingInDraft', r.missingInDraft.length, () => list(r.missingInDraft));
  if (r.missingColumns.length > 0)
    parts.push(['fill.missingColumns', () => ({ columns: r.missingColumns.join(', ') })]);
  for (const c of (r.otherColumns ?? []).slice(0, LIST_MAX))
    parts.push(['fill.otherColumn', () => ({ number: c.number, page: c.page, draft: c.draft })]);
  return sentence(parts);
}

export function describeUndo(r: UndoReport): Pair {
  if (r.empty) return { vi: T.vi('fill.nothingToUndo'), en: T.en('fill.nothingToUndo') };
  const parts: [FillKey, (lang: Lang) => Params][] = [
    [r.kind === 'fix' ? 'fill.undoneFix' : 'fill.undoneFill', () => ({ count: r.restored })],
  ];
  const edited = r.failures.filter((f) => f.reason === 'edited');
  const failed = r.failures.filter((f) => f.reason === 'failed');
  if (edited.length > 0)
    parts.push(['fill.keptEdited', (lang) => ({ count: edited.length, list: places(edited, lang) })]);
  if (failed.length > 0)
    parts.push(['fill.notRestored', (lang) => ({ count: failed.length, list: places(failed, lang) })]);
  return sentence(parts);
}
