import type { CellHandle } from '../table/handles';

export interface CellAddress {
  /** Row index in the model. */
  row: number;
  /** Column position in the model (not the form's column number). */
  column: number;
}

/**
 * Finds which model cell a page element belongs to: the element an input event came from, or a
 * click-to-edit grid's temporary editor inside a cell. Built once per read, so each keystroke costs
 * one map lookup and a short walk up the tree.
 */
export class CellIndex {
  private readonly byElement = new Map<Element, CellAddress>();

  constructor(handles: CellHandle[][]) {
    handles.forEach((row, r) => {
      row.forEach((handle, c) => {
        const address = { row: r, column: c };
        if (handle.cell) this.byElement.set(handle.cell, address);
        if ('field' in handle) this.byElement.set(handle.field, address);
      });
    });
  }

  locate(target: EventTarget | null): CellAddress | null {
    let node = target instanceof Element ? target : null;
    for (let depth = 0; node && depth < 6; depth++) {
      const address = this.byElement.get(node);
      if (address) return address;
      node = node.parentElement;
    }
    return null;
  }
}
