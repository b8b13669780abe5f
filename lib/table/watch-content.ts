// Single-page apps re-create the rows, cells and inputs of a table whenever their data changes
// (Angular's *ngFor without trackBy, lists keyed by index): the <table> stays, everything inside it is
// new, and the page's handles (model, cell index, marks) point at detached nodes. One observer on the
// shown report table's subtree notices rows, cells and inputs replaced, added or removed and text
// changed. The first batch is answered at once (the observer's microtask, right after the page's own
// render, before it is painted); batches after it in the same frame are gathered into one call at the
// frame, so a page rendering row by row costs one re-read per frame. Typing changes no DOM and
// attributes (the extension's own marks, a framework's state classes) are not observed, so neither
// wakes it; nor does anything outside the table.

export interface ContentWatch {
  disconnect(): void;
}

export function watchTableContent(root: Element, onChange: () => void): ContentWatch {
  const win = root.ownerDocument.defaultView;
  /** The frame after an answered batch; more batches until then wait for it. */
  let cooling: number | null = null;
  let dirty = false;
  const cool = () => {
    cooling = null;
    if (!dirty) return;
    dirty = false;
    answer();
  };
  const answer = () => {
    if (win) cooling = win.requestAnimationFrame(cool);
    onChange();
  };
  const observer = new MutationObserver(() => {
    if (cooling === null) answer();
    else dirty = true;
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    disconnect() {
      observer.disconnect();
      if (cooling !== null) win?.cancelAnimationFrame(cooling);
      cooling = null;
      dirty = false;
    },
  };
}
