import { type FoundDate, findDates } from '../dates';
import { findFormCodes } from '../forms/code';
import type { Text } from '../i18n/message';
import type { DispatchKey } from '../i18n/messages/dispatch';
import type { Period } from '../page-info';
import { daysBetween, isoDate } from './dates';
import { type DueFlag, dueFlags, WEEKDAY_BEFORE, writtenWeekday } from './dispatch-flags';
import { fold, tailOf } from './dispatch-text';
import type { UnitLevel } from './levels';
import { regimeLevels, type ScheduleItem } from './schedule';
import { type PeriodId, periodFromLabel, periodOfWindow, windowOf } from './windows';

// Reads a dispatch (công văn) pasted by the user: the data cut-off window, and for each group of filers
// their forms and deadline. It reads structure (a level named as the subject of a paragraph or list
// item, then the forms and the deadline under it) and never guesses: a deadline it cannot tie to a
// level and forms, or cannot read, is returned in `unparsed` for the user to see.
// Every pattern is linear in the text (no nested or adjacent quantifiers over overlapping classes, and
// "ends with …" tests read only the words before a position), and the text read is bounded.

/** Longest text read, in UTF-16 units: five times the longest real dispatch seen (about 9 000). */
export const MAX_DISPATCH_LENGTH = 50_000;
/** Most entries (level × form × deadline) a dispatch may set; a real one sets a dozen or two. */
export const MAX_DISPATCH_ENTRIES = 500;

export interface ParsedDispatch {
  window: Period | null;
  period: PeriodId | null;
  items: ScheduleItem[];
  /** Sentences about deadlines that were not understood, as written. */
  unparsed: string[];
  /** Why nothing was read (the text is too long), in Vietnamese. */
  refused?: Text<DispatchKey>;
  /** The appendices the dispatch sends its forms in, as written ("Phụ lục I, II và III"). */
  appendices?: string[];
}

/**
 * 'huyen' = "UBND cấp huyện" without saying which district unit: not a level by itself.
 * 'all' = "các cơ quan, đơn vị, địa phương": every level the regime has for the window.
 */
type Mention = UnitLevel | 'huyen' | 'all';

const U = '(?:ubnd|uy ban nhan dan)';
const LEVEL_PATTERNS: Array<[Mention, RegExp]> = [
  [
    'huyen-vp',
    new RegExp(
      `\\b(?:van phong|vp)\\s*(?:hdnd|hoi dong nhan dan)[\\s,&va–-]*${U}\\s*(?:cap\\s*|cac\\s*)?huyen`,
      'g',
    ),
  ],
  [
    'huyen-phong',
    new RegExp(
      `\\b(?:cac\\s*)?(?:co quan chuyen mon|phong chuyen mon|phong,?\\s*ban(?: chuyen mon)?)\\s*(?:thuoc|truc thuoc|cua)\\s*${U}\\s*(?:cap\\s*|cac\\s*)?huyen`,
      'g',
    ),
  ],
  [
    'so',
    new RegExp(
      `\\b(?:cac\\s*)?(?:so,?\\s*ban,?\\s*nganh|so,?\\s*nganh|co quan ngang so|co quan,?\\s*don vi\\s*(?:cap|thuoc)\\s*tinh|co quan chuyen mon\\s*(?:thuoc|truc thuoc|cua)\\s*${U}\\s*(?:cap\\s*)?tinh|co quan (?:trung uong|nganh doc)\\s*(?:dong|dat tru so|to chuc)?\\s*(?:tren|tai)\\s*dia ban)(?:\\s*(?:cap\\s*)?tinh\\b)?`,
      'g',
    ),
  ],
  ['xa', new RegExp(`\\b(?:${U}\\s*(?:cap\\s*|cac\\s*)?(?:xa|phuong|dac khu)|cap xa)\\b`, 'g')],
  ['huyen', new RegExp(`\\b(?:${U}\\s*(?:cap\\s*|cac\\s*)?huyen|cap huyen)\\b`, 'g')],
  [
    'all',
    /\b(?:tat ca\s*)?cac\s*(?:co quan,?\s*(?:don vi|dia phuong)|don vi,?\s*dia phuong|dia phuong,?\s*don vi)\b/g,
  ],
];

