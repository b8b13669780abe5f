import { clean } from '../text';

// First cut of recognition (the table-reading work deepens it): a report form is a page whose text
// names a form ("Biểu số II.06a/VPCP/KSTT") and which holds a table.

const FORM_CODE =
  /(?:Biểu|Mẫu)\s*(?:mẫu\s*)?(?:số)?\s*[:.]?\s*([IVX]+\s*\.\s*\d+[a-zA-Z]?(?:\s*-\s*ĐC)?)\s*\/\s*VPCP\s*\/\s*KSTT/iu;

export function readFormCode(text: string): string | null {
  const match = FORM_CODE.exec(clean(text));
  if (!match) return null;
  return `${match[1].replace(/\s+/g, '')}/VPCP/KSTT`;
}

export interface RecognisedPage {
  table: HTMLTableElement;
  formCode: string | null;
}

export function recognisePage(doc: Document): RecognisedPage | null {
  const text = doc.body?.textContent ?? '';
  if (!/Biểu\s*(mẫu\s*)?số|Mẫu\s*số/iu.test(clean(text))) return null;
  const table = Array.from(doc.querySelectorAll('table')).find((t) => t.rows.length >= 3);
  if (!table) return null;
  return { table, formCode: readFormCode(text) };
}
