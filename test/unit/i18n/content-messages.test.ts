import { describe, expect, it } from 'vitest';
import { contentTable } from '@/lib/i18n/content-tables';
import type { Message } from '@/lib/i18n/message';
import { fillMessages } from '@/lib/i18n/messages/fill';
import { pageMessages } from '@/lib/i18n/messages/page';
import { panelMessages } from '@/lib/i18n/messages/panel';
import { rulesMessages } from '@/lib/i18n/messages/rules';
import { phraseIn } from '@/lib/i18n/phrase';

// The content script's catalogues: English says every figure and name the Vietnamese says (a lost
// placeholder loses a detail), a clause inside a sentence is in the sentence's language, and a
// language whose table is missing comes out Vietnamese rather than as keys.

const placeholders = (message: Message) =>
  new Set(
    [typeof message === 'string' ? message : `${message.one ?? ''} ${message.other}`].flatMap((s) =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    ),
  );

describe('content-script messages', () => {
  for (const [name, catalogue] of Object.entries({
    panelMessages,
    rulesMessages,
    pageMessages,
    fillMessages,
  })) {
    it(`${name}: English keeps every placeholder of the Vietnamese`, () => {
      for (const [key, vi] of Object.entries(catalogue.vi))
        expect([...placeholders((catalogue.en as Record<string, Message>)[key])], key).toEqual(
          expect.arrayContaining([...placeholders(vi)]),
        );
    });
  }

  it('renders a clause in the language of its sentence, a pair by language, plural by count', () => {
    const text = {
      key: 'rules.sum.empty',
      params: { col: 3, parts: '(4) + (5)', expected: '1.200', blanks: { key: 'rules.sum.blanks' } },
    };
    expect(phraseIn(contentTable('en'), 'en', text)).toBe(
      'Column (3) is empty but (4) + (5) = 1.200 (empty cells count as 0): it should be 1.200.',
    );
    expect(phraseIn(contentTable('vi'), 'vi', text)).toBe(
      'Cột (3) đang trống nhưng (4) + (5) = 1.200 (ô trống tính là 0): phải là 1.200.',
    );
    const structure = {
      key: 'rules.structure',
      params: { reason: { vi: 'thiếu cột (13)', en: 'column (13) is missing' } },
    };
    expect(phraseIn(contentTable('en'), 'en', structure)).toContain(
      'differs from the form: column (13) is missing.',
    );
    const one = { key: 'panel.errors', params: { count: 1 } };
    expect(phraseIn(contentTable('en'), 'en', one)).toBe('1 error');
    expect(phraseIn(contentTable('en'), 'en', { ...one, params: { count: 2 } })).toBe('2 errors');
  });

  it('a table that is not there falls back to Vietnamese, never to an empty string', () => {
    expect(phraseIn({}, 'en', { key: 'panel.save' }, contentTable('vi'))).toBe('Lưu nháp');
    expect(phraseIn({}, 'en', { key: 'panel.nope' })).toBe('panel.nope');
  });
});
