import { labelKey } from '../text';

/** Key = form code + period + unit (unit compared by labelKey so "UBND xã A" matches "UBND Xã A"). */
export function draftId(form: string, period: string, unit: string): string {
  return `${form}|${period}|${labelKey(unit)}`;
}
