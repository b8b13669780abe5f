// A way back from a TableModel cell to the page, kept beside the model (same shape: rows × columns)
// so the model stays plain data. The fill code writes through it; the panel marks `cell`.
//
// - `field`: an <input>/<textarea> inside the cell: set the value with the prototype setter, then
//   bubbling input/change and blur (design.md §5).
// - `contenteditable`: an element with contenteditable inside (or being) the cell: set its text.
// - `activate`: a click-to-edit grid cell; its editor exists only while the cell is being edited, so
//   activate `cell` first (click / dblclick / Enter), write into the editor that appears, commit.
// - `widget`: a cell of a widget grid (lib/table/grids/) written only through the page-world bridge,
//   addressed by the grid's id and the grid's own visual (row, col); `cell` is the rendered <td> when
//   there is one (virtualised grids render only what is visible).
// - `static`: nothing can be written (plain text, a read-only or computed cell, a heading's span).

export interface FieldHandle {
  kind: 'field';
  cell: Element;
  field: HTMLInputElement | HTMLTextAreaElement;
}

export interface ContentEditableHandle {
  kind: 'contenteditable';
  cell: Element;
  field: HTMLElement;
}

export interface ActivateHandle {
  kind: 'activate';
  cell: Element;
}

/** A widget grid's cell as the grid addresses it, to find its rendered element for marks. */
export interface WidgetCell {
  row: number;
  col: number;
  /** The library's own ids of the row and column, where its markup carries them (AG Grid's col-id). */
  rowId?: string;
  colId?: string;
}

export interface WidgetHandle extends WidgetCell {
  kind: 'widget';
  cell: Element | null;
  /** The bridge's id for the grid (GridSummary.id). */
  grid: string;
}

export interface StaticHandle {
  kind: 'static';
  cell: Element | null;
  /** A widget grid's read-only or computed cell: where the grid renders it (marks only). */
  at?: WidgetCell;
}

export type CellHandle = FieldHandle | ContentEditableHandle | ActivateHandle | WidgetHandle | StaticHandle;
