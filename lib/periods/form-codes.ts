// KSTT form codes as dispatches write them ("II.06a/VPCP/KSTT", "biểu II.01-ĐC", "II.05") → the full code.

const SUFFIX = '/VPCP/KSTT';

/** A code with its roman part, two digits, optional letter and optional "-ĐC"; suffix optional. */
const CODE =
  /(?<![\p{L}\d.])(IV|I{1,3})\s*\.\s*(\d{2})([a-zA-Z])?(?![\p{L}\d])(\s*[-–]\s*(?:ĐC|Đc|đc|DC|dc))?(?:\s*\/\s*VPCP\s*\/\s*KSTT)?/gu;

export interface FoundForm {
  code: string;
  start: number;
  end: number;
}

/** Every KSTT form code in an NFC text, with its position, as "II.06a/VPCP/KSTT". */
export function findFormCodes(text: string): FoundForm[] {
  return [...text.matchAll(CODE)].map((m) => ({
    code: `${m[1]}.${m[2]}${(m[3] ?? '').toLowerCase()}${m[4] ? '-ĐC' : ''}${SUFFIX}`,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** "II.06a/VPCP/KSTT" → "II.06a", for short labels. */
export function shortForm(code: string): string {
  return code.endsWith(SUFFIX) ? code.slice(0, -SUFFIX.length) : code;
}
