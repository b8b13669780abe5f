import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// The harness itself: replicas load at their real URLs (port 443 as far as the page knows), ids and
// class names change on every serve, and the outside-request guard really catches requests.

test('replicas load at their real URLs with fresh ids and classes on every serve', async () => {
  const h = await launch();
  try {
    const url = `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`;
    const first = await h.open(url);
    assert.equal(await first.evaluate(() => location.origin), SITES.quangngai);
    const tokens = (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('input')].slice(0, 5).map((i) => `${i.id} ${i.className}`),
      );
    const second = await h.open(url);
    assert.notDeepEqual(await tokens(first), await tokens(second));
    const model = await h.readModel(second);
    assert.equal(model['Chứng thực'][5], '1.234');
  } finally {
    await h.close();
  }
});

test('a request to anywhere but the extension or the replicas is caught', async () => {
  const h = await launch();
  try {
    const options = await h.openOptions();
    await options.evaluate(() => fetch('https://example.org/leak').catch(() => null));
    const page = await h.open(`${SITES.vpcp}/dang-nhap`);
    await page.evaluate(() => fetch('https://analytics.example.net/p').catch(() => null));
    await page.waitForTimeout(300);
    const urls = h.outsideRequests.map((r) => r.url);
    assert.ok(urls.includes('https://example.org/leak'), urls.join(', '));
    assert.ok(urls.includes('https://analytics.example.net/p'), urls.join(', '));
    assert.throws(() => h.assertNoOutsideRequests(), /ra ngoài máy/);
  } finally {
    await h.close({ check: false });
  }
});

test('a profile survives closing and reopening the browser', async () => {
  const h = await launch();
  try {
    const options = await h.openOptions();
    await options.evaluate(() => chrome.storage.local.set({ 'e2e-probe': 'còn đây' }));
    await h.restart();
    const again = await h.openOptions();
    assert.equal(
      await again.evaluate(async () => (await chrome.storage.local.get('e2e-probe'))['e2e-probe']),
      'còn đây',
    );
    await again.evaluate(() => chrome.storage.local.remove('e2e-probe'));
  } finally {
    await h.close();
  }
});

test("a popup's clock can be set", async () => {
  const h = await launch();
  try {
    const popup = await h.openPopup({ clock: '2025-03-17T08:00:00+07:00' });
    const now = await popup.evaluate(() => Date.now());
    assert.ok(Math.abs(now - Date.parse('2025-03-17T01:00:00Z')) < 60_000, new Date(now).toISOString());
  } finally {
    await h.close();
  }
});
