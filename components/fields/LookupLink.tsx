import { copyText, lookupStatus, PORTAL_SEARCH_URL } from '@/lib/fields/portal';

// "Tra cứu trên Cổng DVCQG": an ordinary link to the national portal's procedure search in a new tab.
// On the user's own click the name goes to the clipboard first, ready to paste there. A click the page
// made up (not trusted) neither copies nor opens anything.

export function LookupLink(props: {
  name: string;
  /** The link's words and hint in the language shown (the panel's or the page's catalogue). */
  label: string;
  title: string;
  onStatus(status: ReturnType<typeof lookupStatus>): void;
}) {
  const { name, onStatus } = props;
  return (
    <a
      href={PORTAL_SEARCH_URL}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="tlbc-field-lookup"
      title={props.title}
      onClick={(event) => {
        if (!event.isTrusted || !name) {
          event.preventDefault();
          return;
        }
        copyText(name, event.currentTarget.parentElement ?? event.currentTarget).then((copied) =>
          onStatus(lookupStatus(name, copied)),
        );
      }}
    >
      {props.label}
    </a>
  );
}
