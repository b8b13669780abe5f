import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseVn } from '../fixtures/lib/vn-number.mjs';
import { firefoxMissing, launchFirefox } from './firefox-harness.mjs';

// Smoke test of the Firefox package (`npx wxt build -b firefox` first) in Debian's firefox-esr over
// WebDriver BiDi: the same product as in Chromium on both replica sites at their real URLs — the
// panel, its findings, a draft saved by a click and filled into an empty form (a plain table, and a
// Handsontable grid reached through the web-accessible grid bridge). Outside CI a machine without
// Firefox skips it, saying so; in CI (CI=true) a missing Firefox fails.
// Run: node --test test/e2e/firefox.spec.mjs   (FIREFOX_PATH, FIREFOX_EXTENSION_PATH override)

const QN = 'https://baocao.quangngai.gov.vn';
const VPCP = 'https://vpcp.baocaochinhphu.gov.vn';
const II06A = 'II.06a/VPCP/KSTT';
const UNIT = encodeURIComponent('UBND xã Tịnh Phong');
const form = (shape, values) => `${QN}/bao-cao/nhap-lieu/ii06a?shape=${shape}&values=${values}&unit=${UNIT}`;

/** The seeded defects of `values=errors` (test/fixtures/README.md), as rule:row:column. */
const SEEDED = [
  'number:Chứng thực:5',
  'sum:Hộ tịch:3',
  'number:Hoạt động xây dựng:5',
  'total-row:Tổng số:9',
  'field-name:Bảo trợ xả hội:2',
];

const missing = firefoxMissing();
if (missing && process.env.CI === 'true') throw new Error(`${missing} — trong CI phải có Firefox.`);
const skip = missing ? `bỏ qua kiểm thử Firefox: ${missing}` : false;
if (skip) console.log(skip);

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let h;
/** The errors replica, opened before the add-on was installed. */
let openBefore;
before(async () => {
  if (skip) return;
  h = await launchFirefox({ install: false });
  openBefore = await h.open(form('table', 'errors'));
  await h.install();
});
after(async () => {
  await h?.close();
});

/** The numbers a page model holds (`1.551` and `1551` are the same count). */
function asNumbers(model) {
  return Object.fromEntries(
    Object.entries(model).map(([row, cols]) => [
      row,
      Object.fromEntries(Object.entries(cols).map(([col, text]) => [col, parseVn(text) ?? text])),
    ]),
  );
}

test('a report tab already open when the add-on is installed gets the panel, with the form and its findings', {
  skip,
}, async () => {
  // Firefox puts the content script into open tabs by itself: why its build asks for no `scripting`.
  const panel = await h.panel(openBefore);
  assert.equal(await panel.evaluate((n) => n.getAttribute('data-form')), II06A);
  assert.equal(await panel.evaluate((n) => n.getAttribute('data-state')), 'editable');
  await openBefore.waitForSelector('pierce/[data-testid="tlbc-finding"]', { timeout: 15_000 });
  const found = (await h.findings(openBefore)).map((f) => `${f.rule}:${f.row}:${f.col}`);
  for (const seeded of SEEDED)
    assert.ok(found.includes(seeded), `${seeded} missing from ${found.join(', ')}`);
  const marked = await openBefore.$$eval('[data-tlbc-severity="error"]', (cells) =>
    cells.map((cell) => cell.closest('tr')?.textContent ?? ''),
  );
  assert.ok(
    marked.some((row) => row.includes('Hộ tịch')),
    `no error mark on Hộ tịch (${marked.length})`,
  );
  await openBefore.close();
});

test('the other site: its II.06a is recognised under its own wording', { skip }, async () => {
  const page = await h.open(`${VPCP}/bao-cao/bieu-mau/ii06a`);
  const panel = await h.panel(page);
  assert.equal(await panel.evaluate((n) => n.getAttribute('data-form')), II06A);
  assert.equal(await panel.evaluate((n) => n.getAttribute('data-period')), '2024-12-15/2025-03-14');
  await page.close();
});

for (const shape of ['table', 'handsontable']) {
  test(`${shape}: a draft saved with a click fills an empty replica`, { skip }, async () => {
    const saved = await h.open(form(shape, 'clean'));
    await h.panel(saved);
    const clean = await h.readModel(saved);
    await h.press(saved, 'tlbc-save-draft');
    await h.status(saved, /Đã lưu/);
    await saved.close();

    const fresh = await h.open(form(shape, 'empty'));
    await h.panel(fresh);
    const empty = await h.readModel(fresh);
    assert.equal(empty['Chứng thực']?.['3'] ?? '', '', 'the replica starts empty');
    await h.press(fresh, 'tlbc-fill');
    const filled = await h.status(fresh, /Đã điền/);
    assert.doesNotMatch(filled, /không điền được/, filled);
    const model = await h.readModel(fresh);
    const got = Object.fromEntries(Object.keys(clean).map((row) => [row, model[row]]));
    assert.deepEqual(asNumbers(got), asNumbers(clean), 'the page model holds every saved value');
    await fresh.close();
  });
}

test('nothing went anywhere but the two replica sites', { skip }, () => {
  h.assertNoOutsideRequests();
});
