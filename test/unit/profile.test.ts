import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_PROFILE, loadProfile, PROFILE_KEY, saveProfile } from '@/lib/profile';

beforeEach(() => fakeBrowser.reset());

describe('profile', () => {
  it('is empty on the first run, then keeps what the user set', async () => {
    expect(await loadProfile()).toEqual(EMPTY_PROFILE);
    await saveProfile({ level: 'huyen-phong', unit: 'Phòng Tư pháp huyện Sơn Tịnh', remindersOn: false });
    expect(await loadProfile()).toEqual({
      level: 'huyen-phong',
      unit: 'Phòng Tư pháp huyện Sơn Tịnh',
      remindersOn: false,
    });
  });

  it('keeps the readable parts of a damaged record instead of failing', async () => {
    await browser.storage.local.set({ [PROFILE_KEY]: { level: 'tinh', unit: 'UBND xã Hòa Bình' } });
    expect(await loadProfile()).toEqual({ level: null, unit: 'UBND xã Hòa Bình', remindersOn: true });
  });

  it('refuses to store a level that does not exist', async () => {
    await expect(saveProfile({ level: 'tinh' as never, unit: '', remindersOn: true })).rejects.toThrow();
  });
});
