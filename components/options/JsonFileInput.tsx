// "Nhập tệp …:" with a file input for one JSON file, as the backup and the taught structures take them.

export function JsonFileInput(props: {
  label: string;
  testid: string;
  disabled: boolean;
  onChoose(input: HTMLInputElement): void;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="file"
        accept=".json,application/json"
        data-testid={props.testid}
        disabled={props.disabled}
        onChange={(event) => props.onChoose(event.currentTarget)}
      />
    </label>
  );
}
