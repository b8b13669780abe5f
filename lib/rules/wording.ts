import { formatNumber } from '../numbers';

// Pieces of messages shared by the rules: numbers in Vietnamese notation, columns as the form numbers
// them ("(3)"), parts joined as "(4) + (5) + (6)".

export const num = formatNumber;

export function columnList(numbers: number[]): string {
  return numbers.map((n) => `(${n})`).join(' + ');
}

/** "1.501 + 562" */
export function valueList(values: number[]): string {
  return values.map(formatNumber).join(' + ');
}
