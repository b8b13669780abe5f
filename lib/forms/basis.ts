import { clean } from '../text';

// Legal bases of the KSTT report forms (domain.md §2). Forms are versioned by the circular that issues
// them: TT 01/2020 is the one whose columns are confirmed; TT 05/2025 (effective 15/02/2026) replaces
// it, and until its forms are known they get the generic structure read from the page.

export interface LegalBasis {
  document: string;
  version: string;
}

export const TT_01_2020: LegalBasis = { document: 'TT 01/2020/TT-VPCP', version: '01/2020' };
export const TT_05_2025: LegalBasis = { document: 'TT 05/2025/TT-VPCP', version: '05/2025' };
/** When TT 05/2025/TT-VPCP takes effect. */
export const TT_05_2025_EFFECTIVE = '2026-02-15';

const CIRCULAR =
  /(kèm\s*theo\s*)?(?:thông\s*tư|tt)\s*(?:số\s*)?[:.]?\s*(\d{1,2})\s*\/\s*(\d{4})\s*\/\s*tt\s*-\s*vpcp/giu;

function basisOf(number: string, year: string): LegalBasis {
  const version = `${number.padStart(2, '0')}/${year}`;
  return { document: `TT ${version}/TT-VPCP`, version };
}

/**
 * The circular a page's text names as its forms' basis ("ban hành kèm theo Thông tư số
 * 05/2025/TT-VPCP"), or null when it names none. A mention after "kèm theo" wins, since pages also
 * cite the circular that was replaced; otherwise the newest mentioned.
 */
export function readBasis(text: string): LegalBasis | null {
  let attached: LegalBasis | null = null;
  let newest: LegalBasis | null = null;
  let newestYear = -1;
  for (const m of clean(text).matchAll(CIRCULAR)) {
    const basis = basisOf(m[2], m[3]);
    if (m[1] && !attached) attached = basis;
    const year = Number(m[3]);
    if (year > newestYear) {
      newest = basis;
      newestYear = year;
    }
  }
  return attached ?? newest;
}

export function sameBasis(a: LegalBasis, b: LegalBasis): boolean {
  return a.version === b.version;
}
