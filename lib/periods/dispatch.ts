import { findDates } from '../dates';
import type { Period } from '../page-info';
import { daysBetween, isoDate } from './dates';
import { findFormCodes } from './form-codes';
import type { UnitLevel } from './levels';
import type { ScheduleItem } from './schedule';
import { type PeriodId, periodFromLabel, periodOfWindow, windowOf } from './windows';

// Reads a dispatch (công văn) pasted by the user: the data cut-off window, and for each group of filers
// their forms and deadline. It reads structure (a level named as the subject of a paragraph or list
// item, then the forms and the deadline under it) and never guesses: a deadline it cannot tie to a
// level and forms, or cannot read, is returned in `unparsed` for the user to see.

export interface ParsedDispatch {
  window: Period | null;
  period: PeriodId | null;
  items: ScheduleItem[];
  /** Sentences about deadlines that were not understood, as written. */
  unparsed: string[];
}

/** 'huyen' = "UBND cấp huyện" without saying which district unit: not a level by itself. */
type Mention = UnitLevel | 'huyen';

/** Lower case without diacritics, one UTF-16 unit per unit, so positions match the original. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length !== 1) out += ' '.repeat(ch.length);
    else if (ch === 'đ' || ch === 'Đ') out += 'd';
    else {
      const base = ch.normalize('NFD')[0].toLowerCase();
      out += base.length === 1 ? base : ' ';
    }
  }
  return out;
}

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
      `\\b(?:cac\\s*)?(?:so,?\\s*ban,?\\s*nganh|so,?\\s*nganh|co quan,?\\s*don vi\\s*(?:cap|thuoc)\\s*tinh|co quan chuyen mon\\s*(?:thuoc|truc thuoc|cua)\\s*${U}\\s*(?:cap\\s*)?tinh)`,
      'g',
    ),
  ],
  ['xa', new RegExp(`\\b(?:${U}\\s*(?:cap\\s*|cac\\s*)?xa|cap xa)\\b`, 'g')],
  ['huyen', new RegExp(`\\b(?:${U}\\s*(?:cap\\s*|cac\\s*)?huyen|cap huyen)\\b`, 'g')],
];

/** A level right after these words is an object ("gửi về UBND cấp huyện"), not who files. */
const OBJECT_BEFORE = /(?:^|[\s(])(?:o|cho|ve|den|toi|tai|thuoc|gui|giup|sang|theo|kinh gui)\s*$/;
/** Only punctuation, "và"/"hoặc" and list markers between two mentions: the same group of filers. */
const ADJACENT = /^[\s,;:.()\-–+*•]*(?:va|hoac)?[\s,;:.()\-–+*•]*(?:(?:[a-zđ]|\d+)[).][\s]*)?[\s\-–+*•]*$/;
const DEADLINE =
  /(?:thoi han|han chot|han cuoi|cham nhat|truoc ngay|truoc|khong muon hon|khong qua|han gui|han nop)/;
const DEADLINE_SENTENCE = /(?:thoi han (?:gui|nop|bao cao)|cham nhat|han chot|truoc ngay|khong muon hon)/;
/** "số 140/QĐ-UBND ngày 24/01/2025": the date of a cited document. */
const DOCUMENT_DATE = /\d+\/[\w\-/]+\s*ngay\s*$/;
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
}

type Event =
  | { pos: number; end: number; kind: 'level'; level: Mention }
  | { pos: number; kind: 'form'; code: string }
  | { pos: number; kind: 'due'; iso: string; before: boolean; sentence: string };

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const folded = fold(raw);
    const m = MARKER.exec(folded);
    const marker = m ? (m[1] ? 'num' : m[2] ? 'letter' : `sym${m[3]}`) : null;
    lines.push({ start, text: raw, folded, marker, markerLength: m ? m[0].length : 0 });
    start += raw.length + 1;
  }
  return lines;
}

function splitSentences(line: Line): Sentence[] {
  const out: Sentence[] = [];
  // Split at . ; ! ? followed by a space; dots inside codes and dates ("II.06a", "14.3.2025") stay.
  let from = line.markerLength;
  for (const m of line.text.slice(from).matchAll(/[.;!?]+\s+/g)) {
    const end = line.markerLength + m.index + m[0].length;
    out.push({
      start: line.start + from,
      text: line.text.slice(from, end),
      folded: line.folded.slice(from, end),
    });
    from = end;
  }
  if (from < line.text.length) {
    out.push({ start: line.start + from, text: line.text.slice(from), folded: line.folded.slice(from) });
  }
  return out.filter((s) => s.text.trim());
}

