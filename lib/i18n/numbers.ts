import type { Lang } from './lang';
import type { Params, Text } from './message';

// Numbers in a message's params written as the language writes them ("50.001" in Vietnamese, "50,001"
// in English). `count` stays a number: it chooses the plural.

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function withLocalNumbers<T extends Text>(text: T, lang: Lang): T {
  if (!text.params) return text;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params as Params)) {
    params[name] =
      typeof value === 'number' && name !== 'count' ? value.toLocaleString(LOCALES[lang]) : value;
  }
  return { ...text, params };
}
