import { type ParsedNumber, parseIn, type ReadNotation } from '../numbers';
import { readNotation } from './field-notation';
import type { CellHandle } from './handles';
import type { SourceCell } from './source';

// What a page cell holds: an <input>/<textarea>, a contenteditable, or text. Reads `value` and
// `textContent` only — never layout (innerText, getBoundingClientRect) — to stay fast on big forms.
// Numbers are read in the notation of what holds them: an <input type="number"> holds a JS number.

/** Input types that hold no typed value. */
const NOT_TYPED = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file']);
const EDITABLE = '[contenteditable]:not([contenteditable=false])';

function isTyped(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !NOT_TYPED.has((el as HTMLInputElement).type);
}

/** The cell's text field: usually its only child, so that is tried before a search. */
function findField(cell: Element): HTMLInputElement | HTMLTextAreaElement | null {
  const first = cell.firstElementChild!;
  if (first === cell.lastElementChild && isTyped(first)) return first;
  for (const el of Array.from(cell.querySelectorAll('input,textarea'))) if (isTyped(el)) return el;
  return null;
}

function isContentEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A source cell without spans or header flag; the reader fills those in (one object per cell: speed). */
function source(text: string, editable: boolean, handle: CellHandle): SourceCell {
  return { text, header: false, rowSpan: 1, colSpan: 1, editable, handle };
}

/**
 * Reads a cell. `plain` says how a cell without a field behaves: 'static' (an HTML table: text is
 * just text) or 'activate' (a click-to-edit grid: the editor appears when the cell is activated).
 */
export function readCellContent(cell: Element, plain: 'static' | 'activate', readonly = false): SourceCell {
  if (cell.firstElementChild !== null) {
    const field = findField(cell);
    if (field) {
      const editable = !field.disabled && !field.readOnly && !readonly;
      // In a click-to-edit grid the focused field is the editor of the cell being edited, gone once
      // it commits; other fields stay in their cells and are written directly.
      if (plain === 'activate' && field.ownerDocument.activeElement === field) {
        return source(field.value, editable, { kind: 'activate', cell });
      }
      return source(field.value, editable, { kind: 'field', cell, field });
    }
  }
  const text = (cell.textContent ?? '').trim();
  const editor = isContentEditable(cell) ? cell : cell.firstElementChild && cell.querySelector(EDITABLE);
  if (editor) {
    return source(text, !readonly, { kind: 'contenteditable', cell, field: editor as HTMLElement });
  }
  if (plain === 'activate' && !readonly) return source(text, true, { kind: 'activate', cell });
  return source(text, false, { kind: 'static', cell });
}

/** How the text read through `handle` is to be parsed (a number input's value is a JS number). */
export function handleNotation(handle: CellHandle): ReadNotation {
  switch (handle.kind) {
    case 'field':
    case 'contenteditable':
      return readNotation(handle.field);
    case 'activate': {
      // the text is the open editor's value while one is in the cell, else what the cell shows
      const editor = handle.cell.firstElementChild && findField(handle.cell);
      return editor ? readNotation(editor) : 'vi';
    }
    default:
      return 'vi';
  }
}

/** The number in a cell's text, read in the notation of the element it was read from. */
export function readCellNumber(text: string, handle: CellHandle): ParsedNumber {
  return parseIn(text, handleNotation(handle));
}
