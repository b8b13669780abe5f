// The expanded panel must not cover the form's inputs. When the report table reaches under the
// panel's side of the viewport, the page's root gets a margin on that side while the panel is open,
// and loses it when the panel is collapsed to its badge or goes away. Nothing of the page's own styles
// is changed, and a page with room beside its table is not touched at all (no relayout).

const DOCK_ATTR = 'data-tlbc-dock';
/** Panel width plus its gap to the viewport edge (panel.css). */
export const DOCK_WIDTH = 364;

/** Whether the table reaches into the strip of the viewport the panel would cover. */
export function coversTable(table: Element, side: 'left' | 'right'): boolean {
  const view = table.ownerDocument.defaultView;
  if (!view) return false;
  const rect = table.getBoundingClientRect();
  return side === 'right' ? rect.right > view.innerWidth - DOCK_WIDTH : rect.left < DOCK_WIDTH;
}

export function reserveSide(doc: Document, side: 'left' | 'right' | null): void {
  let style = doc.head?.querySelector<HTMLStyleElement>(`style[${DOCK_ATTR}]`) ?? null;
  if (!side) {
    style?.remove();
    return;
  }
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(DOCK_ATTR, '');
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const rule = `html{margin-${side}:${DOCK_WIDTH}px !important}`;
  if (style.textContent !== rule) style.textContent = rule;
}
