import type { ComponentChildren } from 'preact';

// The line under an options section that says what the last action did, in the page's language, in
// red when it failed. One component so each section's status reads and behaves alike.

export function StatusLine(props: {
  testid: string;
  text: string;
  error?: boolean;
  /** data-state="error" | "ok", for sections whose tests read it. */
  withState?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <p
      role="status"
      data-testid={props.testid}
      {...(props.withState ? { 'data-state': props.error ? 'error' : 'ok' } : {})}
      class={props.error ? 'error' : undefined}
    >
      {props.text}
      {props.children}
    </p>
  );
}
