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

/** Letters only Vietnamese writes. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i;

/** What the panel says and what its marks on the page say, a line each, without the page's own words. */
async function panelWords(page) {
  return page.evaluate((selector) => {
    // The panel lives in an open shadow root.
    const host = [...document.querySelectorAll('*')].find((n) => n.shadowRoot?.querySelector(selector));
    const root = host?.shadowRoot;
    const panel = root?.querySelector(selector);
    const all = (scope, css) => [...(scope?.querySelectorAll(css) ?? [])];
    // The page's data shown in the panel: row labels, column headings, the unit, the period's label;
    // and field names quoted «…» (the page's, the published catalogue's).
    const pageSays = (label) =>
      all(document, 'p, td, li')
        .map((n) => n.textContent?.match(new RegExp(`${label}: *([^\\n(]+)`))?.[1]?.trim())
        .find(Boolean);
    const data = [
      ...all(root, '[data-row]').map((n) => n.getAttribute('data-row')),
      ...all(document, 'th').map((n) => n.textContent?.trim()),
      pageSays('Đơn vị báo cáo'),
      pageSays('Kỳ báo cáo'),
    ].filter(Boolean);
    const lines = [
      ...all(panel, 'strong, p, h3, button, span.where, span.message, summary, a, option').map(
        (n) => n.textContent,
      ),
      ...all(root, '[title]').map((n) => n.getAttribute('title')),
      ...all(root, '[aria-label]').map((n) => n.getAttribute('aria-label')),
      ...all(document, '[data-tlbc-severity]').map((n) => n.getAttribute('title')),
    ];
    const sorted = data.sort((a, b) => b.length - a.length);
    return lines
      .map((line) => sorted.reduce((text, d) => text.replaceAll(d, ''), line ?? '').replace(/«[^»]*»/g, ''))
      .join('\n');
  }, '[data-testid="tlbc-panel"]');
}

test('an open panel follows the language set in another page: English, with no Vietnamese left', async () => {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
  const panel = h.panel(page);
  await panel.locator('[data-testid="tlbc-finding"]').first().waitFor({ timeout: 10_000 });
  await h.press(page, 'tlbc-save-draft', 'Đã lưu bản nháp');
  assert.match(await panelWords(page), /Lưu nháp/);

  // The setting changes elsewhere: in an extension page, as the popup or the options page writes it.
  const options = await h.openOptions();
  const setLang = (lang) =>
    options.evaluate(async (lang) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, lang, schema: 1 } });
    }, lang);
  await setLang('en');
  await panel.getByText('Save draft').waitFor({ timeout: 10_000 });
  await h
    .status(page)
    .filter({ hasText: /^Draft saved/ })
    .waitFor();
  const english = await panelWords(page);
  assert.match(english, /it should be/);
  // The switch back names its language in that language.
  const left = english
    .replace('Tiếng Việt', '')
    .split('\n')
    .filter((line) => VIETNAMESE.test(line));
  assert.deepEqual(left, [], `Vietnamese left in the English panel:\n${left.join('\n')}`);

  // …and back, from the panel's own switch, which writes the setting.
  await panel.getByRole('button', { name: 'Tiếng Việt' }).click();
  await panel.getByText('Lưu nháp').waitFor();
  const stored = await options.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
  assert.equal(stored.lang, 'vi');
  await options.close();
  await page.close();
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

test('the panel steps aside from the cell being edited, and never moves the page', async () => {
  const page = await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a`);
  // a laptop's window: the table reaches under the panel, docked on the right
  await page.setViewportSize({ width: 1000, height: 760 });
  const panel = h.panel(page);
  await panel.waitFor({ timeout: 10_000 });
  await h.panel(page).locator('[data-testid="tlbc-count-error"]').waitFor();
  const layout = () =>
    page.evaluate(() => {
      const table = document.querySelector('table').getBoundingClientRect();
      return {
        left: table.left,
        width: table.width,
        margin: getComputedStyle(document.documentElement).marginRight,
      };
    });
  // the fields scrolled up beside the panel
  await page.evaluate(() => window.scrollTo(0, 460));
  const before = await layout();
  assert.match((await panel.getAttribute('class')) ?? '', /dock-right/);
  const box = await panel.boundingBox();
  /** Focuses the first number field whose box is (or is not) under the panel's box; answers its index. */
  const focus = (under) =>
    page.evaluate(
      ({ box, under }) => {
        const inputs = Array.from(document.querySelectorAll('table input'));
        const i = inputs.findIndex((input) => {
          const r = input.getBoundingClientRect();
          const hit =
            r.left < box.x + box.width && r.right > box.x && r.top < box.y + box.height && r.bottom > box.y;
          return hit === under && r.top > 0 && r.bottom < innerHeight;
        });
        inputs[i]?.focus();
        return i;
      },
      { box, under },
    );
  assert.ok(
    (await focus(true)) >= 0,
    'no field under the panel: the replica is narrower than the test assumes',
  );
  await page.waitForFunction(() =>
    document
      .querySelector('tlbc-panel-host')
      .shadowRoot.querySelector('.panel')
      .classList.contains('dock-left'),
  );
  assert.ok((await focus(false)) >= 0);
  await page.waitForFunction(() =>
    document
      .querySelector('tlbc-panel-host')
      .shadowRoot.querySelector('.panel')
      .classList.contains('dock-right'),
  );
  assert.deepEqual(await layout(), before, 'the page moved');
  await page.close();
});
