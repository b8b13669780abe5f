import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onFillCommand } from '@/lib/page/fill-command';
import { answerPing, reinjectContentScripts } from '@/lib/page/reinject';
import { readSettings, SETTINGS_KEY } from '@/lib/settings';
import { onSettingsChanged } from '@/lib/settings-store';

// What an orphaned content script must be able to take away (every listener returns its unsubscribe),
// and how the background hands open report tabs the new content script after an update.

beforeEach(() => fakeBrowser.reset());

describe('listeners end with their content script', () => {
  it('the fill shortcut, the settings and the ping stop answering once unsubscribed', async () => {
    const fill = vi.fn();
    const settings = vi.fn();
    const offFill = onFillCommand(fill);
    const offSettings = onSettingsChanged(settings);
    const offPing = answerPing();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'page/ping' }, {})).toContain(true);

    offFill();
    offSettings();
    offPing();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/fill' }, {});
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...readSettings(undefined), lang: 'en' } });
    expect(fill).not.toHaveBeenCalled();
    expect(settings).not.toHaveBeenCalled();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'page/ping' }, {})).not.toContain(true);
  });
});

describe('after an update the background injects the content script into open report tabs', () => {
  it('only into tabs of the two sites whose content script does not answer', async () => {
    const query = vi.fn(async () => [{ id: 1 }, { id: 2 }, {}, { id: 3 }]);
    const ping = vi.fn(async (tab: number) => {
      if (tab === 2) return true;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const inject = vi.fn(async (tab: number) => {
      if (tab === 3) throw new Error('tab closed');
    });
    expect(await reinjectContentScripts({ query, ping, inject })).toEqual([1]);
    expect(query).toHaveBeenCalledWith([
      'https://vpcp.baocaochinhphu.gov.vn/*',
      'https://baocao.quangngai.gov.vn/*',
    ]);
    expect(inject.mock.calls.map(([tab]) => tab)).toEqual([1, 3]);
  });
});