function levelMentions(line: Line): Array<Extract<Event, { kind: 'level' }>> {
  const taken: Array<[number, number]> = [];
  const found: Array<Extract<Event, { kind: 'level' }>> = [];
  for (const [level, pattern] of LEVEL_PATTERNS) {
    for (const m of line.folded.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      taken.push([s, e]);
      if (OBJECT_BEFORE.test(line.folded.slice(0, s))) continue;
      found.push({ pos: line.start + s, end: line.start + e, kind: 'level', level });
    }
  }
  return found.sort((a, b) => a.pos - b.pos);
}

/** The cut-off window: a "từ (ngày) A đến (hết) ngày B" pair, preferring the sentence about data. */
function findWindow(sentences: Sentence[]): Period | null {
  let fallback: Period | null = null;
  for (const s of sentences) {
    const dates = findDates(s.text).filter((d) => d.iso);
    for (let i = 0; i + 1 < dates.length; i++) {
      const before = s.folded.slice(0, dates[i].start);
      const between = s.folded.slice(dates[i].end, dates[i + 1].start);
      if (!/(?:tu|bat dau)\s*(?:ngay)?\s*$/.test(before)) continue;
      if (!/^\s*(?:den|toi|-|–)\s*(?:het\s*)?(?:ngay)?\s*$/.test(between)) continue;
      const window = { from: dates[i].iso!, to: dates[i + 1].iso! };
      if (window.from >= window.to) continue;
      if (/chot so lieu|so lieu|ky bao cao/.test(s.folded)) return window;
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
): Array<{ start: number; iso: string; before: boolean }> {
  const dates: Array<{ start: number; end: number; iso: string | null }> = findDates(s.text);
  const covered = (i: number) => dates.some((d) => d.start <= i && i < d.end);
  if (window) {
    const partial =
      /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/]|\.\d)|ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?!\s*,?\s*nam)/g;
    for (const m of s.folded.matchAll(partial)) {
      if (covered(m.index)) continue;
      const day = Number(m[1] ?? m[3]);
      const month = Number(m[2] ?? m[4]);
      const year = Number(window.to.slice(0, 4));
      let iso = isoDate(year, month, day);
      if (iso && iso < window.to) iso = isoDate(year + 1, month, day);
      dates.push({ start: m.index, end: m.index + m[0].length, iso });
    }
  }
  const dues: Array<{ start: number; iso: string; before: boolean }> = [];
  let previousEnd = 0;
  for (const d of dates.sort((a, b) => a.start - b.start)) {
    const before = s.folded.slice(previousEnd, d.start);
    previousEnd = d.end;
    const near = before.slice(-60);
    if (!d.iso || DOCUMENT_DATE.test(before) || /(?:tu|den|het)\s*(?:ngay)?\s*$/.test(before)) continue;
    if (!DEADLINE.test(near) && !(rowLike && dates.length === 1)) continue;
    dues.push({ start: d.start, iso: d.iso, before: /truoc\s*(?:ngay\s*)?$/.test(before) });
  }
  return dues;
}

interface Block {
  levels: Set<Mention>;
  openRank: number | null;
  lastLevelEnd: number;
  forms: string[];
  pending: string[];
  dues: Array<{ iso: string; before: boolean; sentence: string; forms: string[] }>;
  /** "Riêng UBND cấp xã gửi thêm …": forms only one level of the group adds. */
  extra: Map<UnitLevel, string[]>;
  addendum: { level: UnitLevel; until: number } | null;
}

