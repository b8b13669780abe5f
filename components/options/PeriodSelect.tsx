import type { Ref } from 'preact';

// The labelled choice of a reporting period, as the import and the aggregate
// sections offer it (values are period keys).

export function PeriodSelect(props: {
  testid: string;
  /** The label in the page's language ("Kỳ báo cáo"). */
  label: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  onChange(value: string): void;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid={props.testid}
        ref={props.selectRef}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
