import { formatDigits, formatNumber, formatPlain, formatSpaced, parseNumber } from '../numbers';
import { isNumberInput, maskSeparators } from '../table/field-notation';

// Which text to type so that the target reads the draft's number as that number. A draft holds
// Vietnamese notation (`1.245` is 1 245); an <input type="number"> reads `1.245` as one point two four
// five, so it gets `1245`. Plain digits read the same in every notation, so they are the default;
// grouping with `.` (or spaces) is kept only where the page shows numbers so (the guide) or a mask says
// so; a `pattern` the text must match picks among the notations.

/** How text shows numbers: plain digits, `.` groups (Vietnamese), space groups, JS syntax (`1234.5`). */
export type WriteNotation = 'digits' | 'vi' | 'vi-space' | 'plain';

const FORMAT: Record<WriteNotation, (n: number) => string> = {
  digits: formatDigits,
  vi: formatNumber,
  'vi-space': formatSpaced,
  plain: formatPlain,
};
const ALL: WriteNotation[] = ['digits', 'vi', 'vi-space', 'plain'];

const VI = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const SPACED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?$/;
const LONG_DIGITS = /^\d{4,}(?:,\d+)?$/;

/** What one shown text says about how the page writes numbers; null when it cannot tell (`12`, ``). */
export function notationOf(text: string): WriteNotation | null {
  const t = text.trim().replace(/^[-\u2212]/, '');
  if (VI.test(t)) return 'vi';
  if (SPACED.test(t)) return 'vi-space';
  if (LONG_DIGITS.test(t)) return 'digits';
  return null;
}

/** The notation a mask library declared on the element, when it declared one. */
function maskNotation(el: Element): WriteNotation | null {
  const mask = maskSeparators(el);
  if (!mask) return null;
  if (mask.group === '.') return 'vi';
  if (mask.group === ' ' || mask.group === '\u00a0') return 'vi-space';
  // an English mask formats plain digits itself; `.` is its decimal mark
  if (mask.group === ',' || mask.decimal === '.') return 'plain';
  return 'digits';
}

/** The element's `pattern`, compiled as browsers do (whole value, `v` flag, else `u`). */
function patternOf(el: Element): RegExp | null {
  const source = el.getAttribute('pattern');
  if (!source) return null;
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${source})$`, flags);
    } catch {
      // an older engine without `v`, or a pattern browsers ignore too
    }
  }
  return null;
}

/**
 * The text to write `value` (a draft's text, Vietnamese notation) into `target` (an input, textarea,
 * contenteditable or editor; null for a widget grid, whose bridge converts by column type). `guide` is
 * how the page shows numbers in this cell or its column. Text that is not a number goes as it is.
 */
export function textFor(target: Element | null, value: string, guide: WriteNotation | null): string {
  const parsed = parseNumber(value);
  if (parsed.parse !== 'number' || parsed.value === null) return value;
  const n = parsed.value;
  if (target && isNumberInput(target)) return formatPlain(n);
  const first = (target && maskNotation(target)) ?? guide ?? 'digits';
  const pattern = target && patternOf(target);
  if (pattern) {
    for (const notation of [first, ...ALL.filter((x) => x !== first)]) {
      const text = FORMAT[notation](n);
      if (pattern.test(text)) return text;
    }
  }
  return FORMAT[first](n);
}