/** A level right after these words is an object ("gửi về UBND cấp huyện"), not who files (on a tail). */
const OBJECT_BEFORE = /(?:^|[\s(])(?:o|cho|ve|den|toi|tai|thuoc|gui|giup|sang|theo|kinh gui)\s*$/;
/**
 * Only punctuation, "và"/"hoặc" and list markers between two mentions: the same group of filers.
 * Each run of punctuation is one quantifier, followed by a letter or digit or the end, so it is linear.
 */
const ADJACENT = /^[\s,;:.()\-–+*•]*(?:(?:va|hoac)[\s,;:.()\-–+*•]*)?(?:(?:[a-zđ]|\d+)[).][\s\-–+*•]*)?$/;
const DEADLINE =
  /(?:thoi han|han chot|han cuoi|cham nhat|truoc ngay|truoc|khong muon hon|khong qua|han gui|han nop|trong ngay)/;
const DEADLINE_SENTENCE =
  /(?:thoi han (?:gui|nop|bao cao)|cham nhat|han chot|truoc ngay|khong muon hon|trong ngay)/;
/** "số 140/QĐ-UBND ngày 24/01/2025": the date of a cited document (on a tail). */
const DOCUMENT_DATE = /\d+\/[\w\-/]+\s*ngay\s*$/;
/** "từ (ngày)", "đến (hết) ngày": an end of a window, not a deadline (on a tail). */
const WINDOW_END_BEFORE = /(?:tu|den|het)\s*(?:ngay)?\s*$/;
const WINDOW_FROM_BEFORE = /(?:tu|bat dau)\s*(?:ngay)?\s*$/;
const WINDOW_BETWEEN = /^\s*(?:den|toi|-|–)(?:\s*het)?(?:\s*ngay)?\s*$/;
/** "trước ngày", "trước thứ Sáu, ngày" (on a tail, the weekday cut off first). */
const BEFORE_DAY = /truoc\s*(?:ngay\s*)?$/;
/** "Phụ lục I, II và III" (folded): the forms are sent as appendices. */
const APPENDIX = /\bphu luc\s*(?:so\s*)?(?:[ivx]+|\d+)(?:\s*(?:,|va)\s*(?:[ivx]+|\d+)\b)*/g;
/** Sentence ends: a run of . ; ! ? (matched from its first character only) then a space. */
const SENTENCE_END = /(?<![.;!?])[.;!?]+\s+/g;
/** "14/3" or "ngày 14 tháng 3" without a year. */
const PARTIAL_DATE =
  /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/]|\.\d)|ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?!\s*(?:,\s*)?nam)/g;
const MARKER = /^\s*(?:(\d+|[ivx]+)\.(?!\d)|([a-zđ])\)|([-–+•*]))\s*/;

interface Line {
  start: number;
  text: string;
  folded: string;
  marker: string | null;
  /** Length of the list marker ("a) ", "- ") the line starts with. */
  markerLength: number;
}

interface Sentence {
  start: number;
  text: string;
  folded: string;
  /** Its dates, once read (the window and the deadlines both need them). */
  dates?: FoundDate[];
}

/** Every written date has a digit: most sentences are passed over without a search. */
const datesIn = (s: Sentence) => (s.dates ??= /\d/.test(s.text) ? findDates(s.text) : []);

type Event =
  | { pos: number; end: number; kind: 'level'; level: Mention }
  | { pos: number; kind: 'form'; code: string }
  | { pos: number; kind: 'due'; iso: string; before: boolean; weekday?: number; sentence: string };

function splitLines(text: string, foldedText: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const folded = foldedText.slice(start, start + raw.length);
    const m = MARKER.exec(folded);
    const marker = m ? (m[1] ? 'num' : m[2] ? 'letter' : `sym${m[3]}`) : null;
    lines.push({ start, text: raw, folded, marker, markerLength: m ? m[0].length : 0 });
    start += raw.length + 1;
  }
  return lines;
}

