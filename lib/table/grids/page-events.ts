// Grid libraries fire their events in bursts (a reload, a scroll): the bridge tells the content script
// once per burst and per grid root.

/** `tell(root)` runs once per root at the next `later` however often `coalesced(…)(root)` is called. */
export function coalesced(
  later: (run: () => void) => void,
  tell: (root: Element) => void,
): (root: Element) => void {
  const waiting = new Set<Element>();
  return (root) => {
    if (waiting.has(root)) return;
    waiting.add(root);
    later(() => {
      waiting.delete(root);
      tell(root);
    });
  };
}
