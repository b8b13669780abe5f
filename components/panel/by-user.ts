/**
 * A click handler that acts only on the user's own clicks: mouse, touch and keyboard activation
 * (Enter, Space) are trusted events; a click a page script fakes with click() or dispatchEvent is not,
 * and is only reported. The panel's shadow root is open, so the page can reach every button.
 */
export function byUser(act: () => void, refused: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted === true) act();
    else refused();
  };
}
