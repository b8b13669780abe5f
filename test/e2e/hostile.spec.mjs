import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// The page is not trusted. A script of the site drives the open panel (its shadow root is open, so it
// can find every button and click() it): it changes nothing and learns no other draft. Then the
// extension is reloaded with a form open: one panel stays, working, and no mark is doubled.
// Run: npx wxt build && node --test test/e2e/hostile.spec.mjs

const FORM = `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`;
const unitPage = (unit, extra = '') => `${FORM}?unit=${encodeURIComponent(unit)}${extra}`;
const Q4_2024 = `&ky=${encodeURIComponent('Quý IV năm 2024')}&from=15/9/2024&to=14/12/2024`;
const HOME = 'UBND xã Tịnh Ấn Tây';
const NEIGHBOUR = 'UBND xã Tịnh Phong';

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const status = (tab) => h.panel(tab).locator('[data-testid="tlbc-status"]');

/** The user's own click (Playwright's clicks are trusted input events), then the status it leads to. */
async function press(tab, testId, expected) {
  await h.panel(tab).locator(`[data-testid="${testId}"]`).first().click();
  await status(tab).filter({ hasText: expected }).waitFor({ timeout: 20_000 });
}

/**
 * Runs in the page's own world, as a site script would: fake clicks through the open shadow root,
 * `times` rounds, each after the panel had time to finish the last one.
 */
