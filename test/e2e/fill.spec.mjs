import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseVn } from '../fixtures/lib/vn-number.mjs';
import { SHAPES } from '../fixtures/shapes/index.mjs';
import { launch, SITES } from './harness.mjs';

// Save → fill → undo, in real Chromium with the built extension (`npx wxt build` first), into every
// replica grid shape that takes typing: the plain table, the click-to-edit grid and the Handsontable
// grid. What counts is the page's own model (fed only by the page's own events), not the DOM.
// Run: node --test test/e2e/fill.spec.mjs

// Every replica shape except the canvas grid (it has no cells to type into; the panel says so).
const FILLABLE = Object.keys(SHAPES).filter((shape) => shape !== 'canvas');
const page = (shape, values) =>
  `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?shape=${shape}&values=${values}&unit=${encodeURIComponent('UBND xã Tịnh Phong')}`;

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const status = (tab) => h.status(tab);
const press = (tab, testId, expected) => h.press(tab, testId, expected);

/**
 * The numbers a page model holds: a fill types plain digits where the page shows no grouping, so
 * `1551` and `1.551` are the same value on a text page. The number shape's model holds JS numbers
 * (`1.245` there is one point two four five), read as such.
 */
function asNumbers(model, shape) {
  const out = {};
  for (const [row, cols] of Object.entries(model)) {
    out[row] = {};
    for (const [col, text] of Object.entries(cols)) {
      const n = text === '' ? null : shape === 'number' ? Number(text) : parseVn(text);
      out[row][col] = n === null || Number.isNaN(n) ? text : n;
    }
  }
  return out;
}

/** Only the cells the clean page has: the page model of an empty page may list more keys as ''. */
function pick(model, like) {
  const out = {};
  for (const [row, cols] of Object.entries(like)) {
    out[row] = {};
    for (const col of Object.keys(cols)) out[row][col] = model[row]?.[col] ?? '';
  }
  return out;
}

for (const shape of FILLABLE) {
  test(`fills the ${shape} replica from a saved draft and undoes it`, async () => {
    const saved = await h.open(page(shape, 'clean'));
    await h.panel(saved).waitFor();
    const clean = await h.readModel(saved);
    await press(saved, 'tlbc-save-draft', /Đã lưu/);
    await saved.close();

    const fresh = await h.open(page(shape, 'empty'));
    await h.panel(fresh).waitFor();
    const empty = pick(await h.readModel(fresh), clean);

    const filled = await press(fresh, 'tlbc-fill', /Đã điền/);
    assert.doesNotMatch(filled, /không điền được/, filled);
    assert.deepEqual(
      asNumbers(pick(await h.readModel(fresh), clean), shape),
      asNumbers(clean, shape),
      'the page model holds every saved value',
    );

    const undone = await press(fresh, 'tlbc-undo', /hoàn tác/i);
    assert.deepEqual(
      pick(await h.readModel(fresh), clean),
      empty,
      `undo restores the empty form (${undone})`,
    );
    await fresh.close();
  });
}

test('refuses to fill a report that is waiting for approval', async () => {
  const saved = await h.open(page('table', 'clean'));
  await h.panel(saved).waitFor();
  await press(saved, 'tlbc-save-draft', /Đã lưu/);
  await saved.close();

  const locked = await h.open(`${page('table', 'empty')}&state=cho-duyet`);
  await h.panel(locked).waitFor();
  const before = await h.readModel(locked);
  const fill = h.panel(locked).locator('[data-testid="tlbc-fill"]');
  if (await fill.isEnabled()) {
    await fill.click();
    await status(locked)
      .filter({ hasText: /chỉ đọc|Không điền/ })
      .waitFor({ timeout: 10_000 });
  }
  assert.deepEqual(await h.readModel(locked), before);
  await locked.close();
});

