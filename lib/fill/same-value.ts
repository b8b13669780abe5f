import { parseIn, type ReadNotation } from '../numbers';
import { clean } from '../text';

/**
 * Same value when both read as the same number, each in the notation of what holds it (`1.245` from a
 * draft is 1 245, from a number input 1.245); else when the text is the same. A number input cannot
 * hold `-`, so there "no value" in any spelling matches its empty value.
 */
export function sameValue(a: string, b: string, aIn: ReadNotation = 'vi', bIn: ReadNotation = 'vi'): boolean {
  const x = parseIn(a, aIn);
  const y = parseIn(b, bIn);
  if (x.parse === 'number' && y.parse === 'number') return x.value === y.value;
  if (x.parse === 'empty' && y.parse === 'empty' && (aIn === 'plain' || bIn === 'plain')) return true;
  return clean(a) === clean(b);
}
