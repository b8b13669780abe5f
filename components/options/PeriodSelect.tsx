import type { Ref } from 'preact';

// "Kỳ báo cáo (Period)": the labelled choice of a reporting period, as the import and the aggregate
// sections offer it (values are period keys).

export function PeriodSelect(props: {
  testid: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  onChange(value: string): void;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <label>
      Kỳ báo cáo <span lang="en">(Period)</span>{' '}
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