function pageScript(tab, testIds, times = 1) {
  return tab.evaluate(
    async ({ testIds, times }) => {
      const root = document.querySelector('tlbc-panel-host')?.shadowRoot;
      if (!root) throw new Error('no panel');
      for (let i = 0; i < times; i++) {
        for (const id of testIds) for (const b of root.querySelectorAll(`[data-testid="${id}"]`)) b.click();
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    },
    { testIds, times },
  );
}

/** Everything a page script can read: the page with its cells' tooltips, and the panel's shadow root. */
const visibleToPage = (tab) =>
  tab.evaluate(
    () =>
      `${document.documentElement.outerHTML}\n${document.querySelector('tlbc-panel-host')?.shadowRoot?.innerHTML ?? ''}`,
  );

/** The user types into a count cell of a row (columns 3–13 are the inputs, in order). */
async function typeCell(tab, label, col, value) {
  const input = tab.locator('tr', { has: tab.locator('td', { hasText: label }) }).locator('input');
  await input.nth(col - 3).fill(value);
}

const digits = (text) => String(text ?? '').replace(/[.\s\u00a0]/g, '');

test('21 saves a page script clicks after zeroing the form leave the saved draft as it was', async () => {
  const unit = 'UBND xã Tịnh Minh';
  const tab = await h.open(unitPage(unit));
  await h.panel(tab).waitFor();
  const figures = await h.readModel(tab);
  // The user saves from the keyboard: Enter on the focused button is the user's own (trusted) click.
  await h.panel(tab).getByTestId('tlbc-save-draft').focus();
  await tab.keyboard.press('Enter');
  await status(tab)
    .filter({ hasText: /lần lưu thứ 1/ })
    .waitFor();

  await tab.evaluate(() => {
    for (const input of document.querySelectorAll('tbody input')) {
      input.value = '0';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await pageScript(tab, ['tlbc-save-draft'], 21);
  await pageScript(tab, ['tlbc-fill', 'tlbc-undo', 'tlbc-fix']);
  await tab.close();

  const options = await h.openOptions();
  const row = options.locator(`[data-testid="tlbc-draft-row"][data-unit="${unit}"]`);
  await row.waitFor();
  assert.equal((await row.getByTestId('tlbc-draft-revisions').textContent())?.trim(), '0', 'revisions kept');
  await options.close();

  // The draft still holds the user's figures: a fresh page fills them back.
  const again = await h.open(`${unitPage(unit)}&values=empty`);
  await h.panel(again).waitFor();
  await press(again, 'tlbc-fill', /Đã điền/);
  const filled = await h.readModel(again);
  for (const [key, cols] of Object.entries(figures)) {
    for (const [col, value] of Object.entries(cols)) {
      // Compared as numbers: an empty text field gets plain digits (1551 for the draft's 1.551).
      if (value !== '') assert.equal(digits(filled[key]?.[col]), digits(value), `${key} (${col})`);
    }
  }
  await again.close();
});

test('a page script pressing "Điền", the offers and the details learns no other draft and fills nothing', async () => {
  // The user's own drafts: last quarter for this unit (with a figure the page never shows), and this
  // quarter for a neighbouring unit.
  const last = await h.open(unitPage(HOME, Q4_2024));
  await h.panel(last).waitFor();
  await typeCell(last, 'Hộ tịch', 11, '7777');
  await press(last, 'tlbc-save-draft', /Đã lưu/);
  await last.close();
  const neighbour = await h.open(unitPage(NEIGHBOUR));
  await h.panel(neighbour).waitFor();
  await press(neighbour, 'tlbc-save-draft', /Đã lưu/);
  await neighbour.close();

  const tab = await h.open(`${unitPage(HOME)}&values=empty`);
  await h.panel(tab).waitFor();
  const empty = await h.readModel(tab);
  await typeCell(tab, 'Hộ tịch', 6, '12');
  await h.panel(tab).locator('[data-testid="tlbc-finding"][data-rule="carry-over"]').first().waitFor();
  const leaks = /7777|7\.777|Tịnh Phong/;
  assert.doesNotMatch(await visibleToPage(tab), leaks, 'carry-over quotes the previous draft');

  await pageScript(tab, ['tlbc-fill', 'tlbc-finding-detail']);
  await status(tab)
    .filter({ hasText: /bỏ qua/ })
    .waitFor();
  assert.equal(await h.panel(tab).locator('[data-testid="tlbc-fill-offer"]').count(), 0);
  assert.doesNotMatch(await visibleToPage(tab), leaks);

  // The user asks to fill: only this unit's draft is offered.
  await press(tab, 'tlbc-fill', /đơn vị bên dưới/);
  const offers = h.panel(tab).locator('[data-testid="tlbc-fill-offer"]');
  assert.deepEqual(await offers.allTextContents(), ['UBND xã Tịnh Ấn Tây · 2024-09-15 – 2024-12-14']);
  assert.doesNotMatch(await visibleToPage(tab), leaks);

  await pageScript(tab, ['tlbc-fill-offer', 'tlbc-show-other-units', 'tlbc-finding-detail']);
  assert.doesNotMatch(await visibleToPage(tab), leaks);
  const typed = structuredClone(empty);
  typed['Hộ tịch']['6'] = '12';
  assert.deepEqual(await h.readModel(tab), typed, 'the page holds only what the user typed');

  // What the user's own clicks show (and what the assertions above would have caught).
  await h.panel(tab).getByTestId('tlbc-show-other-units').click();
  await offers.filter({ hasText: NEIGHBOUR }).waitFor();
  await h.panel(tab).locator('[data-testid="tlbc-finding-detail"]').first().click();
  await h
    .panel(tab)
    .getByText(/7\.777/)
    .first()
    .waitFor();
  await tab.close();
});

test('reloading the extension with a form open leaves one working panel and no doubled mark', async () => {
  const tab = await h.open(`${FORM}?values=errors`);
  await h.panel(tab).locator('[data-testid="tlbc-finding"]').first().waitFor();
  const marks = () =>
    tab.evaluate(() =>
      Array.from(document.querySelectorAll('[data-tlbc-severity]'), (el) => ({
        severity: el.getAttribute('data-tlbc-severity'),
        title: el.getAttribute('title'),
      })),
    );
  const before = await marks();
  assert.ok(before.length > 0);
  await tab.evaluate(() => document.querySelector('tlbc-panel-host').setAttribute('data-before-reload', ''));

  // Chromium reloads an unpacked extension only in developer mode; chrome://extensions can do both.
  const extensions = await h.context.newPage();
  await extensions.goto('chrome://extensions/');
  await extensions.evaluate(async (id) => {
    await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    await chrome.developerPrivate.reload(id, { failQuietly: true });
  }, h.extensionId);
  await extensions.close();

  // The old content script takes its panel away; the new one (put in by the background) shows its own.
  await tab.waitForFunction(
    () =>
      !document.querySelector('tlbc-panel-host[data-before-reload]') &&
      document.querySelector('tlbc-panel-host')?.shadowRoot?.querySelector('[data-testid="tlbc-finding"]'),
    null,
    { timeout: 20_000 },
  );
  await tab.waitForTimeout(500);
  assert.equal(await tab.locator('tlbc-panel-host').count(), 1);
  assert.equal(await h.panel(tab).count(), 1);
  assert.deepEqual(await marks(), before);
  await press(tab, 'tlbc-save-draft', /Đã lưu bản nháp/);
  await tab.close();
});
