import { describe, expect, it } from 'vitest';
import { lookupStatus } from '@/lib/fields/portal';
import { messagingMessages } from '@/lib/i18n/messages/messaging';
import { optionsMessages } from '@/lib/i18n/messages/options';
import { panelMessages } from '@/lib/i18n/messages/panel';
import { textIn, translator } from '@/lib/i18n/translator';
import { UNREACHABLE } from '@/lib/messaging';

// The portal link's status, the levels of the user's own names and the background's silence, told in
// the language the user chose.

describe('field lookup and own-name wording in both languages', () => {
  it('tells to paste the copied name, or to type it when copying failed', () => {
    expect(textIn(panelMessages, 'vi', lookupStatus('Quản lý chợ', true))).toBe(
      'Đã chép «Quản lý chợ»: dán vào ô tìm kiếm của Cổng DVCQG vừa mở (Ctrl+V).',
    );
    expect(textIn(panelMessages, 'en', lookupStatus('Quản lý chợ', false))).toBe(
      "Could not copy the name: type «Quản lý chợ» into the portal's search box.",
    );
  });

  it('names the levels in English on the English page', () => {
    const t = translator(optionsMessages, 'en');
    expect([t('options.own.level.xa'), t('options.own.level.tinh'), t('options.own.level.moi-cap')]).toEqual([
      'Commune level',
      'Provincial departments',
      'Every level',
    ]);
  });

  it('the unreachable background is a failure in both languages', () => {
    expect(UNREACHABLE.error).toBe(messagingMessages.vi['messaging.unreachable']);
    expect(UNREACHABLE.errorEn).toMatch(/^Could not reach the extension background/);
  });
});
