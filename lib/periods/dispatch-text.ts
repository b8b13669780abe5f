// Text helpers of the dispatch parser that keep it linear in what is pasted and light on memory: a
// fold of the whole text done once, and the few words before a position, so "does it end with …"
// never scans a whole prefix.

const FOLDED = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch.length !== 1) return ' '.repeat(ch.length);
  if (ch === 'đ' || ch === 'Đ') return 'd';
  const base = ch.normalize('NFD')[0].toLowerCase();
  return base.length === 1 ? base : ' ';
}

/** Lower case without diacritics, one UTF-16 unit per unit, so positions match the original. */
export function fold(text: string): string {
  return text.replace(/[A-Z]|[^\0-\x7f]/gu, (ch) => {
    let folded = FOLDED.get(ch);
    if (folded === undefined) {
      folded = ch < '\x80' ? ch.toLowerCase() : foldChar(ch);
      if (FOLDED.size < 4096) FOLDED.set(ch, folded);
    }
    return folded;
  });
}

const SPACE = /\s/;

/**
 * The last `max` characters of `text` before `end` (not before `start`), each run of whitespace as one
 * space: what a test for the words before a date or a level needs, at a cost bounded by `max` plus
 * the whitespace skipped.
 */
export function tailOf(text: string, end: number, start = 0, max = 64): string {
  let i = end;
  let kept = 0;
  let collapse = false;
  while (i > start && kept < max) {
    if (SPACE.test(text[i - 1])) {
      const runEnd = i;
      while (i > start && SPACE.test(text[i - 1])) i--;
      collapse ||= runEnd - i > 1 || text[i] !== ' ';
    } else i--;
    kept++;
  }
  const tail = text.slice(i, end);
  return collapse ? tail.replace(/\s+/g, ' ') : tail;
}
