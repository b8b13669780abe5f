import { readBasis, sameBasis, TT_01_2020 } from './basis';
import { normaliseFormCode } from './code';
import { genericForm } from './definitions/generic';
import { II_01_DC } from './definitions/ii-01-dc';
import { II_05 } from './definitions/ii-05';
import { II_05A } from './definitions/ii-05a';
import { II_06 } from './definitions/ii-06';
import { II_06A } from './definitions/ii-06a';
import type { FormDef } from './schema';

// The forms the extension knows, under TT 01/2020/TT-VPCP. A page under another circular (TT 05/2025,
// in force from 15/02/2026) gets the same codes with generic structure until its columns are known.

export const allForms: readonly FormDef[] = [II_06A, II_06, II_05A, II_05, II_01_DC];

const byCode = new Map(allForms.map((form) => [form.code, form]));

/** The form for a code in any written variant ("ii.06a", "II . 06a / VPCP / KSTT"), TT 01/2020. */
export function formByCode(code: string): FormDef | undefined {
  const canonical = normaliseFormCode(code);
  return canonical ? byCode.get(canonical) : undefined;
}

/**
 * The form to check a page against: `basisText` is the page's text around the form, where it may say
 * "ban hành kèm theo Thông tư số 05/2025/TT-VPCP". No basis named, or TT 01/2020: the definition
 * above. Any other circular: a generic-structure form of that code and basis, so the page is still
 * checked, never against a template that may have changed. Undefined for a code that is not a form.
 */
export function formFor(code: string, basisText = ''): FormDef | undefined {
  const canonical = normaliseFormCode(code);
  if (!canonical) return undefined;
  const known = byCode.get(canonical);
  const basis = readBasis(basisText);
  if (!basis || sameBasis(basis, TT_01_2020)) return known;
  return genericForm(canonical, basis, known?.title ?? '', known?.outline ?? false);
}
