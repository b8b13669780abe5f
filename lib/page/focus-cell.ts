import type { CellHandle } from '../table/handles';

/** Brings a cell into view and puts the caret in it when it can be typed into. */
export function focusCell(handle: CellHandle | undefined): void {
  if (!handle?.cell) return;
  handle.cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (handle.kind === 'field' || handle.kind === 'contenteditable') {
    handle.field.focus({ preventScroll: true });
  } else if (handle.cell instanceof HTMLElement) {
    if (!handle.cell.hasAttribute('tabindex')) handle.cell.setAttribute('tabindex', '-1');
    handle.cell.focus({ preventScroll: true });
  }
}
