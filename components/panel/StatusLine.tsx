import { Component } from 'preact';
import type { Notes } from '@/lib/fields/panel-tools';
import { type Lang, type Shown, shown } from '@/lib/panel/strings';

// The panel's status line (tlbc-status): what the report's last action did, or what a helper (the
// portal lookup, an own field name, the structure report) just did, until the next action's text.
// A class component: the content script's bundle carries no hooks.

interface Props {
  status: string;
  lang: Lang;
  notes?: Notes;
}

export class StatusLine extends Component<Props, { note: Shown | null; over: string }> {
  state = { note: null, over: '' };
  componentDidMount() {
    this.props.notes?.listen((note) => this.setState({ note, over: this.props.status }));
  }
  componentWillUnmount() {
    this.props.notes?.listen(null);
  }
  render({ status, lang }: Props) {
    const { note, over } = this.state;
    return (
      <p class="status" data-testid="tlbc-status" aria-live="polite">
        {note && over === status ? shown(note, lang) : status}
      </p>
    );
  }
}
