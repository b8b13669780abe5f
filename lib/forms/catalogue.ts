import type { Phrase } from '../i18n/phrase';
import { type LegalBasis, readBasis, sameBasis, TT_01_2020, TT_05_2025 } from './basis';
import { normaliseFormCode, shortForm } from './code';
import { genericForm } from './definitions/generic';
import { II_01_DC } from './definitions/ii-01-dc';
import { II_05 } from './definitions/ii-05';
import { II_05A } from './definitions/ii-05a';
import { II_06 } from './definitions/ii-06';
import { II_06A } from './definitions/ii-06a';
import type { FormDef } from './schema';

// The forms the extension knows, each identified by code AND legal basis ("II.06a/VPCP/KSTT@01/2020").
// TT 01/2020/TT-VPCP: structures confirmed. TT 05/2025/TT-VPCP (in force 15/02/2026): the same codes,
// shipped with generic structure, because what the new circular changes in the columns is not public:
// the page's own header nesting gives the sums it shows, and no finding is ever placed by a column
// position that may have moved. When its columns are confirmed, a definition file replaces the entry.

export const allForms: readonly FormDef[] = [II_06A, II_06, II_05A, II_05, II_01_DC];

/** The circulars a version is shipped for, newest last. */
export const SHIPPED_BASES: readonly LegalBasis[] = [TT_01_2020, TT_05_2025];

/** Every shipped version of every form. */
export const allVersions: readonly FormDef[] = [
  ...allForms,
  ...allForms.map((f) => genericForm(f.code, TT_05_2025, f.title, f.outline ?? false)),
];

/** "II.06a/VPCP/KSTT@01/2020": what a draft's columns were read under. */
export function formVersionId(form: Pick<FormDef, 'code' | 'basis'>): string {
  return `${form.code}@${form.basis.version}`;
}

const byCode = new Map(allForms.map((form) => [form.code, form]));
const byVersion = new Map(allVersions.map((form) => [formVersionId(form), form]));

/** The form for a code in any written variant ("ii.06a", "II . 06a / VPCP / KSTT"), TT 01/2020. */
export function formByCode(code: string): FormDef | undefined {
  const canonical = normaliseFormCode(code);
  return canonical ? byCode.get(canonical) : undefined;
}

/** A shipped version by its id ("II.06a/VPCP/KSTT@01/2020"). */
export function formOfVersionId(id: string): FormDef | undefined {
  return byVersion.get(id);
}

/** A shipped version by code and basis. */
export function formVersion(code: string, basis: LegalBasis): FormDef | undefined {
  const canonical = normaliseFormCode(code);
  return canonical ? byVersion.get(formVersionId({ code: canonical, basis })) : undefined;
}

/**
 * The form to check a page against: `basisText` is the page's text around the form, where it may say
 * "ban hành kèm theo Thông tư số 05/2025/TT-VPCP". No basis named, or TT 01/2020: the confirmed
 * definition (matchForm then checks the header against it). A shipped basis: that version. Any other
 * circular: a generic-structure form of that code and basis, so the page is still checked, never
 * against a template that may have changed. Undefined for a code that is not a form.
 */
export function formFor(code: string, basisText = ''): FormDef | undefined {
  const canonical = normaliseFormCode(code);
  if (!canonical) return undefined;
  const known = byCode.get(canonical);
  const basis = readBasis(basisText);
  if (!basis || sameBasis(basis, TT_01_2020)) return known;
  return (
    byVersion.get(formVersionId({ code: canonical, basis })) ??
    genericForm(canonical, basis, known?.title ?? '', known?.outline ?? false)
  );
}

/**
 * Why a form is checked generically although its code is known under another basis, for the panel's
 * notice: the version's structure is not public yet, or the circular is one this version does not
 * ship. Null for a confirmed definition or a code known under no basis.
 */
export function versionNotice(form: FormDef): Phrase | null {
  if (form.structure !== 'generic' || form.outline || !byCode.has(form.code)) return null;
  const code = shortForm(form.code);
  const doc = form.basis.document;
  if (byVersion.has(formVersionId(form))) {
    return { key: 'page.versionUnpublished', params: { code, doc, template: TT_01_2020.document } };
  }
  const shipped = SHIPPED_BASES.map((b) => b.document).join(', ');
  return { key: 'page.versionUnknown', params: { code, doc, shipped } };
}