export function parseDispatch(input: string): ParsedDispatch {
  const text = input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[*_`]+/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ');
  const lines = splitLines(text);
  const sentences = lines.flatMap(splitSentences);
  const window = findWindow(sentences) ?? windowFromLabel(text);
  const period = window ? periodOfWindow(window) : null;

  const unparsed: string[] = [];
  const items: ScheduleItem[] = [];
  const formsByLevel = new Map<Mention, string[]>();
  const ranks = new Map<string, number>();
  let block: Block | null = null;

  const isAddendum = (pos: number) =>
    /\brieng\s*(?:doi voi\s*)?(?:cac\s*)?$/.test(fold(text.slice(Math.max(0, pos - 24), pos)));

  const close = () => {
    if (!block) return;
    const b = block;
    block = null;
    const levels = [...b.levels].filter((l): l is UnitLevel => l !== 'huyen');
    if (!b.dues.length) {
      if (b.forms.length) for (const l of levels) formsByLevel.set(l, b.forms);
      return;
    }
    for (const [i, due] of b.dues.entries()) {
      const shared = b.dues.length === 1 ? b.forms : due.forms.length ? due.forms : i === 0 ? b.pending : [];
      const perLevel = (l: UnitLevel) => [
        ...(shared.length ? shared : (formsByLevel.get(l) ?? [])),
        ...(b.extra.get(l) ?? []),
      ];
      if (!levels.length || b.levels.has('huyen') || levels.some((l) => !perLevel(l).length)) {
        unparsed.push(due.sentence);
      }
      if (window && (due.iso < window.to || daysBetween(window.to, due.iso) > 60)) {
        if (!unparsed.includes(due.sentence)) unparsed.push(due.sentence);
        continue;
      }
      if (!window) {
        if (!unparsed.includes(due.sentence)) unparsed.push(due.sentence);
        continue;
      }
      for (const level of levels) {
        const forms = perLevel(level);
        if (!forms.length) continue;
        items.push({
          level,
          forms: [...new Set(forms)],
          ...window,
          due: due.iso,
          ...(due.before && { before: true }),
        });
      }
    }
  };

  for (const line of lines) {
    if (line.marker && !ranks.has(line.marker)) ranks.set(line.marker, ranks.size);
    const rank = line.marker ? ranks.get(line.marker)! : null;
    const mentions = levelMentions(line);
    const current = block as Block | null;
    if (!mentions.length && current && (line.marker === 'num' || line.marker === 'letter')) {
      if (current.openRank === null || (rank !== null && rank <= current.openRank)) close();
    }
    const events: Event[] = [...mentions];
    const forms = findFormCodes(line.text);
    for (const f of forms) events.push({ pos: line.start + f.start, kind: 'form', code: f.code });
    const rowLike = mentions.length > 0 && forms.length > 0;
    for (const s of splitSentences(line)) {
      const dues = findDues(s, window, rowLike);
      for (const d of dues) {
        events.push({
          pos: s.start + d.start,
          kind: 'due',
          iso: d.iso,
          before: d.before,
          sentence: s.text.trim(),
        });
      }
      if (
        !dues.length &&
        DEADLINE_SENTENCE.test(s.folded) &&
        /\d|\bngay\b/.test(s.folded.slice(s.folded.search(DEADLINE_SENTENCE))) &&
        !/(?:thoi han|thoi gian) chot so lieu/.test(s.folded)
      ) {
        unparsed.push(s.text.trim());
      }
    }
    for (const e of events.sort((a, b) => a.pos - b.pos)) {
      const b = block as Block | null;
      if (e.kind === 'level' && e.level !== 'huyen' && b?.levels.has(e.level) && isAddendum(e.pos)) {
        const sentence = sentences.find((s) => s.start <= e.pos && e.pos < s.start + s.text.length);
        b.addendum = { level: e.level, until: sentence ? sentence.start + sentence.text.length : e.end };
      } else if (e.kind === 'level') {
        const between = fold(text.slice(b?.lastLevelEnd ?? 0, e.pos));
        if (b && !b.forms.length && !b.dues.length && ADJACENT.test(between)) {
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
            pending: [],
            dues: [],
            extra: new Map(),
            addendum: null,
          };
        }
      } else if (e.kind === 'form' && b?.addendum && e.pos < b.addendum.until) {
        const { level } = b.addendum;
        b.extra.set(level, [...(b.extra.get(level) ?? []), e.code]);
      } else if (e.kind === 'form') {
        if (b && !b.forms.includes(e.code)) b.forms.push(e.code);
        if (b) b.pending.push(e.code);
      } else if (b) {
        b.dues.push({ iso: e.iso, before: e.before, sentence: e.sentence, forms: b.pending });
        b.pending = [];
      } else {
        unparsed.push(e.sentence);
      }
    }
  }
  close();
  return { window, period, items: mergeItems(items), unparsed: [...new Set(unparsed)] };
}

function windowFromLabel(text: string): Period | null {
  const id = periodFromLabel(text);
  return id ? windowOf(id) : null;
}

/** One item per level and deadline, forms in the order first written. */
function mergeItems(items: ScheduleItem[]): ScheduleItem[] {
  const merged: ScheduleItem[] = [];
  for (const item of items) {
    const same = merged.find((m) => m.level === item.level && m.due === item.due);
    if (same) same.forms = [...new Set([...same.forms, ...item.forms])];
    else merged.push({ ...item, forms: [...item.forms] });
  }
  return merged;
}
