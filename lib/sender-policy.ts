import { type DraftRequestType, REQUEST_TYPES } from './messaging';
import { REPORT_HOSTS } from './settings';

// Which extension context may send which draft message, decided in the background from the sender
// alone (least privilege): a report site's content script saves, finds and gets drafts, nothing else —
// never revisions, restores, renames, deletes or backups, so a page that subverts it cannot reach them.
// The popup lists drafts; the options page manages them. Any other sender gets nothing.

export type SenderKind = 'content' | 'popup' | 'options' | 'unknown';

/** What the background knows about a message's sender (runtime.MessageSender's parts we use). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

const ALLOWED: Record<SenderKind, ReadonlySet<DraftRequestType>> = {
  content: new Set(['drafts/save', 'drafts/find', 'drafts/get']),
  popup: new Set(['drafts/list']),
  // The options page manages drafts: every request.
  options: new Set(REQUEST_TYPES),
  unknown: new Set(),
};

function parse(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** Scheme and host: URL.origin is "null" for chrome-extension:// and moz-extension:// URLs. */
const originOf = (url: URL | null) => (url ? `${url.protocol}//${url.host}` : '');

/**
 * The sender's context: a content script has a tab and a page URL on one of the two sites (over
 * https); extension pages have the extension's origin and are told apart by their path.
 */
export function senderKind(sender: SenderInfo, extension: { id: string; origin: string }): SenderKind {
  if (sender.id !== extension.id) return 'unknown';
  const url = parse(sender.url);
  if (!url) return 'unknown';
  if (originOf(url) === originOf(parse(extension.origin))) {
    if (url.pathname === '/options.html') return 'options';
    if (url.pathname === '/popup.html') return 'popup';
    return 'unknown';
  }
  const onSite = url.protocol === 'https:' && (REPORT_HOSTS as readonly string[]).includes(url.hostname);
  return onSite && sender.tab ? 'content' : 'unknown';
}

export function mayRequest(kind: SenderKind, type: DraftRequestType): boolean {
  return ALLOWED[kind].has(type);
}