function splitSentences(line: Line): Sentence[] {
  const out: Sentence[] = [];
  const add = (from: number, end: number) => {
    const text = line.text.slice(from, end);
    if (text.trim()) out.push({ start: line.start + from, text, folded: line.folded.slice(from, end) });
  };
  // Split at . ; ! ? followed by a space; dots inside codes and dates ("II.06a", "14.3.2025") stay.
  let from = line.markerLength;
  const rest = line.text.slice(from);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
    const end = line.markerLength + m.index + m[0].length;
    add(from, end);
    from = end;
  }
  if (from < line.text.length) add(from, line.text.length);
  return out;
}

function levelMentions(line: Line): Array<Extract<Event, { kind: 'level' }>> {
  // A pattern earlier in the list wins where two overlap; one pattern's matches never overlap.
  let taken: Uint8Array | null = null;
  const found: Array<Extract<Event, { kind: 'level' }>> = [];
  for (const [level, pattern] of LEVEL_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line.folded); m; m = pattern.exec(line.folded)) {
      const s = m.index;
      const e = s + m[0].length;
      taken ??= new Uint8Array(line.folded.length);
      if (taken.subarray(s, e).includes(1)) continue;
      taken.fill(1, s, e);
      if (OBJECT_BEFORE.test(tailOf(line.folded, s))) continue;
      found.push({ pos: line.start + s, end: line.start + e, kind: 'level', level });
    }
  }
  return found.sort((a, b) => a.pos - b.pos);
}

/** The cut-off window: a "từ (ngày) A đến (hết) ngày B" pair, preferring the sentence about data. */
function findWindow(sentences: Sentence[]): Period | null {
  let fallback: Period | null = null;
  for (const s of sentences) {
    const dates = datesIn(s).filter((d) => d.iso);
    let aboutData: boolean | undefined;
    for (let i = 0; i + 1 < dates.length; i++) {
      const between = s.folded.slice(dates[i].end, dates[i + 1].start);
      if (!WINDOW_FROM_BEFORE.test(tailOf(s.folded, dates[i].start))) continue;
      if (!WINDOW_BETWEEN.test(between)) continue;
      const window = { from: dates[i].iso!, to: dates[i + 1].iso! };
      if (window.from >= window.to) continue;
      aboutData ??= /chot so lieu|so lieu|ky bao cao/.test(s.folded);
      if (aboutData) return window;
      fallback ??= window;
    }
  }
  return fallback;
}

/** Deadline dates of a sentence; dates written without a year take the first year after the cut-off. */
function findDues(
  s: Sentence,
  window: Period | null,
  /** The line names filers and forms, as a table row does: its lone date is their deadline. */
  rowLike = false,
): Array<{ start: number; iso: string; before: boolean; weekday?: number }> {
  if (!/\d/.test(s.text)) return [];
  const full = datesIn(s);
  const dates: Array<{ start: number; end: number; iso: string | null }> = [...full];
  if (window) {
    // Matches come in order and full dates are sorted and apart: one pass tells which one is inside one.
    let next = 0;
    const covered = (i: number) => {
      while (next < full.length && full[next].end <= i) next++;
      return next < full.length && full[next].start <= i;
    };
    PARTIAL_DATE.lastIndex = 0;
    for (let m = PARTIAL_DATE.exec(s.folded); m; m = PARTIAL_DATE.exec(s.folded)) {
      if (covered(m.index)) continue;
      const day = Number(m[1] ?? m[3]);
      const month = Number(m[2] ?? m[4]);
      const year = Number(window.to.slice(0, 4));
      let iso = isoDate(year, month, day);
      if (iso && iso < window.to) iso = isoDate(year + 1, month, day);
      dates.push({ start: m.index, end: m.index + m[0].length, iso });
    }
  }
  const dues: Array<{ start: number; iso: string; before: boolean; weekday?: number }> = [];
  let previousEnd = 0;
  for (const d of dates.sort((a, b) => a.start - b.start)) {
    const before = tailOf(s.folded, d.start, previousEnd);
    const near = s.folded.slice(Math.max(previousEnd, d.start - 60), d.start);
    previousEnd = d.end;
    if (!d.iso || DOCUMENT_DATE.test(before) || WINDOW_END_BEFORE.test(before)) continue;
    if (!DEADLINE.test(near) && !(rowLike && dates.length === 1)) continue;
    // "thứ Sáu, ngày 19/12/2025": the weekday is read (to check it) and cut off the tail.
    const weekday = writtenWeekday(before);
    const rest = weekday === undefined ? before : before.replace(WEEKDAY_BEFORE, '');
    dues.push({ start: d.start, iso: d.iso, before: BEFORE_DAY.test(rest), weekday });
  }
  return dues;
}

