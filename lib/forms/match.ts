import type { RulesKey } from '../i18n/messages/rules';
import type { Phrase } from '../i18n/phrase';
import type { TableModel } from '../table/model';
import { headerKey } from './header-key';
import type { FormColumn, FormDef } from './schema';

export { headerKey } from './header-key';

// Does a page's table have the columns of a known form? A table whose header differs (a column added,
// removed or renamed) must be checked generically, never against the wrong template (issue 3), and the
// user is told why. Wording variants of the same header are tolerated: NFC/NFD, case, "Đ"/"Ð",
// punctuation and small linking words ("Trực tiếp, dịch vụ bưu chính" = "Trực tiếp/ qua dịch vụ bưu
// chính"), aliases the definition lists, extra rows such as "Trong đó" between a group and its leaf.

/** Why not, as a phrase of the rules catalogue (lib/i18n/messages/rules.ts): the view words it. */
export type FormMatch = { ok: true } | { ok: false; reason: Phrase<RulesKey> };

/** At most this many differences are named; the rest are counted. */
const NAMED_PROBLEMS = 3;

export interface PageColumn {
  number: number;
  leaf: string;
  ancestors: string[];
  shown: string;
}

/** Labels every column shares (a title spanning the whole header) say nothing about a column. */
function sharedPrefixLength(paths: string[][]): number {
  if (paths.length < 2) return 0;
  let n = 0;
  while (paths.every((p) => p.length > n + 1 && headerKey(p[n]) === headerKey(paths[0][n]))) n++;
  return n;
}

/** The page's columns as the matcher reads them (also the taught-structure editor's rows). */
export function pageColumns(model: TableModel): PageColumn[] {
  const paths = model.columns.map((c) => c.path);
  const skip = sharedPrefixLength(paths);
  return model.columns.map((column) => {
    const labels = column.path
      .slice(skip)
      .filter((label, i, all) => i === 0 || headerKey(label) !== headerKey(all[i - 1]));
    const keys = labels.map(headerKey);
    return {
      number: column.number,
      leaf: keys.at(-1) ?? '',
      ancestors: keys.slice(0, -1),
      shown: labels.join(' / '),
    };
  });
}

function keysOf(labels: (string | undefined)[]): Set<string> {
  return new Set(labels.filter((l): l is string => Boolean(l)).map(headerKey));
}

export function fits(column: FormColumn, page: PageColumn): boolean {
  if (!keysOf([column.header, ...(column.aliases ?? [])]).has(page.leaf)) return false;
  if (!column.group) return true;
  const groups = keysOf([column.group, ...(column.groupAliases ?? [])]);
  return page.ancestors.some((key) => groups.has(key));
}

/** Longest alignment of form columns with page columns, in order (a diff of the two headers). */
export function align(form: FormColumn[], page: PageColumn[]): [number, number][] {
  const rows = form.length;
  const cols = page.length;
  const best = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      best[i][j] = fits(form[i], page[j]) ? best[i + 1][j + 1] + 1 : Math.max(best[i + 1][j], best[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < rows && j < cols; ) {
    if (fits(form[i], page[j]) && best[i][j] === best[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (best[i + 1][j] >= best[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

type Problem = Phrase<RulesKey>;

function describe(column: FormColumn, form: FormColumn[]): string {
  const repeated = form.filter((c) => headerKey(c.header) === headerKey(column.header)).length > 1;
  return `(${column.number}) ${column.header}${repeated && column.group ? ` – ${column.group}` : ''}`;
}

function problemsOf(def: FormDef, page: PageColumn[]): Problem[] {
  const form = def.columns;
  const pairs = align(form, page);
  const problems: Problem[] = [];
  // Numbering is compared only once the columns themselves agree: after a missing column, the page's
  // own positions shift and would repeat the same difference for every later column.
  const numbering: Problem[] = [];
  // Walk the gaps between aligned columns: unmatched on both sides at once is a rename.
  const bounds: [number, number][] = [...pairs, [form.length, page.length]];
  let i = 0;
  let j = 0;
  for (const [nextI, nextJ] of bounds) {
    while (i < nextI && j < nextJ) {
      const shown = describe(form[i], form);
      problems.push({
        key: 'rules.match.renamed',
        params: { column: shown, shown: page[j].shown || { key: 'rules.match.emptyHeader' } },
      });
      i++;
      j++;
    }
    for (; i < nextI; i++) {
      problems.push({ key: 'rules.match.missing', params: { column: describe(form[i], form) } });
    }
    for (; j < nextJ; j++) {
      const { number, shown } = page[j];
      const column = shown ? `(${number}) ${shown}` : { key: 'rules.match.emptyColumn', params: { number } };
      problems.push({ key: 'rules.match.extra', params: { column } });
    }
    if (nextI < form.length) {
      const numbered = page[nextJ].number;
      if (numbered !== form[nextI].number) {
        const shown = describe(form[nextI], form);
        numbering.push({ key: 'rules.match.numbered', params: { column: shown, number: String(numbered) } });
      }
    }
    i = nextI + 1;
    j = nextJ + 1;
  }
  return problems.length > 0 ? problems : numbering;
}

/** The named problems, `a; b; c`, and how many more there are. */
function joined(named: Problem[], more: number): Phrase<RulesKey> {
  const items: Problem[] =
    more > 0 ? [...named, { key: 'rules.match.more', params: { count: more } }] : named;
  return items.reduceRight((rest, first) => ({ key: 'rules.match.list', params: { first, rest } }));
}

/**
 * Whether `model`'s columns are those of `def`, in order and numbered as the form numbers them. A form
 * of generic structure has no columns to contradict and always matches.
 */
export function matchForm(def: FormDef, model: TableModel): FormMatch {
  if (def.structure !== 'known' || def.columns.length === 0) return { ok: true };
  const problems = problemsOf(def, pageColumns(model));
  if (problems.length === 0) return { ok: true };
  const named = problems.slice(0, NAMED_PROBLEMS);
  const reason: Phrase<RulesKey> = {
    key: 'rules.match.differs',
    params: { code: def.code, problems: joined(named, problems.length - named.length) },
  };
  return { ok: false, reason };
}
