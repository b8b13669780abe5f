// Same-origin iframes. The content script runs in every frame, but there is one panel per top page:
// the top frame reads tables from the documents of its same-origin child frames directly and mounts
// the one panel; a child frame that is same-origin with the top does nothing. A cross-origin child
// frame (the form served from another host of the two sites) cannot be reached from the top, so it
// runs on its own and shows its own panel.

/** Readable document of a frame element, or null when cross-origin or not loaded. */
function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const doc = frame.contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/** The top document first, then every reachable same-origin frame document, depth first. */
export function listDocuments(top: Document): Document[] {
  const out: Document[] = [];
  const visit = (doc: Document) => {
    if (out.includes(doc)) return;
    out.push(doc);
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe,frame'))) {
      const child = frameDocument(frame);
      if (child) visit(child);
    }
  };
  visit(top);
  return out;
}

/** A frame whose tables the top frame reads itself: this frame should not read or mount anything. */
export function isReadByTop(win: Window): boolean {
  if (win.top === win || win.top === null) return false;
  try {
    return win.top.document !== undefined && win.top.location.origin === win.location.origin;
  } catch {
    return false;
  }
}
