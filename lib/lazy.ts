// A value built on first use instead of at module load. The content script's bundle holds schemas
// and tables that a page load may never touch (widget grids, saving a profile, kept-aside records);
// built at load they cost main-thread time on every report page (issue 18). Types stay with the
// built value: `z.infer<ReturnType<typeof Schema>>`.

// Pure for the bundler: a schema nobody uses is dropped, as it was when built at the top level.
/** Returns a getter that calls `build` once, on its first call, and returns that value ever after. */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
