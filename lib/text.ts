// Vietnamese text as compared by the extension: NFC first, whitespace folded; diacritic-free keys
// exist only for suggestions, never for silent matching (domain.md §6).

const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0\u200b]+/g;
/** Icelandic eth (U+00D0/U+00F0) typed for Vietnamese Đ/đ (U+0110/U+0111): same letter on screen. */
const ETH = /[\u00d0\u00f0]/g;

/** NFC, every kind of space folded to one, trimmed: the label "as shown". */
export function clean(text: string): string {
  return text.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Key for exact comparison: clean, lower case, Đ look-alikes and dashes unified, punctuation spacing folded. */
export function labelKey(text: string): string {
  return clean(text)
    .replace(ETH, (c) => (c === '\u00d0' ? 'Đ' : 'đ'))
    .toLocaleLowerCase('vi')
    .replace(DASHES, '-')
    .replace(/\s*([,;:/\-–])\s*/g, '$1')
    .replace(/(?<!\.)\.+$/, ''); // from a run's first dot only: linear on long runs of dots
}

/** Key without diacritics (đ → d): only for suggesting, never for deciding a match. */
export function looseKey(text: string): string {
  return labelKey(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
