import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// The foundation contract (design.md §4): the panel appears on report forms of both sites, says which
// form it recognised, and is absent from pages that are not forms; popup and options open; nothing
// leaves the machine.

const II06A = 'II.06a/VPCP/KSTT';
const PERIOD_Q1_2025 = '2024-12-15/2025-03-14';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

/** Waits for the page to settle, then reports whether any panel is there. */
async function hasNoPanel(page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  return (await h.panel(page).count()) === 0;
}

describe('panel on form II.06a', () => {
  for (const [site, url] of [
    ['baocao.quangngai.gov.vn', `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`],
    ['vpcp.baocaochinhphu.gov.vn', `${SITES.vpcp}/bao-cao/bieu-mau/ii06a`],
  ]) {
    test(`${site}: recognised as II.06a, editable, period of quarter I/2025`, async () => {
      const page = await h.open(url);
      const panel = h.panel(page);
      await panel.waitFor({ timeout: 10_000 });
      assert.equal(await panel.getAttribute('data-form'), II06A);
      assert.equal(await panel.getAttribute('data-state'), 'editable');
      assert.equal(await panel.getAttribute('data-period'), PERIOD_Q1_2025);
      await page.close();
    });

    test(`${site}: a report waiting for approval (Chờ duyệt) is read-only`, async () => {
      const page = await h.open(`${url}?state=cho-duyet`);
      const panel = h.panel(page);
      await panel.waitFor({ timeout: 10_000 });
      assert.equal(await panel.getAttribute('data-state'), 'readonly');
      await page.close();
    });
  }
});

test('an unknown provincial form gets the generic panel', async () => {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/bc01`);
  const panel = h.panel(page);
  await panel.waitFor({ timeout: 10_000 });
  assert.equal(await panel.getAttribute('data-form'), 'generic');
  await page.close();
});

describe('no panel on pages that are not forms', () => {
  for (const url of [
    `${SITES.quangngai}/dang-nhap`,
    `${SITES.vpcp}/dang-nhap`,
    `${SITES.quangngai}/bao-cao/danh-sach`,
    `${SITES.vpcp}/bao-cao`,
  ]) {
    test(url, async () => {
      const page = await h.open(url);
      assert.ok(await hasNoPanel(page), 'a panel appeared on a page that is not a report form');
      await page.close();
    });
  }
});

test('the popup and the options page open in tabs and show the product', async () => {
  const popup = await h.openPopup();
  await popup.locator('main:not([aria-busy])').waitFor();
  assert.match(await popup.locator('body').textContent(), /Trợ lý Báo cáo|báo cáo/i);
  const options = await h.openOptions();
  // The profile select appears once the stored profile has been read.
  await options.locator('[data-testid="tlbc-profile-level"]').waitFor();
  assert.match(await options.locator('body').textContent(), /\S/);
  await popup.close();
  await options.close();
});

test('nothing the extension did left the machine', () => {
  h.assertNoOutsideRequests();
});
