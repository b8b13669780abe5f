// When the extension is reloaded or updated, the content script already on the page is orphaned: its
// extension APIs are gone (runtime.id is undefined) but its panel, marks and listeners stay. This tells
// it so, and tells it in a way a page script cannot fake: whatever wakes it (a newer instance starting,
// the tab coming back into view, a periodic look), it ends only when its own extension context is
// gone — which a page cannot cause. (WXT's ContentScriptContext ends on a DOM event whose name the page
// can learn, so a page could switch the extension off by sending it; it is not used for this.)

/** Sent on the document by each instance as it starts, so an orphaned one looks at itself at once. */
export const STARTED_EVENT = 'tlbc:content-script-started';

/**
 * Each instance registers here, in the content script's isolated world (which the page cannot read):
 * a newer instance in the same world stops an orphaned one directly, and a second copy of a live one
 * (injected while the declared one was starting) stands down.
 */
const REGISTRY = Symbol.for('tlbc.content-script');

interface Registered {
  alive(): boolean;
  stop(): void;
}

export interface Lifetime {
  /** False once the extension context is gone, or a live instance was already running here. */
  readonly valid: boolean;
  /** Looks at the extension context now; invalidates (once) when it is gone. */
  check(): boolean;
  /** Runs `callback` once when invalidated; returns the unsubscribe. */
  onInvalidated(callback: () => void): () => void;
}

export interface LifetimeOptions {
  /** How often to look while nothing else wakes it (an idle tab after an update). */
  pollMs?: number;
  /** The isolated world's global object (tests pass their own). */
  world?: Record<symbol, unknown>;
}

export function watchLifetime(win: Window, alive: () => boolean, options: LifetimeOptions = {}): Lifetime {
  const doc = win.document;
  const world = options.world ?? (globalThis as unknown as Record<symbol, unknown>);
  const callbacks = new Set<() => void>();
  let valid = true;

  const contextAlive = () => {
    try {
      return alive();
    } catch {
      return false;
    }
  };

  const look = () => void check();
  const timer = win.setInterval(look, options.pollMs ?? 1000);
  const unwatch = () => {
    win.clearInterval(timer);
    doc.removeEventListener(STARTED_EVENT, look);
    doc.removeEventListener('visibilitychange', look);
    win.removeEventListener('focus', look);
    win.removeEventListener('pageshow', look);
  };

  const invalidate = () => {
    if (!valid) return;
    valid = false;
    unwatch();
    if (world[REGISTRY] === self) delete world[REGISTRY];
    for (const callback of [...callbacks]) {
      try {
        callback();
      } catch {
        // One listener failing (an extension API of an orphaned context throws) must not stop the rest.
      }
    }
    callbacks.clear();
  };

  function check(): boolean {
    if (valid && !contextAlive()) invalidate();
    return valid;
  }

  const self: Registered = { alive: () => valid && contextAlive(), stop: invalidate };

  const previous = world[REGISTRY] as Registered | undefined;
  if (previous?.alive()) {
    // This very extension is already running on this page: this copy does nothing.
    valid = false;
    win.clearInterval(timer);
  } else {
    previous?.stop();
    world[REGISTRY] = self;
    // An orphaned instance in another world (or one the registry missed) hears this and looks at itself.
    doc.dispatchEvent(new CustomEvent(STARTED_EVENT));
    doc.addEventListener(STARTED_EVENT, look);
    doc.addEventListener('visibilitychange', look);
    win.addEventListener('focus', look);
    win.addEventListener('pageshow', look);
  }

  return {
    get valid() {
      return valid;
    },
    check,
    onInvalidated(callback) {
      if (!valid) {
        return () => {};
      }
      callbacks.add(callback);
      return () => callbacks.delete(callback);
    },
  };
}
