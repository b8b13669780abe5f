import type { Text } from '../i18n/message';

// The national portal's procedure search, where the dispatch tells clerks to look a field up when they
// cannot tell which one a procedure belongs to. An ordinary link: the extension itself never requests it.
//
// Why the plain address, with the name on the clipboard instead of in the URL: no public page of the
// portal documents a search parameter for this page. Public code that drives it shows the list being
// filled by POST requests to /jsp/rest.jsp after the page loads; the only query parameters seen address
// one procedure by its code (`dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=…`), or another
// search page whose `?key=` its own authors were still probing. A guessed parameter could silently show
// an unfiltered list, so the user pastes the name into the portal's own search box.
export const PORTAL_SEARCH_URL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';

/**
 * Puts `text` on the clipboard; must start inside the user's click. False when the browser refused.
 * `near`: where the fallback's scratch field goes (inside the panel, not the page's own markup).
 */
export async function copyText(text: string, near: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // A page that does not allow clipboard writes: the older command still works inside a click.
    const area = near.ownerDocument.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    near.append(area);
    area.select();
    const done = near.ownerDocument.execCommand?.('copy') ?? false;
    area.remove();
    return done;
  }
}

/** What the user is told after the click (lib/i18n/messages/panel.ts): paste the name, or type it. */
export function lookupStatus(
  name: string,
  copied: boolean,
): Text<'panel.lookupCopied' | 'panel.lookupNotCopied'> {
  return { key: copied ? 'panel.lookupCopied' : 'panel.lookupNotCopied', params: { name } };
}
