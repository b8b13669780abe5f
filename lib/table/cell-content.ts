import type { CellHandle } from './handles';

// What a page cell holds: an <input>/<textarea>, a contenteditable, or text. Reads `value` and
// `textContent` only — never layout (innerText, getBoundingClientRect) — to stay fast on big forms.

const FIELD =
  'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=image]):not([type=file]),textarea';
const EDITABLE = '[contenteditable]:not([contenteditable=false])';

export interface CellContent {
  text: string;
  editable: boolean;
  handle: CellHandle;
}

function isContentEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Reads a cell. `plain` says how a cell without a field behaves: 'static' (an HTML table: text is
 * just text) or 'activate' (a click-to-edit grid: the editor appears when the cell is activated).
 */
export function readCellContent(cell: Element, plain: 'static' | 'activate', readonly = false): CellContent {
  if (cell.firstElementChild !== null) {
    const field = cell.querySelector<HTMLInputElement | HTMLTextAreaElement>(FIELD);
    if (field) {
      const editable = !field.disabled && !field.readOnly && !readonly;
      if (plain === 'activate') return { text: field.value, editable, handle: { kind: 'activate', cell } };
      return { text: field.value, editable, handle: { kind: 'field', cell, field } };
    }
  }
  const text = (cell.textContent ?? '').trim();
  const editor = isContentEditable(cell) ? cell : cell.firstElementChild && cell.querySelector(EDITABLE);
  if (editor) {
    return {
      text,
      editable: !readonly,
      handle: { kind: 'contenteditable', cell, field: editor as HTMLElement },
    };
  }
  if (plain === 'activate' && !readonly) return { text, editable: true, handle: { kind: 'activate', cell } };
  return { text, editable: false, handle: { kind: 'static', cell } };
}
