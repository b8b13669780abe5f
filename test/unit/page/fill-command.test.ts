import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FILL_COMMAND, handleCommand, onFillCommand } from '@/lib/page/fill-command';

describe('fill shortcut', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background forwards the shortcut to the tab it was pressed in, and nothing else', () => {
    const send = vi.fn().mockRejectedValue(new Error('no content script in this tab'));
    handleCommand(FILL_COMMAND, 7, send);
    handleCommand('another-command', 7, send);
    handleCommand(FILL_COMMAND, undefined, send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(7, { type: 'page/fill' });
  });

  it('the page fills on the forwarded message and ignores other messages', async () => {
    const fill = vi.fn();
    onFillCommand(fill);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'drafts/list' }, {});
    expect(fill).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/fill' }, {});
    expect(fill).toHaveBeenCalledTimes(1);
  });
});
