import { parseNumber } from '../numbers';
import { clean } from '../text';

/** Same value when both read as the same number ("1234" and "1.234"), else when the text is the same. */
export function sameValue(a: string, b: string): boolean {
  const x = parseNumber(a);
  const y = parseNumber(b);
  if (x.parse === 'number' && y.parse === 'number') return x.value === y.value;
  return clean(a) === clean(b);
}
