/** Starts the draft store's message handlers in the background service worker. */
export function startDraftService(): void {}
