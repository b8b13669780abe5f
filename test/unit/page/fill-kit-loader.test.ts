import { afterEach, describe, expect, it } from 'vitest';
import { fillKit, installFillKit } from '@/lib/fill/kit';
import { FILL_KIT_GLOBAL } from '@/lib/fill/kit-file';
import { loadFillKit } from '@/lib/page/fill-kit-loader';

// The content script loads fill, fix, undo and save from a packaged file on first use (setup.ts puts
// the kit in place for the other tests). A file that does not load is an error the action reports,
// and the next action tries again.

describe('loadFillKit', () => {
  afterEach(() => installFillKit());

  it('answers the kit once it is in place', async () => {
    await expect(loadFillKit()).resolves.toBe(fillKit);
  });

  it('fails when the packaged file cannot be loaded, and loads it on a later try', async () => {
    delete (globalThis as Record<string, unknown>)[FILL_KIT_GLOBAL];
    await expect(loadFillKit()).rejects.toThrow();
    installFillKit();
    await expect(loadFillKit()).resolves.toBe(fillKit);
  });
});
