// The expanded panel reserves its side of the viewport, so it never covers the form's inputs: the
// page's root gets a margin on that side while the panel is open, and loses it when the panel is
// collapsed to its badge or goes away. Nothing of the page's own styles is changed.

const DOCK_ATTR = 'data-tlbc-dock';
/** Panel width plus its gap to the viewport edge (panel.css). */
export const DOCK_WIDTH = 364;

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
