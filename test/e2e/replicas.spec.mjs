import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// The replicas themselves: every shape of II.06a renders, and its model changes only through the
// page's own events (so fill tests can trust it). Set SHOTS=dir to keep a screenshot of each shape.

const II06A = `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`;

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

async function shot(page, name) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

/** The input of a count cell, found the way a user would: the row's label, then the column. */
function inputAt(scope, rowLabel, col) {
  return scope
    .locator('tr, [role="row"]')
    .filter({ has: scope.getByText(rowLabel, { exact: true }) })
    .locator('input')
    .nth(col - 3);
}

for (const shape of ['table', 'aria']) {
  test(`shape=${shape}: typing reaches the model, a value set without events does not`, async () => {
    const page = await h.open(`${II06A}?shape=${shape}`);
    await shot(page, `ii06a-${shape}`);
    const cell = inputAt(page, 'Hộ tịch', 4);
    await cell.fill('190');
    assert.equal((await h.readModel(page))['Hộ tịch'][4], '190');
    await inputAt(page, 'Đất đai', 4).evaluate((input) => {
      input.value = '99';
    });
    assert.equal((await h.readModel(page))['Đất đai'][4], '64');
    await page.close();
  });
}

test('shape=click: an input exists only while a cell is edited; Enter commits', async () => {
  const page = await h.open(`${II06A}?shape=click`);
  await shot(page, 'ii06a-click');
  assert.equal(await page.locator('table input').count(), 0);
  const row = page.locator('tr').filter({ has: page.getByText('Hộ tịch', { exact: true }) });
  const cell = row.locator('td[role="gridcell"]').nth(1);
  await cell.click();
  const editor = cell.locator('input');
  await editor.fill('200');
  assert.equal((await h.readModel(page))['Hộ tịch'][4], '187', 'changed before commit');
  await editor.press('Enter');
  assert.equal(await page.locator('table input').count(), 0);
  assert.equal((await h.readModel(page))['Hộ tịch'][4], '200');
  assert.equal(await cell.textContent(), '200');
  await page.close();
});

test('shape=handsontable: a real Handsontable grid whose edits reach the model through its hooks', async () => {
  const page = await h.open(`${II06A}?shape=handsontable`);
  await page.locator('.handsontable td').first().waitFor();
  await shot(page, 'ii06a-handsontable');
  const cell = page.locator('.ht_master tr').filter({ hasText: 'Hộ tịch' }).locator('td').nth(3);
  await cell.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('201');
  await page.keyboard.press('Enter');
  assert.equal((await h.readModel(page))['Hộ tịch'][4], '201');
  await page.close();
});

test('shape=canvas: the grid is drawn, no cell in the DOM', async () => {
  const page = await h.open(`${II06A}?shape=canvas`);
  await shot(page, 'ii06a-canvas');
  assert.equal(await page.locator('canvas').count(), 1);
  assert.equal(await page.locator('table input, [role="gridcell"]').count(), 0);
  assert.equal((await h.readModel(page))['Hộ tịch'][3], '601');
  await page.close();
});

test('shape=iframe: the form lives in a same-origin frame', async () => {
  const page = await h.open(`${II06A}?shape=iframe`);
  const frame = page.frameLocator('iframe');
  await inputAt(frame, 'Hộ tịch', 4).fill('188');
  assert.equal((await h.readModel(page))['Hộ tịch'][4], '188');
  await shot(page, 'ii06a-iframe');
  await page.close();
});

test('shape=spa: the form appears late, a tab swaps it with pushState, Back brings it again', async () => {
  const page = await h.open(`${II06A}?shape=spa&delay=800`);
  assert.equal(await page.locator('table input').count(), 0);
  await inputAt(page, 'Hộ tịch', 4).fill('191');
  await page.getByRole('button', { name: 'Biểu II.05a' }).click();
  await page.getByText('Biểu số II.05a/VPCP/KSTT').waitFor();
  assert.match(page.url(), /tab=ii05a/);
  await page.goBack();
  await page.getByText('Biểu số II.06a/VPCP/KSTT').waitFor();
  assert.equal(await inputAt(page, 'Hộ tịch', 4).inputValue(), '191');
  await shot(page, 'ii06a-spa');
  await page.close();
});

test('state=cho-duyet: every input is disabled', async () => {
  const page = await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a?state=cho-duyet`);
  await page.getByText('Tình trạng: Chờ duyệt').waitFor();
  assert.equal(await page.locator('table input:not([disabled])').count(), 0);
  await page.close();
});

test('total=computed: the page recomputes its total row from its model', async () => {
  const page = await h.open(`${II06A}?total=computed`);
  await inputAt(page, 'Hộ tịch', 4).fill('197');
  assert.equal((await h.readModel(page))['Tổng số'][4], '647');
  assert.equal(await inputAt(page, 'Tổng số', 4).inputValue(), '647');
  await page.close();
});

test('values=errors: the seeded defects are on the page', async () => {
  const page = await h.open(`${II06A}?values=errors`);
  await shot(page, 'ii06a-errors');
  const model = await h.readModel(page);
  assert.equal(model['Chứng thực'][5], '1,234');
  assert.equal(model['Hoạt động xây dựng'][5], '12a');
  assert.equal(model['Hộ tịch'][5], '412');
  assert.equal(model['Tổng số'][9], '1.204');
  assert.ok(model['Bảo trợ xả hội']);
  await page.close();
});

test('II.06 groups rows by level with subtotals; the outline quotes the II.06a totals', async () => {
  const page = await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06`);
  const model = await h.readModel(page);
  assert.equal(model['Cấp huyện / Cộng cấp huyện'][3], '1.643');
  assert.equal(model['Tổng cộng'][3], '4.924');
  const outline = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii01-dc`);
  await outline.getByText(/tiếp nhận 2\.631 hồ sơ, trong đó trực tuyến 637/).waitFor();
  await page.close();
  await outline.close();
});
