// Single-page apps re-create the rows, cells and inputs of a table whenever their data changes
// (Angular's *ngFor without trackBy, lists keyed by index): the <table> stays, everything inside it is
// new, and the page's handles (model, cell index, marks) point at detached nodes. One observer on the
// shown report table's subtree notices rows, cells and inputs replaced, added or removed and text
// changed; records are batched into one call per animation frame, so whoever listens can follow
// before the next paint. Typing changes no DOM and attributes (the extension's own marks, a
// framework's state classes) are not observed, so neither wakes it; nor does anything outside the table.

export interface ContentWatch {
  disconnect(): void;
}

export function watchTableContent(root: Element, onChange: () => void): ContentWatch {
  const win = root.ownerDocument.defaultView;
  let pending: number | null = null;
  const flush = () => {
    pending = null;
    onChange();
  };
  const observer = new MutationObserver(() => {
    if (pending === null && win) pending = win.requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    disconnect() {
      observer.disconnect();
      if (pending !== null) win?.cancelAnimationFrame(pending);
      pending = null;
    },
  };
}
