import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, REPORT_MATCHES, reinjectContentScript } from '@/lib/reinject';

describe('content script taken over after an update', () => {
  it('goes into every open report tab, only those the query matched, skipping discarded ones', async () => {
    const tabs = vi.fn().mockResolvedValue([{ id: 3 }, { id: 5, discarded: true }, { id: 8 }, {}]);
    const inject = vi.fn().mockResolvedValue([]);
    expect(await reinjectContentScript({ tabs, inject })).toBe(2);
    expect(tabs).toHaveBeenCalledWith(REPORT_MATCHES);
    expect(inject.mock.calls).toEqual([
      [3, CONTENT_SCRIPT],
      [8, CONTENT_SCRIPT],
    ]);
  });

  it('a tab that refuses (still loading, an error page) does not stop the others', async () => {
    const tabs = vi.fn().mockResolvedValue([{ id: 1 }, { id: 2 }]);
    const inject = vi.fn().mockRejectedValueOnce(new Error('Frame with ID 0 is showing error page'));
    inject.mockResolvedValueOnce([]);
    expect(await reinjectContentScript({ tabs, inject })).toBe(1);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('no tabs readable: nothing injected, no error', async () => {
    const tabs = vi.fn().mockRejectedValue(new Error('no permission'));
    const inject = vi.fn();
    expect(await reinjectContentScript({ tabs, inject })).toBe(0);
    expect(inject).not.toHaveBeenCalled();
  });
});
