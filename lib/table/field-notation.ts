import type { ReadNotation } from '../numbers';

// In which notation a page field holds numbers, from what the field itself says: an
// `<input type="number">` holds a JS number (`1.5` is one point five, `1245` is 1 245); a mask
// library's attributes may declare the separators it formats with; any other text is read in
// Vietnamese notation (domain.md §6). Attributes only, no layout: this runs once per cell on big forms.

/** The separators a mask library was told to format with. */
export interface MaskSeparators {
  /** Thousands separator ('' when the mask does not group). */
  group: string | null;
  decimal: string | null;
}

export function isNumberInput(el: Element): el is HTMLInputElement {
  return el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'number';
}

/** `'groupSeparator': '.'` inside Inputmask's data-inputmask option string. */
function inputmaskOption(options: string, name: string): string | null {
  const found = new RegExp(`['"]?${name}['"]?\\s*:\\s*(['"])(.*?)\\1`, 'i').exec(options);
  return found ? found[2] : null;
}

/** jQuery Mask's number masks: `#.##0`, `000.000.000`, `#.##0,00`, `#,##0.00`. */
function jqueryMask(mask: string): MaskSeparators | null {
  if (!/^[#0.,\s]+$/.test(mask) || !/[#0]/.test(mask)) return null;
  const marks = mask.replace(/[#0]/g, '');
  if (marks === '') return { group: '', decimal: null };
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (first !== last) return { group: first, decimal: last };
  // one kind of mark: it groups when three placeholders follow it, else it marks decimals
  const tail = mask.length - mask.lastIndexOf(last) - 1;
  return tail === 3 ? { group: first, decimal: null } : { group: '', decimal: last };
}

/**
 * Separators declared by the mask libraries that put them in markup: Inputmask (`data-inputmask`,
 * `data-inputmask-groupseparator`), jQuery maskMoney (`data-thousands`, `data-decimal`), autoNumeric
 * 1.x (`data-a-sep`, `data-a-dec`) and jQuery Mask (`data-mask="#.##0,00"`). Null when none is declared.
 */
export function maskSeparators(el: Element): MaskSeparators | null {
  if (!el.hasAttributes()) return null;
  const attr = (name: string) => el.getAttribute(name);
  let group = attr('data-inputmask-groupseparator') ?? attr('data-thousands') ?? attr('data-a-sep');
  let decimal = attr('data-inputmask-radixpoint') ?? attr('data-decimal') ?? attr('data-a-dec');
  const options = attr('data-inputmask');
  if (options) {
    group ??= inputmaskOption(options, 'groupSeparator');
    decimal ??= inputmaskOption(options, 'radixPoint');
  }
  const mask = attr('data-mask');
  const jq = mask ? jqueryMask(mask) : null;
  if (jq) {
    group ??= jq.group;
    decimal ??= jq.decimal;
  }
  if (group === null && decimal === null) return null;
  return { group, decimal };
}

/** How a mask's declared separators read: English when it groups with `,` or marks decimals with `.`. */
function maskReading(mask: MaskSeparators): ReadNotation {
  if (mask.group === ',' || (mask.decimal === '.' && mask.group !== '.')) return 'en';
  return 'vi';
}

/** How to read the text `el` holds (`el` is the input, textarea or contenteditable). */
export function readNotation(el: Element): ReadNotation {
  if (isNumberInput(el)) return 'plain';
  const mask = maskSeparators(el);
  return mask ? maskReading(mask) : 'vi';
}
