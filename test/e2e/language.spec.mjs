import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';

// One language setting for the whole extension, in real Chromium with the built extension (`npx wxt
// build` first): the popup's switch changes the popup, another open popup, the open options page and
// the toolbar button's title at once, without a reload; Vietnamese is where everything starts.
// Run: node --test test/e2e/language.spec.mjs

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

/** Marks a page so a reload (which would clear the mark) is noticed. */
const mark = (page) => page.evaluate(() => Object.assign(window, { tlbcNotReloaded: true }));
const notReloaded = (page) => page.evaluate(() => window.tlbcNotReloaded === true);
const heading = (page) => page.locator('h1').first().textContent();
/** Waits (5 s at most) for the toolbar button's title to match. */
async function toolbarTitle(page, pattern) {
  const title = () => page.evaluate(() => chrome.action.getTitle({}));
  for (let i = 0; i < 50 && !pattern.test(await title()); i++) await page.waitForTimeout(100);
  assert.match(await title(), pattern);
}
const pageLang = (page) => page.evaluate(() => document.documentElement.lang);

test('switching the language in the popup switches every open page at once, and back', async () => {
  const options = await h.openOptions();
  await options.getByTestId('tlbc-profile-level').waitFor();
  await options.evaluate(() =>
    chrome.storage.local.set({
      'tlbc:profile': { level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true },
    }),
  );
  const popup = await h.openPopup({ clock: '2025-03-20T09:00:00+07:00' });
  const other = await h.openPopup({ clock: '2025-03-20T09:00:00+07:00' });
  for (const page of [popup, other]) await page.getByTestId('tlbc-deadline').first().waitFor();
  assert.equal(await heading(popup), 'Trợ lý Báo cáo');
  assert.match(await popup.getByTestId('tlbc-deadline').first().textContent(), /Quá hạn 3 ngày/);
  assert.equal(await pageLang(options), 'vi');
  for (const page of [options, popup, other]) await mark(page);

  await popup.getByTestId('tlbc-language').selectOption('en');
  for (const page of [popup, other]) {
    await page.locator('h1', { hasText: 'Report Assistant' }).waitFor();
    assert.match(await page.getByTestId('tlbc-deadline').first().textContent(), /3 days overdue/);
    assert.doesNotMatch(
      await page.locator('main').textContent(),
      /Hạn gửi|Cài đặt|Kiểm tra số liệu|bản nháp/,
    );
    assert.equal(await page.getByTestId('tlbc-language').inputValue(), 'en');
  }
  await options.waitForFunction(() => document.documentElement.lang === 'en');
  // The background retitles the toolbar button (what the badge counts) in the new language.
  await toolbarTitle(popup, /^Report Assistant/);

  await other.getByTestId('tlbc-language').selectOption('vi');
  await popup.locator('h1', { hasText: 'Trợ lý Báo cáo' }).waitFor();
  assert.match(await popup.getByTestId('tlbc-deadline').first().textContent(), /Quá hạn 3 ngày/);
  await options.waitForFunction(() => document.documentElement.lang === 'vi');
  await toolbarTitle(popup, /^Trợ lý Báo cáo/);
  for (const page of [options, popup, other]) assert.equal(await notReloaded(page), true);
  for (const page of [options, popup, other]) await page.close();
});