interface Block {
  levels: Set<Mention>;
  openRank: number | null;
  lastLevelEnd: number;
  forms: string[];
  formSet: Set<string>;
  pending: string[];
  dues: Array<{ iso: string; before: boolean; weekday?: number; sentence: string; forms: string[] }>;
  /** "Riêng UBND cấp xã gửi thêm …": forms only one level of the group adds. */
  extra: Map<UnitLevel, string[]>;
  addendum: { level: UnitLevel; until: number } | null;
}

const refusal = (refused: Text<DispatchKey>): ParsedDispatch => ({
  window: null,
  period: null,
  items: [],
  unparsed: [],
  refused,
});

export function parseDispatch(input: string): ParsedDispatch {
  if (input.length > MAX_DISPATCH_LENGTH) {
    return refusal({
      key: 'dispatch.refused.length',
      params: { length: input.length, max: MAX_DISPATCH_LENGTH },
    });
  }
  const text = input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[*_`]+/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
  const folded = fold(text);
  const lines = splitLines(text, folded);
  const sentencesByLine = lines.map(splitSentences);
  const window = findWindow(sentencesByLine.flat()) ?? windowFromLabel(text);
  const period = window ? periodOfWindow(window) : null;

  const unparsed = new Set<string>();
  const items = window ? itemCollector(window) : null;
  const formsByLevel = new Map<Mention, string[]>();
  const allLevels = () => (window ? regimeLevels(window) : []);
  /** Deadlines outside any group of filers: one alone is everyone's (applied at the end). */
  const orphans: Array<{ iso: string; before: boolean; weekday?: number; sentence: string }> = [];
  const ranks = new Map<string, number>();
  let block: Block | null = null;
  let addressees = false;

  const isAddendum = (pos: number) =>
    /\brieng\s*(?:doi voi\s*)?(?:cac\s*)?$/.test(folded.slice(Math.max(0, pos - 24), pos));

  const close = () => {
    if (!block) return;
    const b = block;
    block = null;
    const levels = [
      ...new Set([...b.levels].flatMap((l) => (l === 'all' ? allLevels() : l === 'huyen' ? [] : [l]))),
    ];
    if (!b.dues.length) {
      if (b.forms.length) for (const l of levels) formsByLevel.set(l, b.forms);
      return;
    }
    for (const [i, due] of b.dues.entries()) {
      const shared = b.dues.length === 1 ? b.forms : due.forms.length ? due.forms : i === 0 ? b.pending : [];
      // The lists, not copies: a list shared by many deadlines is merged into each item once.
      const perLevel = (l: UnitLevel) => [
        shared.length ? shared : (formsByLevel.get(l) ?? []),
        b.extra.get(l) ?? [],
      ];
      const empty = (l: UnitLevel) => perLevel(l).every((list) => !list.length);
      if (!levels.length || b.levels.has('huyen')) unparsed.add(due.sentence);
      if (!window || !items || daysBetween(window.to, due.iso) > 60 || daysBetween(due.iso, window.to) > 60) {
        unparsed.add(due.sentence);
        continue;
      }
      for (const level of levels) {
        // No form named for this level: the regime's forms for it apply, marked as assumed.
        if (empty(level)) items.add(level, due, assumedForms(level, window));
        else items.add(level, due, perLevel(level));
      }
    }
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.marker && !ranks.has(line.marker)) ranks.set(line.marker, ranks.size);
    const rank = line.marker ? ranks.get(line.marker)! : null;
    // "Kính gửi: …" and its list name who receives the dispatch, not a group with its own deadline.
    if (/^\s*kinh gui\b/.test(line.folded)) addressees = true;
    else if (addressees && !line.marker?.startsWith('sym')) addressees = false;
    const mentions = addressees ? [] : levelMentions(line);
    const current = block as Block | null;
    if (!mentions.length && current && (line.marker === 'num' || line.marker === 'letter')) {
      if (current.openRank === null || (rank !== null && rank <= current.openRank)) close();
    }
    const events: Event[] = [...mentions];
    const forms = findFormCodes(line.text);
    for (const f of forms) events.push({ pos: line.start + f.start, kind: 'form', code: f.code });
    const rowLike = mentions.length > 0 && forms.length > 0;
    const lineSentences = sentencesByLine[index];
    for (const s of lineSentences) {
      const dues = findDues(s, window, rowLike);
      for (const d of dues) {
        events.push({
          pos: s.start + d.start,
          kind: 'due',
          iso: d.iso,
          before: d.before,
          sentence: s.text.trim(),
          ...(d.weekday !== undefined && { weekday: d.weekday }),
        });
      }
      if (
        !dues.length &&
        DEADLINE_SENTENCE.test(s.folded) &&
        /\d|\bngay\b/.test(s.folded.slice(s.folded.search(DEADLINE_SENTENCE))) &&
        !/(?:thoi han|thoi gian) chot so lieu/.test(s.folded)
      ) {
        unparsed.add(s.text.trim());
      }
    }
    for (const e of events.sort((a, b) => a.pos - b.pos)) {
      const b = block as Block | null;
      if (
        e.kind === 'level' &&
        e.level !== 'huyen' &&
        e.level !== 'all' &&
        b?.levels.has(e.level) &&
        isAddendum(e.pos)
      ) {
        const sentence = sentenceAt(lineSentences, e.pos);
        b.addendum = { level: e.level, until: sentence ? sentence.start + sentence.text.length : e.end };
      } else if (e.kind === 'level') {
        if (b && !b.forms.length && !b.dues.length && ADJACENT.test(folded.slice(b.lastLevelEnd, e.pos))) {
          if (e.level === 'huyen-phong' || e.level === 'huyen-vp') b.levels.delete('huyen');
          if (!(e.level === 'huyen' && (b.levels.has('huyen-phong') || b.levels.has('huyen-vp'))))
            b.levels.add(e.level);
          b.lastLevelEnd = e.end;
        } else {
          close();
          block = {
            levels: new Set([e.level]),
            openRank: rank,
            lastLevelEnd: e.end,
            forms: [],
            formSet: new Set(),
            pending: [],
            dues: [],
            extra: new Map(),
            addendum: null,
          };
        }
      } else if (e.kind === 'form' && b?.addendum && e.pos < b.addendum.until) {
        const { level } = b.addendum;
        const extra = b.extra.get(level);
        if (extra) extra.push(e.code);
        else b.extra.set(level, [e.code]);
      } else if (e.kind === 'form') {
        if (b && !b.formSet.has(e.code)) {
          b.formSet.add(e.code);
          b.forms.push(e.code);
        }
        if (b) b.pending.push(e.code);
      } else if (b) {
        b.dues.push({ ...e, forms: b.pending });
        b.pending = [];
      } else {
        orphans.push(e);
      }
    }
  }
  close();
  const lone = new Set(orphans.map((o) => o.iso)).size === 1 ? orphans[0] : null;
  if (lone && window && items && items.size() === 0 && daysBetween(window.to, lone.iso) <= 60) {
    // "Thời hạn gửi báo cáo: trước ngày …" with no filers named: one deadline for every level.
    for (const level of allLevels()) {
      const forms = formsByLevel.get(level) ?? formsByLevel.get('all');
      items.add(level, lone, forms?.length ? [forms] : assumedForms(level, window));
    }
  } else for (const o of orphans) unparsed.add(o.sentence);
  const read = items?.items() ?? [];
  // Thousands of codes and dates pasted together would read as hundreds of thousands of rows.
  const entries = read.reduce((n, item) => n + item.forms.length, 0);
  if (entries > MAX_DISPATCH_ENTRIES) {
    return refusal({ key: 'dispatch.refused.entries', params: { entries, max: MAX_DISPATCH_ENTRIES } });
  }
  // Appendices matter only where they stand in for the forms ("theo Phụ lục I, II và III").
  const appendices = read.some((i) => i.formsAssumed) ? appendicesIn(text, folded) : [];
  return {
    window,
    period,
    items: read,
    unparsed: [...unparsed],
    ...(appendices.length && { appendices }),
  };
}

/** The appendix mentions as written: found in the folded text, taken from the original. */
function appendicesIn(text: string, folded: string): string[] {
  const found = new Set<string>();
  APPENDIX.lastIndex = 0;
  for (let m = APPENDIX.exec(folded); m; m = APPENDIX.exec(folded)) {
    found.add(text.slice(m.index, m.index + m[0].length));
  }
  return [...found];
}

/** The regime's forms for a level, as one list marked assumed (the dispatch names none for it). */
function assumedForms(level: UnitLevel, window: Period): string[][] & { assumed?: true } {
  const rule = regimeLevels(window, true).find((r) => r.level === level);
  return Object.assign(rule ? [rule.forms] : [], { assumed: true as const });
}

/** The sentence (of one line, in order) holding a position, by bisection. */
function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  return s && pos < s.start + s.text.length ? s : undefined;
}

function windowFromLabel(text: string): Period | null {
  const id = periodFromLabel(text);
  return id ? windowOf(id) : null;
}

/**
 * One item per level and deadline, forms in the order first written. Lists of forms come by reference
 * and each is merged into an item once, so a list repeated for many deadlines costs its length once.
 */
function itemCollector(window: Period) {
  interface Entry {
    level: UnitLevel;
    due: string;
    before: boolean;
    weekday?: number;
    forms: Set<string>;
    lists: Set<string[]>;
    /** Only assumed forms so far: replaced by the first named ones. */
    assumed: boolean;
  }
  const byKey = new Map<string, Entry>();
  return {
    size: () => byKey.size,
    add(
      level: UnitLevel,
      due: { iso: string; before: boolean; weekday?: number },
      lists: string[][] & { assumed?: true },
    ) {
      const key = `${level}|${due.iso}`;
      let entry = byKey.get(key);
      const assumed = lists.assumed === true;
      if (!entry) {
        entry = { level, due: due.iso, before: due.before, forms: new Set(), lists: new Set(), assumed };
        byKey.set(key, entry);
      }
      if (entry.weekday === undefined && due.weekday !== undefined) entry.weekday = due.weekday;
      if (assumed && !entry.assumed) return;
      if (!assumed && entry.assumed) {
        entry.assumed = false;
        entry.forms.clear();
        entry.lists.clear();
      }
      for (const list of lists) {
        if (entry.lists.has(list)) continue;
        entry.lists.add(list);
        for (const form of list) entry.forms.add(form);
      }
    },
    items(): ScheduleItem[] {
      return [...byKey.values()].map((e) => {
        const flags: DueFlag[] = dueFlags(e.due, window, e.weekday);
        return {
          level: e.level,
          forms: [...e.forms],
          ...window,
          due: e.due,
          ...(e.before && { before: true }),
          ...(e.assumed && { formsAssumed: true }),
          ...(flags.length && { flags }),
        };
      });
    },
  };
}
