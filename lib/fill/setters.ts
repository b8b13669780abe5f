// Writing one value into a page cell so that the page's own framework notices (design.md §5): the
// prototype's value setter (a framework may shadow `value` on the instance), then bubbling `input` and
// `change`, then `blur`, then read the value back. No layout reads here: a fill of thousands of cells
// must not force a reflow per cell.

type TextField = HTMLInputElement | HTMLTextAreaElement;

const setterCache = new WeakMap<object, (this: TextField, v: string) => void>();

/** The value setter of the field's own prototype class, from the field's own window (iframes). */
function nativeValueSetter(field: TextField): (this: TextField, v: string) => void {
  const view = (field.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  const proto =
    field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  let setter = setterCache.get(proto);
  if (!setter) {
    const found = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    setter =
      (found as ((this: TextField, v: string) => void) | undefined) ??
      function (this: TextField, v: string) {
        this.value = v;
      };
    setterCache.set(proto, setter);
  }
  return setter;
}

function fire(target: EventTarget, type: string, bubbles = true): void {
  target.dispatchEvent(new Event(type, { bubbles }));
}

function fireInput(target: EventTarget, value: string): void {
  const event =
    typeof InputEvent === 'function'
      ? new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value })
      : new Event('input', { bubbles: true });
  target.dispatchEvent(event);
}

/** Ends editing the way a user leaving the cell does: `blur` on the field, `focusout` bubbling. */
export function fireLeave(target: EventTarget): void {
  fire(target, 'blur', false);
  fire(target, 'focusout', true);
}

/** Whether the page forbids typing into the field right now. */
export function isLocked(field: TextField): boolean {
  return field.disabled || field.readOnly;
}

/** Sets an input/textarea as typed, returns what it holds afterwards. */
export function setFieldValue(field: TextField, value: string): string {
  nativeValueSetter(field).call(field, value);
  fireInput(field, value);
  fire(field, 'change');
  fireLeave(field);
  return field.value;
}

/** Sets a contenteditable's text, returns its text afterwards. */
export function setEditableText(field: HTMLElement, value: string): string {
  field.textContent = value;
  fireInput(field, value);
  fireLeave(field);
  return field.textContent ?? '';
}

/** An editor that accepts typing: an input/textarea or a contenteditable. */
export type Editor = { kind: 'field'; field: TextField } | { kind: 'contenteditable'; field: HTMLElement };

const EDITOR_SELECTOR =
  'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]), textarea, [contenteditable=""], [contenteditable="true"]';

/** Editor inside `cell`, else the focused editor (grids that float their editor over the cell). */
export function findEditor(cell: Element): Editor | null {
  const inside = cell.querySelector(EDITOR_SELECTOR);
  const active = cell.ownerDocument.activeElement;
  const found =
    inside ??
    (active && active !== cell.ownerDocument.body && active.matches(EDITOR_SELECTOR) ? active : null);
  if (!found) return null;
  if (found.tagName === 'INPUT' || found.tagName === 'TEXTAREA') {
    return { kind: 'field', field: found as TextField };
  }
  return { kind: 'contenteditable', field: found as HTMLElement };
}

/** Writes into an editor as typing would (the caller commits it and reads the cell back). */
export function setEditor(editor: Editor, value: string): void {
  if (editor.kind === 'field') {
    nativeValueSetter(editor.field).call(editor.field, value);
    fireInput(editor.field, value);
    fire(editor.field, 'change');
  } else {
    editor.field.textContent = value;
    fireInput(editor.field, value);
  }
}
