import { describe, expect, test } from 'vitest';
import { handleDraftMessage } from '@/lib/drafts/handlers';
import type { DraftStore } from '@/lib/drafts/store';

describe('the draft handler follows the sender policy', () => {
  test('a report site may not delete a draft, and the store is never opened for it', async () => {
    let opened = false;
    const getStore = async () => {
      opened = true;
      return {} as DraftStore;
    };
    const answer = await handleDraftMessage(
      { type: 'drafts/delete', id: 'x' },
      { getStore, sender: 'content' },
    );
    expect(answer).toMatchObject({ ok: false });
    expect(!answer?.ok && answer?.error).toMatch(/chỉ thực hiện được từ trang Cài đặt/);
    expect(opened).toBe(false);
  });
});