test('imports a CSV on the options page, then fills the page from it', async () => {
  const source = await h.open(page('table', 'clean'));
  await h.panel(source).waitFor();
  const clean = await h.readModel(source);
  await source.close();
  const numbers = Array.from({ length: 11 }, (_, i) => i + 3);
  const lines = [
    'BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC;;;',
    ['STT', 'Lĩnh vực', ...numbers.map(() => '')].join(';'),
    ['(1)', '(2)', ...numbers.map((n) => `(${n})`)].join(';'),
    ...Object.entries(clean).map(([label, cols], i) =>
      [i + 1, `"${label}"`, ...numbers.map((n) => cols[n] ?? '')].join(';'),
    ),
  ];

  const options = await h.openOptions({ clock: '2025-03-10T03:00:00+07:00' });
  await options.locator('[data-testid="tlbc-import-file"]').setInputFiles({
    name: 'ket-qua-quy-1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8'),
  });
  await options.locator('[data-testid="tlbc-import-preview"]').waitFor();
  await options.locator('[data-testid="tlbc-import-period"]').selectOption('2024-12-15/2025-03-14');
  await options.locator('[data-testid="tlbc-import-unit"]').fill('UBND xã Tịnh Phong');
  await options.locator('[data-testid="tlbc-import-save"]').click();
  await options
    .locator('[data-testid="tlbc-import-status"]')
    .filter({ hasText: 'Đã lưu bản nháp' })
    .waitFor();
  await options.close();

  const fresh = await h.open(page('table', 'empty'));
  await h.panel(fresh).waitFor();
  const filled = await press(fresh, 'tlbc-fill', /Đã điền/);
  assert.doesNotMatch(filled, /không điền được/, filled);
  assert.deepEqual(asNumbers(pick(await h.readModel(fresh), clean)), asNumbers(clean));
  await fresh.close();
});

/** The count cell of a row (form column `col`) on the plain table. */
const cellInput = (tab, label, col) =>
  tab
    .locator('tr')
    .filter({ has: tab.getByText(label, { exact: true }) })
    .locator('td')
    .nth(col - 1)
    .locator('input');

test('fills a table of number inputs from a draft in Vietnamese notation: 1.245 arrives as 1245', async () => {
  // the draft comes from the text table, where 1.245 and 12.000 are Vietnamese notation
  const source = await h.open(page('table', 'clean'));
  await h.panel(source).waitFor();
  await cellInput(source, 'Chứng thực', 4).fill('12.000');
  await cellInput(source, 'Chứng thực', 5).fill('1.245');
  const typed = await h.readModel(source);
  assert.equal(typed['Chứng thực'][4], '12.000');
  await press(source, 'tlbc-save-draft', /Đã lưu/);
  await source.close();

  const fresh = await h.open(page('number', 'empty'));
  await h.panel(fresh).waitFor();
  const empty = await h.readModel(fresh);
  const filled = await press(fresh, 'tlbc-fill', /Đã điền/);
  assert.doesNotMatch(filled, /không điền được/, filled);
  const model = await h.readModel(fresh);
  assert.equal(model['Chứng thực'][4], '12000');
  assert.equal(model['Chứng thực'][5], '1245');
  assert.equal(model['Chứng thực'][3], '1551');
  assert.deepEqual(
    asNumbers(pick(model, typed), 'number'),
    asNumbers(typed),
    'every value arrived as that number',
  );

  await press(fresh, 'tlbc-undo', /hoàn tác/i);
  assert.deepEqual(pick(await h.readModel(fresh), empty), empty, 'undo restores the page model exactly');
  await fresh.close();
});

test('fills a page that emptied its inputs without an event, from what the fields hold now', async () => {
  const saved = await h.open(page('number', 'clean'));
  await h.panel(saved).waitFor();
  const clean = await h.readModel(saved);
  await press(saved, 'tlbc-save-draft', /Đã lưu/);
  await saved.close();

  const tab = await h.open(page('number', 'clean'));
  await h.panel(tab).waitFor();
  await tab.getByRole('button', { name: 'Nhập lại' }).click();
  const reset = await h.readModel(tab);
  assert.equal(reset['Chứng thực'][3], '', 'the page reset its own model too');

  const filled = await press(tab, 'tlbc-fill', /Đã điền/);
  assert.doesNotMatch(filled, /không điền được|đã đúng giá trị/, filled);
  assert.deepEqual(pick(await h.readModel(tab), clean), clean, 'every emptied cell was filled again');

  await press(tab, 'tlbc-undo', /hoàn tác/i);
  assert.deepEqual(pick(await h.readModel(tab), clean), pick(reset, clean), 'undo restores the emptied form');
  await tab.close();
});
