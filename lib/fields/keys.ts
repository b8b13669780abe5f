import { labelKey } from '../text';

// Spelling-insensitive key for field names: "Thi đua - khen thưởng", "Thi đua, khen thưởng" and
// "Thi đua – Khen thưởng" are one name spelled three ways. Diacritics stay: "Hộ tịch" ≠ "Hồ tịch".

const PUNCTUATION = /[-,;:/&().]+/g;

export function spellingKey(text: string): string {
  return spellingOfKey(labelKey(text));
}

/** spellingKey from a labelKey already made. */
export function spellingOfKey(key: string): string {
  return key.replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}
