import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The language switch (popup, options). Each language is named in itself, so a user who does not read
// the current one still finds their own.

const vi = {
  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.saveError': 'Không lưu được ngôn ngữ: bộ nhớ trình duyệt có thể đã đầy.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'language.label': 'Language',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',
  'language.saveError': 'Could not save the language: the browser’s storage may be full.',
};

export const languageMessages: Catalogue<typeof vi> = { vi, en };
