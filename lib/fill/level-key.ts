import { II_06 } from '../forms/definitions/ii-06';
import { withoutOutlineMark } from '../table/row-kind';
import { labelKey } from '../text';

// Level headings of II.06 are worded differently across renderings ("Cấp tỉnh", "Sở, ban, ngành",
// "I. Cấp tỉnh"): a draft saved under one wording must fill a page printed with another.

const byLabel = new Map(
  II_06.rowGroups.flatMap((g) => g.labels.map((label) => [labelKey(label), g.key] as const)),
);

/** The level's key ("tinh", "huyen", "xa") for a known heading; else the heading's own key. */
export function levelKey(groupKey: string): string {
  const key = labelKey(groupKey);
  return byLabel.get(key) ?? byLabel.get(withoutOutlineMark(key)) ?? key;
}
