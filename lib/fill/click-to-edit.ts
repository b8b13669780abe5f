import { handleNotation } from '../table/cell-content';
import { clean } from '../text';
import { textFor, type WriteNotation } from './notation';
import { sameValue } from './same-value';
import { type Editor, findEditor, fireLeave, setEditor } from './setters';

// Click-to-edit grids (DevExtreme / Kendo style): the editor exists only while a cell is edited. Open
// it the ways such grids listen for (click, then double-click, then Enter / F2 on the focused cell),
// type into it as a user would (in the editor's notation: a number editor gets `1245`, not `1.245`),
// commit with Enter and by leaving it, then read the cell's text back.

export interface ActivateTiming {
  /** How long to wait for an editor to appear after each way of opening it. */
  openMs: number;
  /** How long to wait for the grid to close the editor and show the value. */
  commitMs: number;
}

export const DEFAULT_TIMING: ActivateTiming = { openMs: 400, commitMs: 400 };

/** Resolves with `probe()`'s first non-null answer after DOM changes, or null after `ms`. */
export function waitFor<T>(root: Node, probe: () => T | null, ms: number): Promise<T | null> {
  const now = probe();
  if (now !== null) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(value);
    };
    const check = () => {
      const value = probe();
      if (value !== null) finish(value);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    // Focus changes are not mutations: a grid that focuses a floating editor is seen by polling.
    const poll = setInterval(check, 20);
    const timer = setTimeout(() => finish(probe()), ms);
  });
}

function mouse(cell: Element, type: string, detail: number): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, detail };
  const view = cell.ownerDocument.defaultView;
  const isPointer = type.startsWith('pointer');
  const Ctor = isPointer && view && 'PointerEvent' in view ? view.PointerEvent : MouseEvent;
  cell.dispatchEvent(new Ctor(type, isPointer ? { ...init, pointerType: 'mouse', isPrimary: true } : init));
}

function key(target: Element, code: 'Enter' | 'F2'): void {
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    key: code,
    code,
    keyCode: code === 'Enter' ? 13 : 113,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

function click(cell: Element, detail = 1): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) mouse(cell, type, detail);
}

const OPENERS: ((cell: Element) => void)[] = [
  (cell) => click(cell),
  (cell) => {
    click(cell, 2);
    mouse(cell, 'dblclick', 2);
  },
  (cell) => {
    (cell as HTMLElement).focus?.({ preventScroll: true });
    key(cell, 'Enter');
  },
  (cell) => key(cell, 'F2'),
];

/** Opens the cell's editor, trying each way in turn. */
export async function openEditor(cell: Element, timing: ActivateTiming): Promise<Editor | null> {
  const root = cell.ownerDocument.body ?? cell.ownerDocument;
  const existing = findEditor(cell);
  if (existing) return existing;
  for (const open of OPENERS) {
    open(cell);
    const editor = await waitFor(root, () => findEditor(cell), timing.openMs);
    if (editor) return editor;
  }
  return null;
}

/** What the cell shows when not being edited. */
export function shownText(cell: Element): string {
  const editor = findEditor(cell);
  if (editor && cell.contains(editor.field)) {
    return editor.kind === 'field' ? editor.field.value : (editor.field.textContent ?? '');
  }
  return clean(cell.textContent ?? '');
}

export type ActivateResult = { ok: true; shown: string } | { ok: false; shown: string; reason: 'no-editor' };

/**
 * Writes `value` (Vietnamese notation, as the grid shows it) into a click-to-edit cell and returns what
 * the cell shows after the commit. `guide`: how the grid shows numbers, for a text editor.
 */
export async function writeActivated(
  cell: Element,
  value: string,
  timing: ActivateTiming = DEFAULT_TIMING,
  guide: WriteNotation | null = null,
): Promise<ActivateResult> {
  const editor = await openEditor(cell, timing);
  if (!editor) return { ok: false, shown: shownText(cell), reason: 'no-editor' };
  setEditor(editor, textFor(editor.field, value, guide));
  key(editor.field, 'Enter');
  if (editor.field.isConnected) fireLeave(editor.field);
  const root = cell.ownerDocument.body ?? cell.ownerDocument;
  // Done when the editor has left the cell and the cell shows the value; a grid that reformats or
  // refuses the value is seen after the wait, and reported by the caller as a mismatch.
  const settled = await waitFor(
    root,
    () => {
      if (editor.field.isConnected && cell.contains(editor.field)) return null;
      const shown = shownText(cell);
      return sameValue(value, shown, 'vi', handleNotation({ kind: 'activate', cell })) ? shown : null;
    },
    timing.commitMs,
  );
  return { ok: true, shown: settled ?? shownText(cell) };
}
