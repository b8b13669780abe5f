import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// "Xuất cấu trúc trang" end to end: from the popup (which asks the active tab's content script, with
// no "tabs" permission) and from the panel (which opens the report page for its tab). The user sees
// the file's content, saves it as a download, and the file holds none of the page's figures.

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const FIGURES = ['1.551', '1551', '2.631', '2631', '1.933'];
const UNITS = ['Tịnh Ấn Tây', 'TỊNH ẤN TÂY', 'Sơn Tịnh'];

function assertNoData(text) {
  for (const secret of [...FIGURES, ...UNITS, 'Chứng thực', 'Bảo trợ xã hội', 'Gõ thử 9876'])
    assert.ok(!text.includes(secret), `the report holds "${secret}"`);
}

/** Saves what the preview shows and returns the saved file's text, checking the two agree. */
async function saveFrom(page) {
  const preview = await page.getByTestId('tlbc-structure-preview').inputValue();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('tlbc-structure-save').click(),
  ]);
  assert.match(download.suggestedFilename(), /^cau-truc-trang-[a-z.]+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await readFile(await download.path(), 'utf8');
  assert.equal(file, preview);
  await page.getByTestId('tlbc-structure-status').waitFor();
  return file;
}

test('from the popup: the active tab’s structure, previewed, saved, without its figures', async () => {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`);
  await h.panel(page).waitFor({ timeout: 10_000 });
  await page.locator('input:not([disabled])').nth(2).fill('Gõ thử 9876');
  const popup = await h.openPopup();
  // The popup asks the active tab of its window: in a real popup that is the page; here the popup is a
  // tab of its own, so the page is brought back to the front.
  await page.bringToFront();
  await popup.getByTestId('tlbc-structure-export').click();
  await popup.getByTestId('tlbc-structure-preview').waitFor({ timeout: 10_000 });
  const report = JSON.parse(await saveFrom(popup));
  assert.equal(report.format, 'tro-ly-bao-cao-structure');
  assert.deepEqual(report.decision, { kind: 'report', form: 'II.06a/VPCP/KSTT', table: 0 });
  assert.equal(report.page.host, 'baocao.quangngai.gov.vn');
  assert.ok(report.tables[0].model.columns.some((c) => c.path.includes('Trực tuyến')));
  assertNoData(JSON.stringify(report));
  await popup.close();
  await page.close();
});

test('from the popup on a Handsontable page: the grid read through the bridge, as the panel reads it', async () => {
  const page = await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a?shape=handsontable`);
  await h.panel(page).waitFor({ timeout: 15_000 });
  const popup = await h.openPopup();
  await page.bringToFront();
  await popup.getByTestId('tlbc-structure-export').click();
  await popup.getByTestId('tlbc-structure-preview').waitFor({ timeout: 15_000 });
  const report = JSON.parse(await popup.getByTestId('tlbc-structure-preview').inputValue());
  assert.equal(report.decision.kind, 'widget');
  const grid = report.tables.find((t) => t.reader === 'widget');
  assert.deepEqual(grid.model.kinds, [
    ['data', 8],
    ['total', 1],
  ]);
  assert.ok(report.libraries.some((l) => l.name === 'Handsontable'));
  assertNoData(JSON.stringify(report));
  await popup.close();
  await page.close();
});

test('from the panel of a grid the extension cannot read: the report page opens for that tab', async () => {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?shape=canvas`);
  const panel = h.panel(page);
  await panel.waitFor({ timeout: 10_000 });
  const [reportPage] = await Promise.all([
    h.context.waitForEvent('page'),
    panel.getByTestId('tlbc-structure-export').click(),
  ]);
  await reportPage.waitForLoadState();
  assert.match(reportPage.url(), /structure-report\.html\?tab=\d+$/);
  await reportPage.getByTestId('tlbc-structure-preview').waitFor({ timeout: 10_000 });
  const report = JSON.parse(await saveFrom(reportPage));
  assert.equal(report.decision.kind, 'unsupported');
  assert.match(report.decision.reason, /canvas/);
  assert.equal(report.documents[0].canvases, 1);
  assertNoData(JSON.stringify(report));
  await panel.getByTestId('tlbc-status').filter({ hasText: 'Đã mở cấu trúc trang' }).waitFor();
  await reportPage.close();
  await page.close();
});

test('the popup on a page of another kind says the tab is not a report page', async () => {
  const popup = await h.openPopup();
  await popup.getByTestId('tlbc-structure-export').click();
  await popup.getByTestId('tlbc-structure-error').waitFor();
  assert.match(
    await popup.getByTestId('tlbc-structure-error').textContent(),
    /không phải trang của Hệ thống báo cáo/,
  );
  await popup.close();
});
