import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDraftMessage, send } from '@/lib/messaging';

beforeEach(() => fakeBrowser.reset());

describe('draft messages', () => {
  it('knows its own message types and leaves others alone', () => {
    expect(isDraftMessage({ type: 'drafts/save' })).toBe(true);
    expect(isDraftMessage({ type: 'schedule/get' })).toBe(false);
    expect(isDraftMessage(null)).toBe(false);
  });

  it('turns an answer that is not a reply into a Vietnamese failure', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('xin chào'));
    const reply = await send({ type: 'drafts/list' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Không liên lạc được/) });
  });
});
